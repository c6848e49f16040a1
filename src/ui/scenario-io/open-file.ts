import { LIMITS, parseScenario } from '../../scenario/index.ts';
import { type OpenResult, refused } from './open-result.ts';

/**
 * Reads a dropped or picked scenario file. The size is checked before a byte is read, so a
 * huge file is refused at once; binary and non-UTF-8 files get a problem saying so rather
 * than a wall of JSON errors about replacement characters.
 */
export async function readScenarioFile(file: File): Promise<OpenResult> {
  if (file.size > LIMITS.fileBytes) {
    const size = `${megabytes(file.size)} MB`;
    return refused(
      'a file of at most 1 MB',
      size,
      `This file is ${size}; scenario files are at most 1 MB. Is it the right file?`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeText(bytes);
  return typeof text === 'string' ? parseScenario(text) : text;
}

/** The size in MB (of 1,048,576 bytes, as the limit is), rounded up so an oversize file never shows as "1.0". */
function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes * 10) / LIMITS.fileBytes) / 10;
  return tenths.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** The file's text, or the problem that says why it is not UTF-8 text. */
function decodeText(bytes: Uint8Array): string | OpenResult {
  // Windows editors offer "Unicode" (UTF-16) next to UTF-8; say so instead of "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refused(
      'UTF-8 text',
      'UTF-16 text',
      'This file is saved as UTF-16 ("Unicode") text; save it as UTF-8 in your editor and open it again.',
    );
  }
  if (bytes.includes(0)) {
    return refused(
      'JSON text',
      'binary data',
      'This file is not text (it contains binary data); a scenario is a JSON text file. Is it the right file?',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused(
      'UTF-8 text',
      'text in another encoding',
      'This file is not UTF-8 text; save it as UTF-8 in your editor and open it again.',
    );
  }
}
