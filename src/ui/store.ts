type Listener<S> = (state: S, previous: S) => void;

/**
 * A minimal observable store: the app's one source of truth. Views subscribe and redraw what
 * changed. Results of the simulation core are written only by the code that calls the core: the
 * lab (src/ui/lab.ts) and the Sweep and Compare controllers (src/ui/experiments/), each job
 * through its Job (src/ui/job.ts). Views write only what is theirs alone: playback position
 * and speed (playback.ts), and the status line and problems of what they open or save
 * (app.ts, header.ts, open-file.ts).
 *
 * A subscriber that throws is reported (to `onSubscriberError`, once per throw) and the others
 * still run: one broken view must not stop the others, nor turn the change into a failure of
 * whoever made it (an edit the store took is an edit made).
 */
export class Store<S extends object> {
  private listeners = new Set<Listener<S>>();

  constructor(
    private state: S,
    private readonly onSubscriberError: (error: unknown) => void = (error) =>
      console.error('A view failed to update:', error),
  ) {}

  get(): S {
    return this.state;
  }

  set(patch: Partial<S>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) this.call(listener, this.state, previous);
  }

  /** Calls `listener` on every change, and once now. Returns an unsubscribe function. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    this.call(listener, this.state, this.state);
    return () => this.listeners.delete(listener);
  }

  private call(listener: Listener<S>, state: S, previous: S): void {
    try {
      listener(state, previous);
    } catch (error) {
      this.onSubscriberError(error);
    }
  }
}
