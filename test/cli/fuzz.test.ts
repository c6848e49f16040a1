import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';
import { mutatedGraph, mutatedScenario, mutator } from './fuzz/mutators.ts';

/**
 * Keeps issue 9 fixed: thousands of damaged scenario and graph files (seeded, so a failure
 * replays) through the CLI's entry point, in-process (about 10 s here). Each must get an answer (exit 0, 1 or 2)
 * within a bound, never a stack trace or "please report it", and every problem must say where
 * it is: a JSON path, or a line of the file.
 */
const SCENARIOS = 2500;
const GRAPHS = 1500;
const RUNS = 300;
/** Each input is small; a slow answer means unbounded work (generous for a loaded 2-core machine). */
const BOUND_MS = 3000;

const cwd = process.cwd();

interface Answer {
  readonly input: string;
  readonly argv: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

async function answer(files: Record<string, string>, argv: string[], input: string) {
  const { io, out } = fakeIo(files);
  const start = performance.now();
  const code = await main(argv, io);
  return { input, argv, code, ...out, ms: performance.now() - start } satisfies Answer;
}

/** What every answer owes, with the input in the message so a failure can be replayed. */
function expectBoundedPlainAnswer(a: Answer) {
  const context = `${a.argv.join(' ')}\n--- input ---\n${a.input.slice(0, 2000)}\n--- stderr ---\n${a.stderr}`;
  expect([0, 1, 2], context).toContain(a.code);
  expect(a.stderr, context).not.toMatch(/\n\s+at .*:\d+/);
  expect(a.stderr, context).not.toContain('please report it');
  expect(a.ms, context).toBeLessThan(BOUND_MS);
}

/** Lines of `validate`'s problem list: each starts with a JSON path or a graph file's line. */
const LOCATED =
  /^ {2}(\$(\.[\w$]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*|g\d+\.(txt|gexf|graphml), line \d+): \S/;

describe('fuzz: damaged files get a clear, bounded answer (issue 9)', () => {
  it(`${SCENARIOS} mutated scenarios through ripple validate, each problem located`, async () => {
    const m = mutator('scenarios');
    let valid = 0;
    for (let i = 0; i < SCENARIOS; i++) {
      const graph = mutatedGraph(m);
      const text = mutatedScenario(m, [graph.name, 'missing.txt', '../outside.txt']);
      const files = { 's.json': text, [`${cwd}/${graph.name}`]: graph.text };
      const a = await answer(
        files,
        ['validate', 's.json'],
        `${text}\n--- ${graph.name} ---\n${graph.text}`,
      );
      expectBoundedPlainAnswer(a);
      if (a.code === 0) {
        valid++;
        continue;
      }
      const lines = a.stdout.split('\n').filter((line) => line.startsWith('  '));
      expect(lines.length, a.stdout).toBeGreaterThan(0);
      for (const line of lines) expect(line, text).toMatch(LOCATED);
    }
    // Mutations that leave the file valid exercise the deeper checks (sweep, graph file).
    expect(valid).toBeGreaterThan(SCENARIOS / 40);
    expect(valid).toBeLessThan(SCENARIOS);
  }, 120_000);

  it(`${RUNS} mutated scenarios through ripple run and sweep (2 runs), to the end`, async () => {
    const m = mutator('runs');
    let ran = 0;
    for (let i = 0; i < RUNS; i++) {
      const graph = mutatedGraph(m);
      const text = mutatedScenario(m, [graph.name]);
      const files = { 's.json': text, [`${cwd}/${graph.name}`]: graph.text };
      const command = m.pick([['run'], ['sweep', '--values', '1,2', '--param', 'seeding.count']]);
      const a = await answer(files, [...command, 's.json', '--runs', '2'], text);
      expectBoundedPlainAnswer(a);
      if (a.code === 0) ran++;
      // Located: a JSON path, a line of the graph file, or the swept parameter by its path.
      if (a.code === 1) expect(a.stderr, text).toMatch(/\$[.[]|line \d+|parameter "[\w.]+"/);
    }
    expect(ran).toBeGreaterThan(RUNS / 40);
  }, 120_000);

  it(`${GRAPHS} mutated graph files (edge list, GEXF, GraphML) through ripple graph and run`, async () => {
    const m = mutator('graphs');
    let read = 0;
    for (let i = 0; i < GRAPHS; i++) {
      const graph = mutatedGraph(m);
      const files = { [graph.name]: graph.text, [`${cwd}/${graph.name}`]: graph.text };
      const command = m.pick([
        ['graph', '--graph', graph.name],
        ['run', '--graph', graph.name, '--runs', '2'],
        ['graph', '--graph', graph.name, '--format', m.pick(['edgelist', 'gexf', 'graphml'])],
      ]);
      const a = await answer(files, command, graph.text);
      expectBoundedPlainAnswer(a);
      if (a.code === 0) read++;
      // A problem in the file is listed by its line (or a label an export cannot hold, by name).
      else if (a.code === 1)
        expect(a.stderr, graph.text).toMatch(/ has [\d,]+ problems?:\nline \d+: |cannot write/);
    }
    expect(read).toBeGreaterThan(GRAPHS / 20);
    expect(read).toBeLessThan(GRAPHS);
  }, 120_000);
});
