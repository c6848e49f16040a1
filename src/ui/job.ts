export type JobStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** What every job's part of the store holds, besides its own results. */
export interface JobState {
  readonly status: JobStatus;
  readonly done: number;
  readonly total: number;
  readonly message: string | null;
}

/** What a job's work gets: the signal Cancel aborts, and a way to publish as it goes. */
export interface JobControl<S> {
  readonly signal: AbortSignal;
  /** Writes to the job's state (progress, partial results); ignored once the job has ended. */
  update(patch: Partial<S>): void;
}

export type JobOutcome<T> =
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: Error };

const CANCELLED = { status: 'cancelled' } as const;

/**
 * The life of one kind of long job (the lab's ensemble, a sweep, a comparison) and its state in
 * the store: idle → running → done | cancelled | failed, with progress and a cancel. Only this
 * writes the status, and it writes the end state however the work ends, so a job can never stay
 * "running" after its work has settled.
 */
export class Job<S extends JobState> {
  private controller: AbortController | null = null;

  constructor(
    private readonly read: () => S,
    private readonly write: (state: S) => void,
  ) {}

  /** From run() until its end state is written (a second run() meanwhile does nothing). */
  get running(): boolean {
    return this.controller !== null;
  }

  cancel(): void {
    this.controller?.abort();
  }

  /**
   * Runs `work` as this job, unless it is running already (then null at once). The state is
   * `start`, running, until the work settles; then it is what `end` makes of the outcome, and
   * done (with done = total), cancelled (Cancel was pressed, or the work threw an AbortError) or
   * failed (anything else thrown, by the work or by `end`). Never rejects; when it resolves, the
   * store holds the end state.
   */
  async run<T>(
    start: S,
    work: (control: JobControl<S>) => Promise<T>,
    end: (outcome: JobOutcome<T>) => Partial<S>,
  ): Promise<JobOutcome<T> | null> {
    if (this.controller) return null;
    const controller = (this.controller = new AbortController());
    let outcome: JobOutcome<T>;
    try {
      this.write({ ...start, status: 'running' });
      const value = await work({
        signal: controller.signal,
        update: (state) => {
          if (this.controller === controller) this.write({ ...this.read(), ...state });
        },
      });
      // A cancel wins over results that came in the same moment: they may be stale (the lab
      // cancels an ensemble whose set-up was edited).
      outcome = controller.signal.aborted ? CANCELLED : { status: 'done', value };
    } catch (error) {
      outcome = controller.signal.aborted || isAbort(error) ? CANCELLED : failure(error);
    }
    this.controller = null;
    try {
      const state = { ...this.read(), ...end(outcome), status: outcome.status };
      this.write(outcome.status === 'done' ? { ...state, done: state.total } : state);
    } catch (error) {
      const failed = failure(error);
      outcome = failed;
      this.write({ ...this.read(), status: 'failed', message: failed.error.message });
    }
    return outcome;
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

function failure(error: unknown): Extract<JobOutcome<never>, { status: 'failed' }> {
  return { status: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
}
