import { describe, expect, it, vi } from 'vitest';
import { BuildError } from '../../src/experiment/build-problems.ts';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';
import { createBuildService } from '../../src/workers/build/build-service.ts';
import type { BuildPort, BuildReply, BuildRequest } from '../../src/workers/build/protocol.ts';
import { createWorkerBuilder } from '../../src/workers/build/worker-builder.ts';
import { channelBuildPort } from '../helpers/channel-build-port.ts';

function scenario(extra: Record<string, unknown> = {}): Scenario {
  const result = validateScenario({
    version: 1,
    name: 'build test',
    seed: 9,
    graph: { generator: 'barabasi-albert', nodes: 400, m: 2, population: { botShare: 0.1 } },
    content: { model: 'independent-cascade', power: 0.3 },
    seeding: { strategy: 'top-pagerank', count: 2 },
    run: { runs: 10 },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

/** A channel port that also keeps every request and reply, to see what crossed. */
function watchedPort(): {
  port: () => BuildPort;
  requests: BuildRequest[];
  replies: BuildReply[];
  started: () => number;
} {
  const requests: BuildRequest[] = [];
  const replies: BuildReply[] = [];
  let started = 0;
  const port = (): BuildPort => {
    started++;
    const inner = channelBuildPort();
    return {
      post: (request) => (requests.push(request), inner.post(request)),
      listen: (onReply, onFailure) =>
        inner.listen((reply) => (replies.push(reply), onReply(reply)), onFailure),
      terminate: () => inner.terminate(),
    };
  };
  return { port, requests, replies, started: () => started };
}

const files = new Map<string, string>();
const readFile = (path: string) => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`The graph file "${path}" is not loaded.`);
  return text;
};

describe('the build worker (its service behind a message channel, as a Web Worker gets it)', () => {
  it('builds the same experiment and statistics as building here', async () => {
    const here = createLocalBuilder();
    const there = createWorkerBuilder(channelBuildPort, readFile);
    const greedy = scenario({
      graph: { generator: 'barabasi-albert', nodes: 120, m: 2 },
      seeding: { strategy: 'greedy-celf', count: 2 },
    });
    for (const s of [
      scenario(),
      greedy,
      scenario({ seeding: { strategy: 'random', count: 3, resample: true } }),
      scenario({
        content: { model: 'linear-threshold', threshold: { rule: 'fraction', phi: 0.2 } },
      }),
    ]) {
      const [local, remote] = await Promise.all([
        here.experiment(s, { stats: true }),
        there.experiment(s, { stats: true }),
      ]);
      expect(remote.scenario).toBe(s);
      expect(remote.network).toEqual(local.network);
      expect(remote.csr).toEqual(local.csr);
      expect(remote.task).toEqual(local.task);
      expect(remote.stats).toEqual(local.stats);
      expect(remote.warnings).toEqual(local.warnings);
    }
  });

  it('sends a network to the page once: later builds on it name it, and give back the same objects', async () => {
    const watch = watchedPort();
    const builder = createWorkerBuilder(watch.port, readFile);
    const first = await builder.experiment(scenario());
    const reseeded = await builder.experiment(
      scenario({ seeding: { strategy: 'top-degree', count: 4 } }),
    );
    expect(reseeded.network).toBe(first.network);
    expect(reseeded.csr).toBe(first.csr);
    expect(
      Array.from(reseeded.task.seeds.kind === 'fixed' ? reseeded.task.seeds.nodes : []),
    ).toHaveLength(4);
    const graphsSent = watch.replies.map((r) => (r.ok ? r.graph !== null : null));
    expect(graphsSent).toEqual([true, false]);
    const regrown = await builder.network(
      scenario({ graph: { generator: 'barabasi-albert', nodes: 500, m: 2 } }),
    );
    expect(regrown.network.n).toBe(500);
    expect(regrown.stats).toBeNull();
    expect(watch.started()).toBe(1);
  });

  it('rebuilds a graph file loaded again under the same name with other text, sending the text only when it changed', async () => {
    const watch = watchedPort();
    const builder = createWorkerBuilder(watch.port, readFile);
    const fromFile = scenario({
      graph: { generator: 'file', path: 'friends.txt' },
      seeding: { strategy: 'top-degree', count: 1 },
    });
    files.set('friends.txt', 'ana ben\nben cleo\n');
    expect((await builder.experiment(fromFile)).network.labels).toEqual(['ana', 'ben', 'cleo']);
    expect((await builder.experiment(fromFile)).network.labels).toEqual(['ana', 'ben', 'cleo']);
    files.set('friends.txt', 'ana dan\n');
    expect((await builder.experiment(fromFile)).network.labels).toEqual(['ana', 'dan']);
    expect(watch.requests.map((r) => r.file?.text ?? null)).toEqual([
      'ana ben\nben cleo\n',
      null,
      'ana dan\n',
    ]);
  });

  it('turns what cannot be built into problems with their paths, and asks nothing of the worker for a file not loaded', async () => {
    const watch = watchedPort();
    const builder = createWorkerBuilder(watch.port, readFile);
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: unknown) => error,
      );
    const missing = await failure(
      builder.experiment(scenario({ graph: { generator: 'file', path: 'nowhere.txt' } })),
    );
    expect(missing).toBeInstanceOf(BuildError);
    expect((missing as BuildError).problems[0]).toMatchObject({
      path: '$.graph',
      message: 'The graph file "nowhere.txt" is not loaded.',
    });
    expect(watch.requests).toHaveLength(0);
    files.set('broken.txt', 'ana ben\nben x y z\ncleo dan heavy\n');
    const broken = await failure(
      builder.experiment(
        scenario({
          graph: { generator: 'file', path: 'broken.txt' },
          seeding: { strategy: 'top-degree', count: 1 },
        }),
      ),
    );
    expect((broken as BuildError).problems.map((p) => p.path)).toEqual(['line 2', 'line 3']);
    const unknownSeed = await failure(
      builder.experiment(scenario({ seeding: { strategy: 'explicit', nodes: ['nobody'] } })),
    );
    expect((unknownSeed as BuildError).problems.map((p) => p.path)).toEqual(['$.seeding.nodes[0]']);
  });

  it('fails what is waiting when the worker dies, and starts a new worker for the next build', async () => {
    let started = 0;
    let failLater: (error: Error) => void = () => {};
    const dying = (): BuildPort => {
      if (started++ > 0) return channelBuildPort();
      return {
        post: () => failLater(new Error('out of memory')),
        listen: (_reply, onFailure) => (failLater = onFailure),
        terminate: () => {},
      };
    };
    const builder = createWorkerBuilder(dying, readFile);
    await expect(builder.experiment(scenario())).rejects.toThrow('out of memory');
    expect((await builder.experiment(scenario())).network.n).toBe(400);
    expect(started).toBe(2);
  });

  it('forgets the networks of a worker that failed, whose successor numbers its own from 1 again', async () => {
    let fail: (error: Error) => void = () => {};
    const port = (): BuildPort => {
      const inner = channelBuildPort();
      return {
        ...inner,
        listen: (onReply, onFailure) => ((fail = onFailure), inner.listen(onReply, onFailure)),
      };
    };
    const builder = createWorkerBuilder(port, readFile);
    expect((await builder.network(scenario())).network.n).toBe(400);
    fail(new Error('the worker died'));
    expect(
      (
        await builder.network(
          scenario({ graph: { generator: 'barabasi-albert', nodes: 900, m: 2 } }),
        )
      ).network.n,
    ).toBe(900);
  });

  it('answers a request whose reply could not be sent with that problem, and keeps answering after one that failed outright', async () => {
    const serve = createBuildService();
    const request = (id: number): BuildRequest => ({
      id,
      what: 'network',
      scenario: scenario(),
      stats: false,
      file: null,
      have: [],
    });
    const failure = await new Promise<BuildReply>((resolve) =>
      serve(request(1), (reply) => {
        if (reply.ok) throw new Error('too big to copy');
        resolve(reply);
      }),
    );
    expect(failure).toMatchObject({ id: 1, ok: false, problems: [{ message: 'too big to copy' }] });

    const thrown: (() => void)[] = [];
    const timers = vi
      .spyOn(globalThis, 'setTimeout')
      .mockImplementation(((callback: () => void) => (thrown.push(callback), 0)) as never);
    try {
      serve(request(2), () => {
        throw new Error('no way to reply');
      });
      const next = await new Promise<BuildReply>((resolve) => serve(request(3), resolve));
      expect(next).toMatchObject({ id: 3, ok: true });
      expect(thrown).toHaveLength(1);
      expect(() => thrown[0]()).toThrow('no way to reply');
    } finally {
      timers.mockRestore();
    }
  });
});
