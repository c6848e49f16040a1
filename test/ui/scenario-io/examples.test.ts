import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { exampleScenarios } from '../../../src/ui/scenario-io/index.ts';

const DIR = new URL('../../../scenarios/', import.meta.url);
const ON_DISK = readdirSync(DIR).filter(
  (name) => name.endsWith('.json') && name !== 'scenario.schema.json',
);

describe('exampleScenarios', () => {
  const examples = exampleScenarios();

  it('holds every example file in scenarios/ as written, and not the schema', () => {
    expect(examples.map((e) => e.file).sort()).toEqual([...ON_DISK].sort());
    for (const example of examples)
      expect(example.text).toBe(readFileSync(new URL(example.file, DIR), 'utf8'));
  });

  it('parses each one, with its name and description alongside', () => {
    for (const { scenario, name, description } of examples) {
      expect(scenario.version).toBe(1);
      expect(name).toBe(scenario.name);
      expect(description).toBe(scenario.description);
      expect(name.length).toBeGreaterThan(0);
    }
  });

  it('starts with the tipping point, then seeding, ties and bots, then threshold models', () => {
    // New examples come after these, by name; the teaching order of the first ones is fixed.
    expect(examples.slice(0, 7).map((e) => e.file)).toEqual([
      'tipping-point-er.json',
      'opinion-leader-vs-many.json',
      'multi-point-start.json',
      'strong-and-weak-ties.json',
      'fake-followers.json',
      'watts-threshold-cascade.json',
      'complex-contagion-clustered.json',
    ]);
  });

  it('gives fresh objects each call, so one caller cannot change another’s examples', () => {
    const again = exampleScenarios();
    expect(again).toEqual(examples);
    expect(again[0].scenario).not.toBe(examples[0].scenario);
  });

  it('gives the app the first of them to open with, the same whether or not the rest are parsed yet', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/ui/scenario-io/examples.ts');
    const alone = fresh.firstExample();
    expect(alone).toEqual(examples[0]);
    expect(fresh.exampleScenarios()[0]).toEqual(alone);
    expect(fresh.firstExample()).toEqual(alone);
    expect(fresh.firstExample().scenario).not.toBe(fresh.firstExample().scenario);
  });
});
