import { Worker } from 'node:worker_threads';
import type { CommandData, FromCommand } from './command-thread.ts';

/** How long a stopped command's thread gets to end (it normally takes milliseconds). */
const STOP_GRACE_MS = 2000;

/**
 * Runs a `ripple` command on a worker thread and supervises it from this one, which never
 * computes and so always hears Ctrl-C. Every phase (reading, building a network, statistics,
 * seeding, runs, writing a graph) runs synchronously in the command's thread and could not hear
 * it there; ending the thread stops any of them within milliseconds, with no check in any loop
 * and no copy of the network between threads. A results file is written whole and then renamed;
 * a Ctrl-C while that happens waits for it, so nothing is ever half-written.
 */
export function superviseCommand(argv: string[]): void {
  let writing = false;
  let stopAsked = false;
  let ended = false;
  const data: CommandData = { argv, stderrIsTty: process.stderr.isTTY === true };
  const thread = new Worker(new URL('./command-thread.mjs', import.meta.url), {
    workerData: data,
  });
  // Wait for stdout to drain before exiting, so piped JSON is never cut short.
  const exit = (code: number): void => {
    ended = true;
    process.stdout.write('', () => process.exit(code));
  };
  const stop = async (): Promise<void> => {
    ended = true;
    const grace = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
    await Promise.race([thread.terminate(), grace]);
    process.stderr.write('\nStopped by Ctrl-C; no results were written.\n');
    exit(130);
  };
  process.on('SIGINT', () => {
    if (ended) return;
    if (writing) stopAsked = true;
    else void stop();
  });
  thread.on('message', (message: FromCommand) => {
    if (ended) return;
    switch (message.type) {
      case 'stdout':
        process.stdout.write(message.text);
        break;
      case 'stderr':
        process.stderr.write(message.text);
        break;
      case 'writing':
        writing = true;
        break;
      case 'written':
        writing = false;
        // The results are complete on disk: the command ends as it would have, Ctrl-C or not.
        if (stopAsked)
          process.stderr.write(
            '\nCtrl-C came as the results were being written; they are complete.\n',
          );
        break;
      case 'exit':
        exit(message.code);
        break;
    }
  });
  thread.on('error', (error) => {
    if (ended) return;
    process.stderr.write(
      `ripple: an unexpected error; please report it.\n${error.stack ?? error}\n`,
    );
    exit(70);
  });
  thread.on('exit', (code) => {
    if (ended) return;
    process.stderr.write(
      `ripple: the command stopped without an answer (exit code ${code}); please report it.\n`,
    );
    exit(70);
  });
}
