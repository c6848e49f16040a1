import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_KEY,
  createAutosave,
  exampleScenarios,
} from '../../../src/ui/scenario-io/index.ts';
import { minimal } from '../../scenario/helpers.ts';

/** A Map-backed Storage; `failWith` makes setItem throw, as a full or blocked storage does. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  failWith: Error | null = null;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const scenario = exampleScenarios()[0].scenario;

describe('createAutosave', () => {
  it('restores what it saved, under its versioned key, and nothing once cleared', () => {
    const storage = new FakeStorage();
    const autosave = createAutosave(storage);
    expect(autosave.restore()).toBeNull();
    expect(autosave.save(scenario)).toBeNull();
    expect([...storage.items.keys()]).toEqual([AUTOSAVE_KEY]);
    expect(autosave.restore()).toEqual({ ok: true, scenario, warnings: [] });
    autosave.clear();
    expect(autosave.restore()).toBeNull();
  });

  it('keeps separate autosaves under separate keys', () => {
    const storage = new FakeStorage();
    createAutosave(storage, 'a').save(scenario);
    expect(createAutosave(storage, 'b').restore()).toBeNull();
  });

  it('reports a full storage as a warning instead of throwing, and keeps the last good save', () => {
    const storage = new FakeStorage();
    const autosave = createAutosave(storage);
    autosave.save(scenario);
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(autosave.save({ ...scenario, name: 'Newer' })).toMatch(/storage for Ripple is full/);
    storage.failWith = new DOMException('Firefox', 'NS_ERROR_DOM_QUOTA_REACHED');
    expect(autosave.save(scenario)).toMatch(/is full/);
    storage.failWith = new DOMException('The operation is insecure.', 'SecurityError');
    expect(autosave.save(scenario)).toMatch(/does not let Ripple store data/);
    expect(autosave.restore()).toEqual({ ok: true, scenario, warnings: [] });
  });

  it('turns a corrupt, hand-edited or future autosave into problems, never a crash', () => {
    const storage = new FakeStorage();
    const autosave = createAutosave(storage);
    const stored = [
      '{"version": 1, "name": ',
      'null',
      '{"__proto__": {"polluted": true}}',
      JSON.stringify({ ...minimal(), version: 99 }),
      '\u0000\u0001',
    ];
    for (const text of stored) {
      storage.items.set(AUTOSAVE_KEY, text);
      const result = autosave.restore();
      expect(result?.ok).toBe(false);
      expect(result?.ok === false && result.problems.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats storage that cannot be read or cleared as empty', () => {
    const blocked = new FakeStorage();
    blocked.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    blocked.removeItem = blocked.getItem;
    const autosave = createAutosave(blocked);
    expect(autosave.restore()).toBeNull();
    expect(() => autosave.clear()).not.toThrow();
  });
});
