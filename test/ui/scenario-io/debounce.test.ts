import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../src/ui/scenario-io/index.ts';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once, with the latest arguments, after a quiet spell', () => {
    const calls: number[] = [];
    const save = debounce((n: number) => calls.push(n), 500);
    save(1);
    vi.advanceTimersByTime(400);
    save(2);
    vi.advanceTimersByTime(400);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([2]);
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual([2]);
  });

  it('runs the waiting call at once on flush, and drops it on cancel', () => {
    const calls: string[] = [];
    const save = debounce((s: string) => calls.push(s), 500);
    save.flush();
    expect(calls).toEqual([]);
    save('now');
    save.flush();
    expect(calls).toEqual(['now']);
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['now']);
    save('never');
    save.cancel();
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual(['now']);
  });
});
