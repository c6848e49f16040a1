import { describe, expect, it } from 'vitest';
import type { BuildProgress } from '../../src/experiment/build-watch.ts';
import { type Scenario, validateScenario } from '../../src/scenario/index.ts';
import type { BuildPort, BuildRequest } from '../../src/workers/build/protocol.ts';
import { createWorkerBuilder } from '../../src/workers/build/worker-builder.ts';
import { channelBuildPort } from '../helpers/channel-build-port.ts';

function scenario(extra: Record<string, unknown> = {}): Scenario {
  const result = validateScenario({
    version: 1,
    name: 'cancel test',
    seed: 4,
    graph: { generator: 'barabasi-albert', nodes: 300, m: 2 },
    content: { model: 'independent-cascade', power: 0.3 },
    seeding: { strategy: 'top-degree', count: 2 },
    run: { runs: 10 },
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

const noFiles = (path: string): string => {
  throw new Error(`no file ${path}`);
};

/**
 * Ports to build workers, the first of which never answers (it is busy with a build that takes
 * forever); later ones build for real. Each port's requests and whether it was ended are kept.
 */
function firstWorkerStuck() {
  const ports: { requests: BuildRequest[]; terminated: boolean }[] = [];
  const create = (): BuildPort => {
    const record = { requests: [] as BuildRequest[], terminated: false };
    ports.push(record);
    const inner = ports.length === 1 ? null : channelBuildPort();
    return {
      post: (request) => {
        record.requests.push(request);
        inner?.post(request);
      },
      listen: (onReply, onFailure, onNote) => inner?.listen(onReply, onFailure, onNote),
      terminate: () => {
        record.terminated = true;
        inner?.terminate();
      },
    };
  };
  return { create, ports };
}

describe('cancelling a build in the build worker', () => {
  it('ends the worker on the cancelled request and sends the requests behind it to a fresh one', async () => {
    const { create, ports } = firstWorkerStuck();
    const builder = createWorkerBuilder(create, noFiles);
    const controller = new AbortController();
    const stuck = builder.experiment(scenario(), { signal: controller.signal });
    const behind = builder.network(scenario({ seed: 5 }));
    expect(ports).toHaveLength(1);
    controller.abort();
    await expect(stuck).rejects.toMatchObject({
      name: 'AbortError',
      message: 'The build was cancelled.',
    });
    expect((await behind).network.n).toBe(300);
    expect(ports.map((p) => p.terminated)).toEqual([true, false]);
    expect(ports[1].requests.map((r) => r.scenario.seed)).toEqual([5]);
  });

  it('drops a cancelled request still waiting behind another, keeping the worker', async () => {
    const { create, ports } = firstWorkerStuck();
    const builder = createWorkerBuilder(create, noFiles);
    const controller = new AbortController();
    void builder.network(scenario());
    const waiting = builder.network(scenario({ seed: 6 }), { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(ports).toHaveLength(1);
    expect(ports[0].terminated).toBe(false);
  });

  it('refuses a request whose signal is already aborted, sending nothing', async () => {
    const { create, ports } = firstWorkerStuck();
    const builder = createWorkerBuilder(create, noFiles);
    await expect(
      builder.network(scenario(), { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(ports).toHaveLength(0);
  });

  it('passes on each phase, greedy seeding’s expected cost and its progress, to the request that asked', async () => {
    const builder = createWorkerBuilder(channelBuildPort, noFiles);
    const heard: BuildProgress[] = [];
    const built = await builder.experiment(
      scenario({ seeding: { strategy: 'greedy-celf', count: 2 } }),
      { stats: true, onProgress: (progress) => heard.push(progress) },
    );
    expect(built.task.seeds).toMatchObject({ kind: 'fixed', nodes: { length: 2 } });
    expect(heard.slice(0, 3).map((p) => p.phase)).toEqual(['network', 'statistics', 'seeds']);
    const estimate = heard[3].greedy!;
    expect(estimate).toMatchObject({ done: 0, cost: { candidates: 300, seeds: 2, runs: 200 } });
    // Greedy steps at most every 100 ms: some may be skipped, never reordered.
    const steps = heard.slice(4).map((p) => p.greedy!.done);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.every((done) => done > 0)).toBe(true);
    // Building it again on the same worker: the network is known, only its seeds are chosen.
    heard.length = 0;
    await builder.experiment(scenario({ seeding: { strategy: 'top-degree', count: 3 } }), {
      onProgress: (progress) => heard.push(progress),
    });
    expect(heard).toEqual([{ phase: 'seeds', greedy: null }]);
  });
});
