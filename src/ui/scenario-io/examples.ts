/// <reference types="vite/client" />
import { parseScenario, type Scenario } from '../../scenario/index.ts';

export interface ExampleScenario {
  /** The file name in scenarios/, e.g. "tipping-point-er.json". */
  readonly file: string;
  readonly name: string;
  readonly description: string;
  /** The file as written, for "view source" and saving a copy. */
  readonly text: string;
  readonly scenario: Scenario;
}

// Bundled at build time, so the examples work offline and from any static host.
const FILES = import.meta.glob<string>('/scenarios/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * One idea at a time: the tipping point of simple spread first, then whom to seed and when,
 * then what ties and fake accounts change, then threshold models and complex contagion.
 * Examples not listed come after, by name.
 */
const TEACHING_ORDER = [
  'tipping-point-er.json',
  'opinion-leader-vs-many.json',
  'multi-point-start.json',
  'strong-and-weak-ties.json',
  'fake-followers.json',
  'watts-threshold-cascade.json',
  'complex-contagion-clustered.json',
];

let parsed: ExampleScenario[] | null = null;

/**
 * The example scenarios shipped with Ripple, in teaching order. They are parsed once (they are
 * bundled and never change); each caller gets its own copies, so none can change another's.
 */
export function exampleScenarios(): ExampleScenario[] {
  return (parsed ??= parseExamples()).map(copy);
}

/** The first example in teaching order, what the app opens with: parsed alone, to start sooner. */
export function firstExample(): ExampleScenario {
  if (parsed) return copy(parsed[0]);
  const [path, text] = Object.entries(FILES).find(([path]) =>
    path.endsWith(`/${TEACHING_ORDER[0]}`),
  )!;
  return parseExample(path, text);
}

function copy(example: ExampleScenario): ExampleScenario {
  return { ...example, scenario: structuredClone(example.scenario) };
}

function parseExamples(): ExampleScenario[] {
  return Object.entries(FILES)
    .filter(([path]) => !path.endsWith('/scenario.schema.json'))
    .map(([path, text]) => parseExample(path, text))
    .sort((a, b) => rank(a.file) - rank(b.file) || a.name.localeCompare(b.name, 'en'));
}

function parseExample(path: string, text: string): ExampleScenario {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const result = parseScenario(text);
  // The examples ship with Ripple and are tested: one that fails to parse is a bug.
  if (!result.ok)
    throw new Error(
      `example scenario ${file} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  const { scenario } = result;
  return { file, name: scenario.name, description: scenario.description, text, scenario };
}

function rank(file: string): number {
  const index = TEACHING_ORDER.indexOf(file);
  return index < 0 ? TEACHING_ORDER.length : index;
}
