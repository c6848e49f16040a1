import { type Scenario, serializeScenario } from '../../scenario/index.ts';

const MAX_SLUG_CHARS = 60;
// Names Windows refuses for a file whatever its extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name for saving: the scenario's name as lower-case letters, digits and hyphens (any
 * script; Latin accents dropped), so it is safe on every system: no separators, no leading dot.
 */
export function scenarioFileName(scenario: Scenario): string {
  const letters = scenario.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+/u, '');
  const slug = Array.from(letters).slice(0, MAX_SLUG_CHARS).join('').replace(/-+$/, '');
  if (slug === '') return 'scenario.json';
  return RESERVED.test(slug) ? `${slug}-scenario.json` : `${slug}.json`;
}

/** The scenario's file, ready to download. */
export function scenarioBlob(scenario: Scenario): Blob {
  return new Blob([serializeScenario(scenario)], { type: 'application/json' });
}
