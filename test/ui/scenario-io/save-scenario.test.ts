import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../../src/scenario/index.ts';
import {
  exampleScenarios,
  scenarioBlob,
  scenarioFileName,
} from '../../../src/ui/scenario-io/index.ts';

const base = exampleScenarios()[0].scenario;
const named = (name: string): Scenario => ({ ...base, name });
const SAFE = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}-]*\.json$/u;

describe('scenarioFileName', () => {
  it('turns the name into a readable slug', () => {
    expect(scenarioFileName(base)).toBe('is-this-content-above-the-tipping-point.json');
    expect(scenarioFileName(named('Erdős–Rényi, z = 4'))).toBe('erdos-renyi-z-4.json');
    expect(scenarioFileName(named('水军 30%'))).toBe('水军-30.json');
  });

  it('never gives a path, a hidden file, an empty name or a name Windows refuses', () => {
    const cases = [
      '../../etc/passwd',
      '..\\..\\boot.ini',
      '.bashrc',
      '...',
      '   ',
      '?*:<>|"',
      'C:\\x',
      '／fullwidth／',
      'CON',
      'lpt1',
      '\u0301accent',
    ];
    for (const name of cases) {
      const file = scenarioFileName(named(name));
      expect(file, name).toMatch(SAFE);
      expect(file, name).not.toMatch(/^(con|lpt1)\.json$/);
    }
    expect(scenarioFileName(named('...'))).toBe('scenario.json');
    expect(scenarioFileName(named('CON'))).toBe('con-scenario.json');
  });

  it('is safe and short for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (name) => {
        const file = scenarioFileName(named(name));
        expect(file).toMatch(SAFE);
        expect(Array.from(file).length).toBeLessThanOrEqual(65 + '-scenario'.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scenarioBlob', () => {
  it('is the scenario file as JSON, which opens as the same scenario', async () => {
    for (const { scenario } of exampleScenarios()) {
      const blob = scenarioBlob(scenario);
      expect(blob.type).toBe('application/json');
      const again = parseScenario(await blob.text());
      expect(again.ok && again.scenario).toEqual(scenario);
    }
  });
});
