/**
 * A progress bar on stderr. Drawn only on a terminal (or with --progress), at most ten times a
 * second, so piping results into a file or another program stays clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  /** Shows what is happening in place of the bar (a phase with no count: "Building the network…"). */
  note(text: string): void;
  /** Clears the bar, leaving the terminal as it was. */
  finish(): void;
}

export function createProgress(
  write: (text: string) => void,
  enabled: boolean,
  label: string,
  unit = 'runs',
): Progress {
  if (!enabled) return { update: () => {}, note: () => {}, finish: () => {} };
  let last = 0;
  let drawn = false;
  const started = Date.now();
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      const seconds = ((now - started) / 1000).toFixed(1);
      write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit}, ${seconds} s`,
      );
    },
    note(text) {
      drawn = true;
      write(`\r\x1b[2K${text}`);
    },
    finish() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
