import { parentPort, workerData } from 'node:worker_threads';
import type { CliIo } from './cli-io.ts';
import { main } from './main.ts';
import { nodeIo } from './node-io.ts';

/** What the command's thread tells the supervising main thread. */
export type FromCommand =
  | { readonly type: 'stdout' | 'stderr'; readonly text: string }
  /** The results file is being written (whole, then renamed): a Ctrl-C now waits for it. */
  | { readonly type: 'writing' | 'written' }
  | { readonly type: 'exit'; readonly code: number };

export interface CommandData {
  readonly argv: string[];
  readonly stderrIsTty: boolean;
}

/**
 * Runs one `ripple` command on this worker thread. The main thread only supervises: it stays
 * free to hear Ctrl-C and ends this thread at once, whatever it is doing. Output goes through
 * the main thread in order, so nothing is lost when the process exits.
 */
function runCommand(): void {
  const port = parentPort;
  if (!port) throw new Error('the ripple command thread must run in a worker thread');
  const post = (message: FromCommand): void => port.postMessage(message);
  const { argv, stderrIsTty } = workerData as CommandData;
  const base = nodeIo();
  const io: CliIo = {
    ...base,
    stdout: (text) => post({ type: 'stdout', text }),
    stderr: (text) => post({ type: 'stderr', text }),
    stderrIsTty,
    writeFile: (path, text) => {
      post({ type: 'writing' });
      try {
        base.writeFile(path, text);
      } finally {
        post({ type: 'written' });
      }
    },
  };
  void main(argv, io).then((code) => post({ type: 'exit', code }));
}

runCommand();
