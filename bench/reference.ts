import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Network } from '../src/graph/network.ts';
import { median, REPEATS, runsForTarget } from './timing.ts';

/** The plain C loop of shared/reference/ic_limit.c, compiled as its header says. */
export interface CReference {
  readonly source: string;
  readonly binary: string;
  readonly compiler: string;
}

/** What ic_limit prints (one JSON line). */
export interface CResult {
  readonly n: number;
  readonly m: number;
  readonly runs: number;
  readonly mean: number;
  readonly std: number;
  readonly wall_s: number;
  readonly runs_per_s: number;
  readonly edge_checks_per_s: number;
}

export type CModel = 'ic' | 'lt';

/** Finds and compiles ic_limit.c into buildDir; returns why not when it cannot. */
export function buildReference(repoRoot: string, buildDir: string): CReference | string {
  const dir = process.env.RIPPLE_REFERENCE_DIR ?? resolve(repoRoot, '../shared/reference');
  const source = join(dir, 'ic_limit.c');
  if (!existsSync(source)) return `C reference not found (looked for ${source})`;
  const version = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) return 'C reference skipped: gcc is not on PATH';
  const binary = join(buildDir, 'ic_limit');
  const build = spawnSync('gcc', ['-O3', '-march=native', '-o', binary, source, '-lm'], {
    encoding: 'utf8',
  });
  if (build.status !== 0) return `C reference did not compile: ${build.stderr.trim()}`;
  return { source, binary, compiler: version.stdout.split('\n')[0] };
}

/** Writes the network's edges as "u v" lines, the format ic_limit reads. */
export function writeEdgeList(network: Network, path: string): void {
  const { src, dst } = network;
  const fd = openSync(path, 'w');
  const chunk = 65_536;
  for (let start = 0; start < src.length; start += chunk) {
    const lines: string[] = [];
    for (let e = start; e < Math.min(src.length, start + chunk); e++)
      lines.push(`${src[e]} ${dst[e]}\n`);
    writeSync(fd, lines.join(''));
  }
  closeSync(fd);
}

export function runReference(
  ref: CReference,
  edges: string,
  model: CModel,
  param: number,
  runs: number,
  directed: boolean,
): CResult {
  const args = [edges, model, String(param), String(runs), '1', ...(directed ? ['directed'] : [])];
  const run = spawnSync(ref.binary, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ic_limit failed: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as CResult;
}

/**
 * A pilot of `pilotRuns` sets the pace; then REPEATS runs sized to fill the target time, the
 * median wall time kept (same seed each time, so the same cascades).
 */
export function measureReference(
  ref: CReference,
  edges: string,
  model: CModel,
  param: number,
  pilotRuns: number,
  directed: boolean,
): CResult {
  const pilot = runReference(ref, edges, model, param, pilotRuns, directed);
  const runs = runsForTarget(Math.max(pilot.wall_s, 1e-3) / pilot.runs);
  const results = Array.from({ length: REPEATS }, () =>
    runReference(ref, edges, model, param, runs, directed),
  );
  const wall = median(results.map((r) => r.wall_s));
  return results.find((r) => r.wall_s === wall)!;
}
