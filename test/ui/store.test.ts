import { afterEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../src/ui/store.ts';

describe('the store', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('tells every subscriber of a change, with the state before it', () => {
    const store = new Store({ a: 1, b: 'x' });
    const seen: string[] = [];
    store.subscribe((state, previous) => seen.push(`${previous.a}→${state.a} ${state.b}`));
    store.set({ a: 2 });
    expect(seen).toEqual(['1→1 x', '1→2 x']);
    expect(store.get()).toEqual({ a: 2, b: 'x' });
  });

  it('runs the other subscribers when one throws, and reports each error once', () => {
    const errors: unknown[] = [];
    const store = new Store({ a: 1 }, (error) => errors.push(error));
    const before: number[] = [];
    const after: number[] = [];
    store.subscribe(({ a }) => before.push(a));
    store.subscribe(({ a }) => {
      if (a === 2) throw new Error('view broke');
    });
    store.subscribe(({ a }) => after.push(a));
    expect(() => store.set({ a: 2 })).not.toThrow();
    store.set({ a: 3 });
    expect(store.get().a).toBe(3);
    expect(before).toEqual([1, 2, 3]);
    expect(after).toEqual([1, 2, 3]);
    expect(errors).toEqual([new Error('view broke')]);
  });

  it('keeps a subscriber that throws when it subscribes, and reports that too', () => {
    const errors: unknown[] = [];
    const store = new Store({ a: 1 }, (error) => errors.push(error));
    const seen: number[] = [];
    store.subscribe(({ a }) => {
      seen.push(a);
      if (a === 1) throw new Error('not ready');
    });
    store.set({ a: 2 });
    expect(seen).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
  });

  it('reports to the console unless told otherwise', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = new Store({ a: 1 });
    store.subscribe(({ a }) => {
      if (a === 2) throw new Error('view broke');
    });
    store.set({ a: 2 });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toContainEqual(new Error('view broke'));
  });
});
