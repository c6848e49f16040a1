import {
  createLocalBuilder,
  type BuildProgress,
  type ExperimentBuilder,
  loadedFiles,
  type PreparedNetwork,
  problemsOf,
} from '../../experiment/index.ts';
import type { Network } from '../../graph/index.ts';
import type { ModelTask } from '../../models/index.ts';
import type { BuildNote, BuildReply, BuildRequest } from './protocol.ts';

/** Greedy seeding's progress is sent at most this often (phases and its estimate at once). */
const NOTE_EVERY_MS = 100;

/**
 * What the build worker does with each request, apart from messaging (so Node tests can run
 * it over a message channel): build with a local builder, one request at a time and in order,
 * remember each network's id, and turn failures into problems. A graph file arriving with new
 * text starts a fresh builder, so a file loaded again under the same name is rebuilt.
 */
export function createBuildService(): (
  request: BuildRequest,
  reply: (reply: BuildReply) => void,
  notify?: (note: BuildNote) => void,
) => void {
  const files = new Map<string, string>();
  const readFile = loadedFiles(() => files);
  let builder: ExperimentBuilder = createLocalBuilder(readFile);
  const ids = new WeakMap<Network, number>();
  let nextId = 1;
  const handle = async (
    request: BuildRequest,
    notify?: (note: BuildNote) => void,
  ): Promise<BuildReply> => {
    const { id, scenario, file } = request;
    try {
      if (file && files.get(file.path) !== file.text) {
        files.set(file.path, file.text);
        builder = createLocalBuilder(readFile);
      }
      const options = {
        stats: request.stats,
        onProgress: request.progress && notify ? throttled(id, notify) : undefined,
      };
      const built: PreparedNetwork & { task?: ModelTask } =
        request.what === 'network'
          ? await builder.network(scenario, options)
          : await builder.experiment(scenario, options);
      const { network, csr, warnings, stats } = built;
      let graphId = ids.get(network);
      if (graphId === undefined) ids.set(network, (graphId = nextId++));
      const graph = request.have.includes(graphId) ? null : { network, csr };
      return { id, ok: true, graphId, graph, warnings, stats, task: built.task ?? null };
    } catch (error) {
      return { id, ok: false, problems: problemsOf(error) };
    }
  };
  let queue = Promise.resolve();
  return (request, reply, notify) => {
    queue = queue
      .then(async () => {
        const answer = await handle(request, notify);
        try {
          reply(answer);
        } catch (error) {
          // A reply that cannot be sent (too big to copy, say) fails that request alone.
          reply({ id: request.id, ok: false, problems: problemsOf(error) });
        }
      })
      // Not even that could be sent: thrown outside the queue, so later requests are still
      // answered and the error reaches the page as the worker's error (the page starts afresh).
      .catch((error: unknown) => {
        setTimeout(() => {
          throw error;
        });
      });
  };
}

/** A request's progress as notes: every new phase and estimate, greedy steps at most every 100 ms. */
function throttled(id: number, notify: (note: BuildNote) => void): (p: BuildProgress) => void {
  let last = 0;
  return (progress) => {
    const now = Date.now();
    const step = progress.greedy !== null && progress.greedy.done > 0;
    if (step && now - last < NOTE_EVERY_MS) return;
    last = now;
    notify({ id, progress });
  };
}
