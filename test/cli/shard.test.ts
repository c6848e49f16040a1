import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordsDigest } from '../../src/cli/shard-file.ts';
import type { SweepWork } from '../../src/experiment/sweep-run.ts';
import { fakeIo } from './fake-io.ts';

/** A small scenario, in memory, so each sweep takes a moment. */
const SCENARIO = JSON.stringify({
  version: 1,
  name: 'Shard test',
  seed: 11,
  graph: { generator: 'erdos-renyi', nodes: 800, meanDegree: 4 },
  content: { model: 'independent-cascade', power: 0.3 },
  run: { runs: 25 },
});

async function ripple(files: Record<string, string>, ...argv: string[]) {
  const { io, out } = fakeIo({ 'scenario.json': SCENARIO, ...files });
  const code = await main(argv, io);
  return { code, ...out };
}

/** Runs the sweep in `count` shards and returns the shard files by name. */
async function shards(sweep: string[], count: number): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const part = await ripple(
      {},
      'sweep',
      'scenario.json',
      ...sweep,
      '--shard',
      `${i}/${count}`,
      '--out',
      `part-${i}.json`,
    );
    expect(part.code).toBe(0);
    files[`part-${i}.json`] = part.written[`part-${i}.json`];
  }
  return files;
}

const ONE_D = ['--param', 'content.power', '--from', '0.15', '--to', '0.45', '--steps', '4'];
const TWO_D = [...ONE_D, '--param2', 'seeding.count', '--values2', '1,2,4'];

describe('ripple sweep --shard and ripple merge', () => {
  it.each([
    ['1-D', ONE_D],
    ['2-D', TWO_D],
    [
      '2-D, graph on x (run column by column)',
      [
        '--param',
        'graph.meanDegree',
        '--values',
        '2,4,6',
        '--param2',
        'content.power',
        '--values2',
        '0.2,0.4',
      ],
    ],
  ])(
    'join %s shards, given in any order, into output byte-identical to the whole sweep (JSON and CSV)',
    async (_, sweep) => {
      const parts = await shards(sweep, 3);
      const shuffled = ['part-3.json', 'part-1.json', 'part-2.json'];
      for (const format of ['json', 'csv']) {
        const whole = await ripple({}, 'sweep', 'scenario.json', ...sweep, '--format', format);
        const merged = await ripple(parts, 'merge', ...shuffled, '--format', format);
        expect(merged.code).toBe(0);
        expect(merged.stdout).toBe(whole.stdout);
      }
    },
  );

  it('writes a shard with its header: part, parts, scenario hash and its slice of the work', async () => {
    const parts = await shards(ONE_D, 3);
    const { shard, points } = JSON.parse(parts['part-2.json']);
    expect(shard).toMatchObject({
      format: 'ripple-sweep-shard',
      version: 1,
      index: 2,
      count: 3,
      work: { from: 33, to: 66, of: 100 },
    });
    expect(shard.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(points.map((p: { point: number }) => p.point)).toEqual([1, 2]);
    expect(JSON.parse(parts['part-1.json']).shard.scenarioHash).toBe(shard.scenarioHash);
  });

  it('refuses a malformed --shard, and a CSV shard', async () => {
    for (const bad of ['2', 'two/5', '0/3', '4/3', '1/0']) {
      const result = await ripple({}, 'sweep', 'scenario.json', ...ONE_D, '--shard', bad);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--shard/);
    }
    expect((await ripple({}, 'sweep', 'scenario.json', ...ONE_D, '--shard', 'x')).stderr).toContain(
      '--shard must look like 2/5',
    );
    expect(
      (await ripple({}, 'sweep', 'scenario.json', ...ONE_D, '--shard', '1/2', '--format', 'csv'))
        .stderr,
    ).toContain('always written as JSON');
  });

  it('says which part is missing or given twice, and refuses shards of another sweep or of another split', async () => {
    const parts = await shards(ONE_D, 3);
    const missing = await ripple(parts, 'merge', 'part-1.json', 'part-3.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Part 2 of 3 is missing');
    expect(
      (await ripple(parts, 'merge', 'part-1.json', 'part-2.json', 'part-2.json', 'part-3.json'))
        .stderr,
    ).toContain('Part 2 of 3 is given twice');

    const other = await shards([...ONE_D.slice(0, -1), '5'], 3);
    const mixed = await ripple(
      { ...parts, 'other-2.json': other['part-2.json'] },
      'merge',
      'part-1.json',
      'other-2.json',
      'part-3.json',
    );
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('other-2.json belongs to a different sweep than part-1.json');

    const halves = await shards(ONE_D, 2);
    expect(
      (
        await ripple(
          { ...parts, 'half-2.json': halves['part-2.json'] },
          'merge',
          'part-1.json',
          'half-2.json',
        )
      ).stderr,
    ).toContain('part 2 of 2, but part-1.json is part 1 of 3');
  });

  it('notices a shard that was edited or is not a shard at all', async () => {
    const parts = await shards(ONE_D, 2);
    const edited = JSON.parse(parts['part-2.json']);
    edited.scenario.seed = 12;
    expect(
      (
        await ripple(
          { ...parts, 'part-2.json': JSON.stringify(edited) },
          'merge',
          'part-1.json',
          'part-2.json',
        )
      ).stderr,
    ).toContain('was changed after it was written');
    const overlap = JSON.parse(parts['part-2.json']);
    overlap.points[0].records.shift();
    expect(
      (
        await ripple(
          { ...parts, 'part-2.json': JSON.stringify(overlap) },
          'merge',
          'part-1.json',
          'part-2.json',
        )
      ).stderr,
    ).toContain('does not hold exactly the runs of part 2 of 2');
    const cut = { ...JSON.parse(parts['part-2.json']), points: 'lost' };
    expect(
      (
        await ripple(
          { ...parts, 'part-2.json': JSON.stringify(cut) },
          'merge',
          'part-1.json',
          'part-2.json',
        )
      ).stderr,
    ).toContain('not the records of a shard');
    expect((await ripple({}, 'merge', 'scenario.json')).stderr).toContain(
      'not a shard written by "ripple sweep --shard"',
    );
    expect((await ripple({}, 'merge')).code).toBe(2);
  });
});

