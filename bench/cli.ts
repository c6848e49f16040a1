/**
 * The `ripple` command as a person meets it (issue 8): start-up time of `ripple help` and of
 * `ripple run` on a tiny scenario, next to a bare `node -e 0`; and the whole process (start,
 * read the edge list, run, summarise, print) of IC runs from one random seed on the bench's
 * 10k-node graph, as runs per second against the C loop's on the same edge list.
 * Wall times of fresh processes; the medians of interleaved repeats, so load hits all alike.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CReference, runReference } from './reference.ts';
import { passMiss } from './report.ts';
import { median } from './timing.ts';

/** Fresh processes per start-up figure (odd, so the median is one of them). */
const STARTUP_REPEATS = 9;
/** The workload: 4,000 IC runs at power 0.2, one random seed each, one thread. */
export const WHOLE_PROCESS = { runs: 4000, power: 0.2, repeats: 5 };

export interface StartupFigures {
  readonly nodeSeconds: number;
  readonly helpSeconds: number;
  readonly tinyRunSeconds: number;
  /** What bin/ripple.mjs said on stderr: empty when it ran the compiled bundle. */
  readonly note: string;
}

export interface WholeProcessFigures {
  readonly seconds: number;
  readonly runsPerSecond: number;
  /** The C loop's runs per second (its own timing, reading the file excluded); null without gcc. */
  readonly cRunsPerSecond: number | null;
  readonly ratio: number | null;
}

/** Wall seconds of one process, which must succeed. */
function timeProcess(
  command: string,
  args: readonly string[],
): { seconds: number; stderr: string } {
  const t0 = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, stderr: result.stderr };
}

export function measureStartup(root: string, buildDir: string): StartupFigures {
  const bin = join(root, 'bin', 'ripple.mjs');
  const tiny = join(buildDir, 'tiny-scenario.json');
  writeFileSync(
    tiny,
    JSON.stringify({
      version: 1,
      name: 'Bench: start-up',
      seed: 1,
      graph: { generator: 'erdos-renyi', nodes: 100, meanDegree: 3 },
      content: { model: 'independent-cascade', power: 0.3 },
      run: { runs: 10 },
    }),
  );
  const node: number[] = [];
  const help: number[] = [];
  const tinyRun: number[] = [];
  let note = '';
  for (let i = 0; i < STARTUP_REPEATS; i++) {
    node.push(timeProcess(process.execPath, ['-e', '0']).seconds);
    const helped = timeProcess(process.execPath, [bin, 'help']);
    help.push(helped.seconds);
    note ||= helped.stderr.trim();
    tinyRun.push(timeProcess(process.execPath, [bin, 'run', tiny]).seconds);
  }
  return {
    nodeSeconds: median(node),
    helpSeconds: median(help),
    tinyRunSeconds: median(tinyRun),
    note,
  };
}

export function measureWholeProcess(
  root: string,
  edges: string,
  reference: CReference | null,
): WholeProcessFigures {
  const { runs, power, repeats } = WHOLE_PROCESS;
  const args = [
    ...[join(root, 'bin', 'ripple.mjs'), 'run', '--graph', edges, '--model', 'ic'],
    ...['--power', String(power), '--seed-count', '1', '--strategy', 'random'],
    ...['--runs', String(runs), '--workers', '1'],
  ];
  const seconds: number[] = [];
  const cRunsPerSecond: number[] = [];
  for (let i = 0; i < repeats; i++) {
    if (reference)
      cRunsPerSecond.push(runReference(reference, edges, 'ic', power, runs, false).runs_per_s);
    seconds.push(timeProcess(process.execPath, args).seconds);
  }
  const runsPerSecond = runs / median(seconds);
  const c = reference ? median(cRunsPerSecond) : null;
  return {
    seconds: median(seconds),
    runsPerSecond,
    cRunsPerSecond: c,
    ratio: c && runsPerSecond / c,
  };
}

export function describeStartup(s: StartupFigures): string {
  const lines = [
    `Command start-up, median of ${STARTUP_REPEATS} fresh processes (design target: ripple help under 0.3 s)`,
    `  node -e 0          ${s.nodeSeconds.toFixed(3)} s`,
    `  ripple help        ${s.helpSeconds.toFixed(3)} s`,
    `  ripple run (tiny)  ${s.tinyRunSeconds.toFixed(3)} s  (100 nodes, 10 runs)`,
  ];
  if (s.note) lines.push(`  note: ${s.note}`);
  return lines.join('\n');
}

export function describeWholeProcess(w: WholeProcessFigures, ratioTarget: number): string {
  const { runs, power, repeats } = WHOLE_PROCESS;
  const head = `Whole process: ripple run, ${runs.toLocaleString('en-US')} IC runs at power ${power} from one random seed on the BA 10k edge list, 1 thread, median of ${repeats}`;
  const ours = `  ${w.seconds.toFixed(3)} s, ${Math.round(w.runsPerSecond).toLocaleString('en-US')} runs/s`;
  if (w.cRunsPerSecond === null || w.ratio === null) return `${head}\n${ours}`;
  return `${head}\n${ours}; C loop ${Math.round(w.cRunsPerSecond).toLocaleString('en-US')} runs/s; ratio ${w.ratio.toFixed(3)}  >= ${ratioTarget} ${passMiss(w.ratio >= ratioTarget)}`;
}
