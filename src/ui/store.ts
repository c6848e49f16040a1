/**
 * A minimal observable store: the app's one source of truth. Views subscribe and redraw what
 * changed; only the lab (src/ui/lab.ts) writes, so simulation results reach views one way.
 */
export class Store<S extends object> {
  private listeners = new Set<(state: S, previous: S) => void>();

  constructor(private state: S) {}

  get(): S {
    return this.state;
  }

  set(patch: Partial<S>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  /** Calls `listener` on every change, and once now. Returns an unsubscribe function. */
  subscribe(listener: (state: S, previous: S) => void): () => void {
    this.listeners.add(listener);
    listener(this.state, this.state);
    return () => this.listeners.delete(listener);
  }
}