/** A shard file's JSON, loosely typed so that a test can damage it. */
interface LooseShard {
  shard: Record<string, unknown>;
  sweep: { x: { values: unknown[] } };
  points: { records: Record<string, unknown>[] }[];
  rows: { facts: Record<string, unknown> }[];
}

const digest = (shard: LooseShard) => recordsDigest(shard as unknown as SweepWork);

describe('ripple merge trusts nothing it reads', () => {
  /** Part 2 of 2 edited by `edit`; with `rehash`, its digest recomputed as a forger would. */
  async function mergeEdited(edit: (shard: LooseShard) => void, rehash = false) {
    const parts = await shards(ONE_D, 2);
    const shard = JSON.parse(parts['part-2.json']);
    edit(shard);
    if (rehash) shard.shard.recordsHash = digest(shard);
    return ripple(
      { ...parts, 'part-2.json': JSON.stringify(shard) },
      'merge',
      'part-1.json',
      'part-2.json',
    );
  }

  it.each([999999, -5, 2.5, 'x', null])(
    'refuses a reach of %j, naming the point and run (exit 1)',
    async (reach) => {
      const result = await mergeEdited((s) => (s.points[0].records[3].reach = reach), true);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/holds impossible values \(point \d+, run \d+: reach is/);
      expect(result.stdout).toBe('');
    },
  );

  it('notices records edited to other plausible values, by their digest', async () => {
    const result = await mergeEdited((s) => {
      const record = s.points[0].records[0];
      record.reach = record.reach === 1 ? 2 : 1;
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('its records no longer match their digest');
  });

  it('refuses impossible network facts, and parts that leave a row without them', async () => {
    const facts = await mergeEdited((s) => (s.rows[0].facts.meanTieStrength = 7), true);
    expect(facts.code).toBe(1);
    expect(facts.stderr).toContain('mean tie strength 7');
    const whole = JSON.parse((await shards(ONE_D, 1))['part-1.json']);
    whole.rows = [];
    whole.shard.recordsHash = digest(whole);
    const rowless = await ripple({ 'part-1.json': JSON.stringify(whole) }, 'merge', 'part-1.json');
    expect(rowless.code).toBe(1);
    expect(rowless.stderr).toContain(
      'do not add up to the whole sweep: Row 1 of the sweep has no network facts',
    );
  });

  it.each([
    [
      'a part count of a billion',
      (s: LooseShard) => (s.shard.count = 1e9),
      '"count" must be a whole number',
    ],
    [
      'a part index past the count',
      (s: LooseShard) => (s.shard.index = 3),
      '"index" must be a whole number',
    ],
    [
      'a missing digest',
      (s: LooseShard) => delete s.shard.recordsHash,
      '"recordsHash" must be a sha256',
    ],
    [
      'a malformed axis',
      (s: LooseShard) => (s.sweep.x.values = ['a']),
      'not the records of a shard',
    ],
  ])('refuses %s at once, with a plain message (exit 1)', async (_, edit, message) => {
    const result = await mergeEdited(edit);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
