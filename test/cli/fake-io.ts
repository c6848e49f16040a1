import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.ts';

/** A CliIo that records output and keeps written files in memory. */
export function fakeIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    stderrIsTty: false,
    readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
    writeFile: (p, t) => void (out.written[p] = t),
    resolvePath: (...parts) => resolve(...parts),
    relativePath: (from, to) => relative(from, resolve(to)),
    signal: new AbortController().signal,
  };
  return { io, out };
}
