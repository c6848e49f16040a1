import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'ripple.mjs');

/**
 * Ctrl-C must stop any phase within about a second. Each test starts `ripple` on work that
 * takes many seconds, waits for the progress line that says the phase has begun (never a fixed
 * sleep), sends SIGINT, and times the exit. Measured on the loaded 2-core development machine:
 * 0.1–0.3 s in every phase; the bound leaves room for a busier machine.
 */
const EXIT_WITHIN_MS = 3000;

function scenario(dir: string, name: string, body: Record<string, unknown>): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify({ version: 1, name, seed: 1, ...body }));
  return path;
}

/** Runs ripple, sends Ctrl-C when stderr shows `phase`, and reports how it ended. */
function stopDuring(phase: string, args: string[]) {
  return new Promise<{
    code: number | null;
    afterSignalMs: number;
    stderr: string;
    stdout: string;
  }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args, '--progress']);
    let stderr = '';
    let stdout = '';
    let signalled = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!signalled && stderr.includes(phase)) {
        signalled = performance.now();
        child.kill('SIGINT');
      }
    });
    child.on('exit', (code) =>
      resolve({ code, afterSignalMs: performance.now() - signalled, stderr, stdout }),
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ripple-stop-'));
const out = mkdtempSync(join(tmpdir(), 'ripple-stop-out-'));
const erdosRenyi = (nodes: number, meanDegree: number, seeding: Record<string, unknown>) => ({
  graph: { generator: 'erdos-renyi', nodes, meanDegree },
  content: { model: 'independent-cascade', power: 0.4 },
  seeding,
  run: { runs: 100 },
});
const files = {
  // The network of issue 9: 2,000,000 people, 20 friends each on average (about 5 s to build).
  build: scenario(dir, 'build', erdosRenyi(2_000_000, 20, { strategy: 'random' })),
  // Built in about 2.5 s, then its statistics take about as long again.
  statistics: scenario(dir, 'statistics', erdosRenyi(1_000_000, 10, { strategy: 'random' })),
  // Greedy on 5,000 people above the tipping point: minutes.
  seeding: scenario(dir, 'seeding', erdosRenyi(5000, 4, { strategy: 'greedy-celf', count: 3 })),
  // 100,000 runs on 100,000 people: minutes.
  runs: scenario(dir, 'runs', {
    graph: { generator: 'barabasi-albert', nodes: 100_000, m: 3 },
    content: { model: 'independent-cascade', power: 0.3 },
    run: { runs: 100_000 },
  }),
};

describe('Ctrl-C stops ripple within about a second, whatever it is doing', () => {
  it.each([
    ['building a network of 2,000,000', 'Building the network…', ['run', files.build]],
    ['computing statistics', 'Computing the statistics…', ['graph', files.statistics]],
    [
      'greedy seeding',
      'Choosing the seeds [',
      ['run', files.seeding, '--allow-slow', '--out', join(out, 'seeding.json')],
    ],
    ['runs on this thread', 'Running [', ['run', files.runs, '--out', join(out, 'runs.json')]],
    ['runs on 2 worker threads', 'Running [', ['run', files.runs, '--workers', '2']],
  ])(
    'while %s: exit 130, nothing written',
    async (_, phase, args) => {
      const { code, afterSignalMs, stderr, stdout } = await stopDuring(phase, args as string[]);
      expect(code).toBe(130);
      expect(afterSignalMs).toBeLessThan(EXIT_WITHIN_MS);
      expect(stderr).toContain('Stopped by Ctrl-C; no results were written.');
      expect(stdout).toBe('');
      expect(readdirSync(out)).toEqual([]);
    },
    120_000,
  );
});
