import {
  BuildError,
  type BuildOptions,
  type Built,
  type ExperimentBuilder,
  type PreparedNetwork,
  problemsOf,
  type ReadGraphFile,
} from '../../experiment/index.ts';
import type { Network } from '../../graph/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { abortError } from '../../experiment/index.ts';
import type { Csr } from '../../sim/index.ts';
import type { BuildNote, BuildPort, BuildReply, BuildRequest } from './protocol.ts';

/** Networks kept on the page once no request is waiting (the worker keeps two). */
const KEPT_NETWORKS = 3;

interface Waiter {
  resolve(reply: Extract<BuildReply, { ok: true }>): void;
  reject(error: Error): void;
  /** Posts the request (again, to a fresh worker, when the one it was sent to was ended). */
  send(): void;
  readonly onProgress?: BuildOptions['onProgress'];
}

/**
 * An ExperimentBuilder whose work happens in a build worker. A network crosses to the page
 * once: later requests on it name it by id, so the page gets the same Network and Csr objects
 * back (and the ensemble pool, which knows a network by its Csr, does not send it again).
 * A worker that fails is replaced on the next request. Cancelling the request the worker is on
 * ends the worker at once, whatever it is computing, and the requests behind it go to a fresh one.
 */
export function createWorkerBuilder(
  createPort: () => BuildPort,
  readFile: ReadGraphFile,
): ExperimentBuilder {
  const waiting = new Map<number, Waiter>();
  const graphs = new Map<number, { network: Network; csr: Csr }>();
  let port: BuildPort | null = null;
  /** The text of each graph file the current worker holds. */
  let sentFiles = new Map<string, string>();
  let nextId = 1;

  const fail = (error: Error): void => {
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
    port?.terminate();
    port = null;
  };
  const note = (message: BuildNote): void =>
    waiting.get(message.id)?.onProgress?.(message.progress);
  const receive = (reply: BuildReply): void => {
    const waiter = waiting.get(reply.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    if (!reply.ok) waiter.reject(new BuildError(reply.problems));
    else waiter.resolve(reply);
  };
  const portNow = (): BuildPort => {
    if (port) return port;
    const started = createPort();
    // A new worker numbers its networks afresh and holds no files: forget what the last one had.
    sentFiles = new Map();
    graphs.clear();
    started.listen(receive, fail, note);
    return (port = started);
  };

  /** The graph a reply names, kept (most recent last); older ones dropped once nothing waits on them. */
  const graphOf = (reply: Extract<BuildReply, { ok: true }>): { network: Network; csr: Csr } => {
    const graph = reply.graph ?? graphs.get(reply.graphId);
    if (!graph)
      throw new Error(
        `the build worker named network ${reply.graphId}, which the page no longer holds`,
      );
    graphs.delete(reply.graphId);
    graphs.set(reply.graphId, graph);
    if (waiting.size === 0)
      for (const id of [...graphs.keys()].slice(0, Math.max(0, graphs.size - KEPT_NETWORKS)))
        graphs.delete(id);
    return graph;
  };

  /** Stops request `id`: if the worker is on it (the oldest waiting), the worker is ended. */
  const cancel = (id: number): void => {
    const waiter = waiting.get(id);
    if (!waiter) return;
    const current = waiting.keys().next().value === id;
    waiting.delete(id);
    waiter.reject(abortError('The build was cancelled.'));
    if (!current) return; // the worker will answer it in turn, to no one
    port?.terminate();
    port = null;
    for (const other of waiting.values()) other.send();
  };

  const request = (what: BuildRequest['what'], scenario: Scenario, options: BuildOptions = {}) =>
    new Promise<{
      reply: Extract<BuildReply, { ok: true }>;
      graph: { network: Network; csr: Csr };
    }>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(abortError('The build was cancelled.'));
      const id = nextId++;
      const onAbort = () => cancel(id);
      const settle = (): void => {
        signal?.removeEventListener('abort', onAbort);
        waiting.delete(id);
      };
      const failed = (error: Error): void => {
        settle();
        reject(error);
      };
      const send = (): void => {
        let file: BuildRequest['file'] = null;
        try {
          if (scenario.graph.generator === 'file') {
            const text = readFile(scenario.graph.path);
            if (sentFiles.get(scenario.graph.path) !== text)
              file = { path: scenario.graph.path, text };
          }
        } catch (error) {
          failed(new BuildError(problemsOf(error)));
          return;
        }
        try {
          portNow().post({
            id,
            what,
            scenario,
            stats: options.stats ?? false,
            file,
            have: [...graphs.keys()],
            progress: options.onProgress !== undefined,
          });
          if (file) sentFiles.set(file.path, file.text);
        } catch (error) {
          failed(error as Error);
        }
      };
      waiting.set(id, {
        resolve: (reply) => {
          settle();
          try {
            resolve({ reply, graph: graphOf(reply) });
          } catch (error) {
            reject(error as Error);
          }
        },
        reject: failed,
        send,
        onProgress: options.onProgress,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      send();
    });

  return {
    async network(scenario, options): Promise<PreparedNetwork> {
      const { reply, graph } = await request('network', scenario, options);
      return { ...graph, warnings: reply.warnings, stats: reply.stats };
    },
    async experiment(scenario, options): Promise<Built> {
      const { reply, graph } = await request('experiment', scenario, options);
      return {
        scenario,
        ...graph,
        task: reply.task!,
        warnings: reply.warnings,
        stats: reply.stats,
      };
    },
  };
}
