import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Scenario, validateScenario } from '../../../src/scenario/index.ts';
import { toBase64Url } from '../../../src/ui/scenario-io/base64url.ts';
import {
  exampleScenarios,
  scenarioFromHash,
  scenarioToHash,
} from '../../../src/ui/scenario-io/index.ts';
import { scenarioInput } from '../../scenario/arbitraries.ts';
import { minimal, valid } from '../../scenario/helpers.ts';

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(
    await new Response(
      new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')),
    ).arrayBuffer(),
  );
}

async function hashOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return `#s=${toBase64Url(await deflate(bytes))}`;
}

const hashOfText = (text: string) => hashOfBytes(new TextEncoder().encode(text));

async function hashOf(scenario: Scenario): Promise<string> {
  const result = await scenarioToHash(scenario);
  if (!result.ok) expect.fail(JSON.stringify(result.problems));
  return result.hash;
}

async function problemsOf(hash: string) {
  const result = await scenarioFromHash(hash);
  if (result === null || result.ok)
    return expect.fail(`expected problems from ${hash.slice(0, 40)}`);
  return result.problems;
}

const plain = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((s) => validateScenario({ ...minimal(), name: s.slice(0, 200) }).ok);
const mutations = fc.record(
  {
    name: plain(200),
    description: plain(300),
    seed: fc.oneof(fc.nat(), plain(20)),
    run: fc.record({ runs: fc.integer({ min: 1, max: 100_000 }) }),
  },
  { requiredKeys: [] },
);

describe('share links', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('carry every example, edited in any way, back unchanged', async () => {
    const examples = exampleScenarios().map((e) => e.scenario);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...examples), mutations, async (example, change) => {
        const scenario = valid({ ...example, ...change });
        const hash = await hashOf(scenario);
        expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
        expect(await scenarioFromHash(hash)).toEqual({ ok: true, scenario, warnings: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('carry any valid scenario without a graph file', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenarioInput.filter((input) => input.graph.generator !== 'file'),
        async (input) => {
          const scenario = valid(input);
          const result = await scenarioFromHash(await hashOf(scenario));
          expect(result?.ok && result.scenario).toEqual(scenario);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stay short enough to paste: the longest example fits in 4,000 characters', async () => {
    for (const { scenario } of exampleScenarios())
      expect((await hashOf(scenario)).length).toBeLessThan(4000);
  });

  it('are not read from other fragments', async () => {
    for (const hash of ['', '#', '#s', '#x=abc', '#S=abc', 's=abc'])
      expect(await scenarioFromHash(hash)).toBeNull();
  });

  it('say a damaged or cut-off link is damaged, whatever the damage', async () => {
    const hash = await hashOf(exampleScenarios()[0].scenario);
    const damaged = [
      '#s=',
      '#s=!!!!',
      '#s=abcde',
      `${hash.slice(0, hash.length >> 1)}`,
      `${hash}%20`,
      `${hash.slice(0, 3)}AAAA${hash.slice(7)}`,
    ];
    for (const link of damaged) {
      const problems = await problemsOf(link);
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(/^This share link is damaged or incomplete/);
    }
    // Text that is not UTF-8 is damage too.
    expect(
      (await problemsOf(await hashOfBytes(new Uint8Array([0x7b, 0xff, 0x7d]))))[0].message,
    ).toMatch(/damaged/);
  });

  it('list the problems of a scenario that is intact but invalid, like a file', async () => {
    const problems = await problemsOf(
      await hashOfText(
        JSON.stringify({
          ...minimal(),
          graph: { generator: 'erdos-renyi', nodes: -1, meanDegree: 4 },
        }),
      ),
    );
    expect(problems.map((p) => p.path)).toContain('$.graph.nodes');
  });

  it('refuse a link that unpacks to more than 1 MB, and stop unpacking soon after the limit', async () => {
    let unpacked = 0;
    const Real = DecompressionStream;
    // Counts the bytes the real DecompressionStream hands out.
    class CountingDecompressionStream {
      readonly writable: WritableStream<BufferSource>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: CompressionFormat) {
        const real = new Real(format);
        this.writable = real.writable;
        this.readable = real.readable.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform: (chunk, out) => {
              unpacked += chunk.length;
              out.enqueue(chunk);
            },
          }),
        );
      }
    }
    const bomb = await hashOfBytes(new Uint8Array(64 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(200_000);
    vi.stubGlobal('DecompressionStream', CountingDecompressionStream);
    const problems = await problemsOf(bomb);
    expect(problems[0].message).toMatch(/more than 1 MB/);
    expect(unpacked).toBeLessThan(4 * 1024 * 1024);
  });

  it('accept a scenario of just under 1 MB', async () => {
    const text = JSON.stringify({ ...minimal(), description: 'x'.repeat(4000) }, null, 1);
    const padded = text.replace(/}\s*$/, `${' '.repeat(1_048_576 - text.length)}}`);
    expect(new TextEncoder().encode(padded).length).toBe(1_048_576);
    expect((await scenarioFromHash(await hashOfText(padded)))?.ok).toBe(true);
  });

  it('refuse scenarios whose graph is a separate file, both ways', async () => {
    const scenario = valid({
      ...minimal(),
      graph: { generator: 'file', path: 'graphs/friends.txt' },
    });
    const made = await scenarioToHash(scenario);
    expect(made.ok).toBe(false);
    if (!made.ok)
      expect(made.problems[0]).toMatchObject({
        path: '$.graph.generator',
        message: expect.stringContaining('"graphs/friends.txt"'),
      });
    const problems = await problemsOf(await hashOfText(JSON.stringify(scenario)));
    expect(problems[0].message).toMatch(/share link cannot carry/);
  });
});
