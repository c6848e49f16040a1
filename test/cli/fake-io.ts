import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readRegularFile } from '../../src/cli/bounded-read.ts';
import type { CliIo } from '../../src/cli/cli-io.ts';
import { diskFiles } from '../../src/cli/node-io.ts';

/**
 * A CliIo that records output and keeps written files in memory. Files given here are read
 * from memory (as if they were regular files where they are named); others from the disk,
 * with the real process's rules.
 */
export function fakeIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const inMemory = (p: string) => Object.hasOwn(files, p);
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    stderrIsTty: false,
    readFile: (p, maxBytes) => (inMemory(p) ? files[p] : readRegularFile(p, maxBytes)),
    realPath: (p) => (inMemory(p) ? resolve(p) : realpathSync(p)),
    checkOutput: () => {},
    writeFile: (p, t) => void (out.written[p] = t),
    resolvePath: (...parts) => resolve(...parts),
    relativePath: (from, to) => relative(from, resolve(to)),
    signal: new AbortController().signal,
  };
  return { io, out };
}

/** A CliIo on the real disk with the real process's rules, recording stdout and stderr. */
export function diskIo() {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    ...diskFiles(),
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    stderrIsTty: false,
    signal: new AbortController().signal,
  };
  return { io, out };
}
