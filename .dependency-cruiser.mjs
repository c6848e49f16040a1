/*
 * The dependency rules of docs/architecture.md, checked by test/architecture/dependencies.test.ts
 * through dependency-cruiser's API, so by `npm test` (its command line wants Node 22 or later).
 */
import { builtinModules } from 'node:module';

/** Layers, lowest first: a layer may use layers of lower rank only, never its own rank or above. */
const RANKS = {
  format: 0,
  'typed-arrays': 0,
  random: 1,
  theory: 1,
  sim: 2,
  graph: 3,
  models: 4,
  scenario: 5,
  analysis: 6,
  experiment: 7,
  workers: 8,
  viz: 9,
  ui: 10,
  cli: 10,
};

/** The CLI sits beside the app: it draws nothing and runs the engine through experiment and workers. */
const CLI_USES = ['format', 'graph', 'scenario', 'analysis', 'experiment', 'workers'];

/** What other layers import: each layer's index.ts, and the exceptions docs/architecture.md explains. */
const PUBLIC_ENTRIES = [
  '^src/[^/]+/index\\.ts$',
  // random is one module, owned this round by the compiled-CLI work.
  '^src/random/rng\\.ts$',
  // Node's worker threads, kept out of the entry the app's page loads.
  '^src/workers/node\\.ts$',
  // Imported first, for its effect (no code generation under the page's CSP), by the page and
  // the build worker; re-exported from scenario's index it would configure the CLI too.
  '^src/scenario/zod-config\\.ts$',
];

/**
 * Known violations, to be emptied by the second round: files other engineers are rewriting in
 * this round, so their imports were left alone. Each entry exempts one file from one rule; the
 * test reports these separately and fails when an entry is no longer needed.
 */
export const KNOWN_VIOLATIONS = [
  ...exempt('through-public-entry', 'the model registry', [
    'src/analysis/theory-overlay.ts',
    'src/analysis/transmissibility.ts',
    'src/scenario/to-model-spec.ts',
    'src/ui/controls/content-panel.ts',
    'src/ui/critical-marks.ts',
  ]),
];

function exempt(rule, owner, files) {
  return files.map((from) => ({ rule, from, owner }));
}

const layers = Object.keys(RANKS);
const usable = (layer) =>
  layer === 'cli' ? CLI_USES : layers.filter((other) => RANKS[other] < RANKS[layer]);
const pathsOf = (names) => `^src/(${names.join('|')})/`;
const knownFor = (rule) =>
  KNOWN_VIOLATIONS.filter((known) => known.rule === rule).map((known) =>
    known.from.replaceAll('.', '\\.'),
  );

/**
 * A rule as an error, plus an 'info' twin that reports the known violations it exempts. The
 * twin keeps the rule's own `from` pattern behind a look-ahead, so its groups ($1) still match.
 */
function rule(name, comment, from, to) {
  const known = knownFor(name);
  const checked = { name, severity: 'error', comment, from: { ...from }, to };
  if (known.length === 0) return [checked];
  checked.from.pathNot = known.map((file) => `^${file}$`);
  const onlyKnown = `^(?=(?:${known.join('|')})$)${(from.path ?? '').replace(/^\^/, '')}`;
  return [checked, { ...checked, severity: 'info', from: { ...from, path: onlyKnown } }];
}

const layerRules = layers.flatMap((layer) =>
  rule(
    `${layer}-uses-lower-layers`,
    `${layer} may use ${usable(layer).join(', ') || 'no other layer'}`,
    { path: `^src/${layer}/` },
    { path: '^src/[^/]+/', pathNot: [`^src/${layer}/`, pathsOf(usable(layer))] },
  ),
);

export default {
  forbidden: [
    ...layerRules,
    ...rule(
      'through-public-entry',
      'another layer is used only through its public entry (its index.ts), never its internals',
      { path: '^src/([^/]+)/' },
      { path: '^src/[^/]+/', pathNot: ['^src/$1/', ...PUBLIC_ENTRIES] },
    ),
    ...rule(
      'no-folder-cycles',
      'folders (layers and their sub-folders) do not depend on each other in a circle',
      {},
      { circular: true },
    ).map((r) => ({ ...r, scope: 'folder' })),
    ...rule(
      'pure-core',
      'the engine, the theory and the helpers below them use no package and no Node built-in',
      { path: '^src/(sim|theory|format|typed-arrays)/' },
      { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'core'] },
    ),
    ...rule(
      'app-never-reaches-node',
      "nothing the app's page loads reaches a Node built-in (Node's worker threads: workers/node.ts)",
      { path: '^src/ui/main\\.ts$' },
      { path: `^(node:)?(${builtinModules.join('|')})$`, reachable: true },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  },
};
