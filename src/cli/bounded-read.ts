import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file Ripple will not read, with the reason in words (the caller names the file). */
export class UnreadableFile extends Error {
  override name = 'UnreadableFile';
  constructor(
    reason: string,
    /** The file is there but over the limit: a problem in the file, not in naming it. */
    readonly tooLarge = false,
  ) {
    super(reason);
  }
}

/** "1 MB", "255 MB" (or "9 bytes"): byte limits as people say them. */
function megabytes(bytes: number): string {
  return bytes < 2 ** 20 ? `${bytes} bytes` : `${Math.round(bytes / 2 ** 20)} MB`;
}

/**
 * The text of a regular file of at most `maxBytes` bytes, as UTF-8. The limit is enforced while
 * reading, not taken from the size the system reports (a device such as /dev/zero reports 0
 * and never ends), and anything but a regular file is refused: the file is opened without
 * blocking (a FIFO would wait for a writer) and checked on the open descriptor, so what is
 * checked is what is read.
 */
export function readRegularFile(path: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UnreadableFile(whyUnreadable(error));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UnreadableFile('it is a folder');
    if (!stats.isFile())
      throw new UnreadableFile(
        'it is not a regular file (a device, pipe or socket); Ripple reads only regular files',
      );
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know the file is too large.
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes)
        throw new UnreadableFile(
          `it is larger than ${megabytes(maxBytes)}, the most Ripple reads for a file of this kind`,
          true,
        );
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(whyUnreadable(error));
  } finally {
    closeSync(fd);
  }
}

/** A system error in words; never the file's content. */
export function whyUnreadable(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'a part of its path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'its path has too many symbolic links (a loop?)';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    default:
      return (error as Error).message;
  }
}
