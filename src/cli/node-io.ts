import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { CliIo } from './cli-io.ts';

/** Graph files can be large; anything above this is refused before reading. */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** The real process's IO; Ctrl-C aborts `signal` instead of killing the process mid-write. */
export function nodeIo(): CliIo {
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    readFile: (path) => {
      if (statSync(path).size > MAX_INPUT_BYTES)
        throw new Error(`${path} is over ${MAX_INPUT_BYTES / 2 ** 20} MB`);
      return readFileSync(path, 'utf8');
    },
    writeFile: (path, text) => {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
    },
    resolvePath: (...parts) => resolve(...parts),
    relativePath: (from, to) => relative(from, resolve(to)),
    signal: controller.signal,
  };
}
