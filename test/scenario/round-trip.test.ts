import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, serializeScenario } from '../../src/scenario/index.ts';
import { scenarioInput } from './arbitraries.ts';
import { minimal, valid } from './helpers.ts';

describe('serializeScenario', () => {
  it('writes what parseScenario reads back as an equal scenario', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const scenario = valid(input);
        const text = serializeScenario(scenario);
        const again = parseScenario(text);
        expect(again.ok && again.scenario).toEqual(scenario);
        expect(again.ok && serializeScenario(again.scenario)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('uses the schema key order, two-space indent and $schema first, whatever the input order', () => {
    const scenario = valid({
      content: { power: 0.3, model: 'independent-cascade' },
      graph: { generator: 'karate-club' },
      name: 'Order',
      version: 1,
    });
    const text = serializeScenario(scenario);
    expect(
      text.startsWith(
        '{\n  "$schema": "./scenario.schema.json",\n  "version": 1,\n  "name": "Order",',
      ),
    ).toBe(true);
    expect(text).toContain('"content": {\n    "model": "independent-cascade",\n    "power": 0.3,');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps HTML and line breaks in text exactly as written', () => {
    const description = '<script>alert("x")</script>\nline two\ttabbed & "quoted"';
    const scenario = valid({ ...minimal(), description });
    const again = parseScenario(serializeScenario(scenario));
    expect(again.ok && again.scenario.description).toBe(description);
  });

  it('refuses to write a scenario that would not open again', () => {
    const scenario = valid(minimal());
    expect(() => serializeScenario({ ...scenario, name: '' })).toThrow();
  });
});
