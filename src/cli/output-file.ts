import {
  accessSync,
  closeSync,
  constants,
  lstatSync,
  openSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { whyUnreadable } from './bounded-read.ts';
import { UserError } from './cli-io.ts';

/** What a path is, in words, when it is not something --out may replace. */
function notRegular(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'is a folder; name a file inside it';
  if (stats.isSymbolicLink())
    return 'is a symbolic link; Ripple would replace the link, so name the file itself';
  return 'is not a regular file (a device, pipe or socket); Ripple writes only regular files';
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw refusal(path, whyUnreadable(error));
  }
}

function refusal(path: string, why: string): UserError {
  return new UserError(`Cannot write --out "${path}": ${why}.`);
}

/** The temporary file a write goes through: hidden, beside the target, unique to this process. */
function temporaryFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

/**
 * Checks that --out can take the results before any work is done: the target is absent or a
 * regular file, its folder exists and a file can be created in it (tried for real, since
 * permissions, read-only disks and special file systems all have their say).
 */
export function checkOutputFile(path: string): void {
  const target = resolve(path);
  const stats = lstatOrNull(target);
  const bad = stats && notRegular(stats);
  if (bad) throw refusal(path, bad);
  const folder = dirname(target);
  let folderStats: Stats;
  try {
    folderStats = statSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refusal(
      path,
      code === 'ENOENT' ? `the folder ${folder} does not exist` : whyUnreadable(error),
    );
  }
  if (!folderStats.isDirectory()) throw refusal(path, `${folder} is not a folder`);
  try {
    if (stats) accessSync(target, constants.W_OK);
    const probe = temporaryFor(target);
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (error) {
    throw refusal(path, cannotWrite(error));
  }
}

/**
 * Writes the whole text to a temporary file beside the target and renames it over the target,
 * so a reader never sees half a file. The target is checked again just before the rename (it
 * may have changed during a long run), and the temporary file is removed on any failure.
 */
export function writeWholeFile(path: string, text: string): void {
  const target = resolve(path);
  const temporary = temporaryFor(target);
  let created = false;
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    created = true;
    const stats = lstatOrNull(target);
    const bad = stats && notRegular(stats);
    if (bad) throw refusal(path, bad);
    renameSync(temporary, target);
  } catch (error) {
    // Only a temporary file this call made is removed: one already there (`wx` refused it) is
    // someone else's.
    if (created) {
      try {
        unlinkSync(temporary);
      } catch {
        // Already renamed: nothing to clean up.
      }
    }
    if (error instanceof UserError) throw error;
    throw refusal(path, cannotWrite(error));
  }
}

function cannotWrite(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EEXIST':
      return 'a temporary file of the same name is in the way';
    default:
      return whyUnreadable(error);
  }
}
