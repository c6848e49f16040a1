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
const CLI_USES = ['format', 'graph', 'models', 'scenario', 'analysis', 'experiment', 'workers'];

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

const layers = Object.keys(RANKS);
const usable = (layer) =>
  layer === 'cli' ? CLI_USES : layers.filter((other) => RANKS[other] < RANKS[layer]);
const pathsOf = (names) => `^src/(${names.join('|')})/`;
/** A rule whose violations fail the check. */
function rule(name, comment, from, to) {
  return [{ name, severity: 'error', comment, from, to }];
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
