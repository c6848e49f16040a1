import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readRegularFile } from './bounded-read.ts';
import type { CliIo } from './cli-io.ts';
import { checkOutputFile, writeWholeFile } from './output-file.ts';

type DiskIo = Pick<
  CliIo,
  'readFile' | 'realPath' | 'checkOutput' | 'writeFile' | 'resolvePath' | 'relativePath'
>;

/** The real disk, with the rules of docs/trust-model.md (also used by tests on real files). */
export function diskFiles(): DiskIo {
  return {
    readFile: readRegularFile,
    realPath: (path) => realpathSync(path),
    checkOutput: checkOutputFile,
    writeFile: writeWholeFile,
    resolvePath: (...parts) => resolve(...parts),
    relativePath: (from, to) => relative(from, resolve(to)),
  };
}

/** The real process's IO; Ctrl-C aborts `signal` instead of killing the process mid-write. */
export function nodeIo(): CliIo {
  const controller = new AbortController();
  process.on('SIGINT', () => controller.abort());
  return {
    ...diskFiles(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    signal: controller.signal,
  };
}
