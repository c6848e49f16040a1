import { afterEach, describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/index.ts';
import { minimal, paths, problemsOfText } from './helpers.ts';

const HOSTILE = `{
  "__proto__": { "polluted": "yes" },
  "version": 1,
  "name": "hostile",
  "constructor": { "prototype": { "polluted": "yes" } },
  "graph": { "generator": "karate-club", "population": { "__proto__": { "polluted": "yes" } } },
  "content": { "model": "independent-cascade", "power": 0.1, "prototype": { "polluted": "yes" } },
  "seeding": { "strategy": "explicit", "nodes": [{ "__proto__": { "polluted": "yes" } }] }
}`;

describe('untrusted files', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses __proto__, constructor and prototype keys anywhere, without polluting Object.prototype', () => {
    const problems = problemsOfText(HOSTILE);
    expect(paths(problems)).toEqual(
      expect.arrayContaining([
        '$.__proto__',
        '$.constructor',
        '$.graph.population.__proto__',
        '$.content.prototype',
        '$.seeding.nodes[0].__proto__',
      ]),
    );
    expect(problems.find((problem) => problem.path === '$.__proto__')?.message).toContain(
      'reserved name',
    );
  });

  it('goes on to list the other problems of a file with reserved keys', () => {
    const problems = problemsOfText(
      '{"__proto__": {}, "version": 1, "name": 5, "graph": {"generator": "karate-club"}, "content": {"model": "sir", "power": 0.2, "recovery": 0.5}}',
    );
    expect(paths(problems)).toEqual(['$.__proto__', '$.name']);
  });

  it('does not modify a parsed value it is given', () => {
    const value = JSON.parse(`{"constructor": 1, ${JSON.stringify(minimal()).slice(1)}`);
    const copy = structuredClone(value);
    validateScenario(value);
    expect(value).toEqual(copy);
  });

  it('survives a value that refers to itself', () => {
    const value: Record<string, unknown> = minimal();
    value.graph = value;
    expect(validateScenario(value).ok).toBe(false);
  });
});
