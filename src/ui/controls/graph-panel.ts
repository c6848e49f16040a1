import type { GraphGenerator, Scenario } from '../../scenario/index.ts';
import { type Commit, createField, type FieldSpec } from './field.ts';
import { createPanel, type Panel } from './panel.ts';

const GENERATORS: ReadonlyArray<readonly [GraphGenerator, string]> = [
  ['erdos-renyi', 'Random (Erdős–Rényi)'],
  ['barabasi-albert', 'Scale-free, with hubs (Barabási–Albert)'],
  ['watts-strogatz', 'Small world, clustered (Watts–Strogatz)'],
  ['stochastic-block', 'Communities (stochastic block model)'],
  ['configuration-model', 'Power-law degrees (configuration model)'],
  ['caveman', 'Tight groups joined in a ring (caveman)'],
  ['karate-club', "Zachary's karate club (34 people)"],
  ['file', 'A graph file you loaded'],
];

/** A sensible starting point for each generator when the person switches to it. */
const DEFAULTS: Record<Exclude<GraphGenerator, 'file'>, Record<string, unknown>> = {
  'erdos-renyi': { nodes: 2000, meanDegree: 4 },
  'barabasi-albert': { nodes: 2000, m: 3 },
  'watts-strogatz': { nodes: 2000, k: 6, beta: 0.1 },
  'stochastic-block': { communities: 4, nodes: 2000, pIn: 0.01, pOut: 0.0005 },
  'configuration-model': { nodes: 2000, exponent: 2.5, minDegree: 2 },
  caveman: { cliques: 20, size: 8, connected: true },
  'karate-club': {},
};

const NODES: FieldSpec = {
  path: ['graph', 'nodes'],
  label: 'People (nodes)',
  type: 'number',
  min: 2,
  max: 2_000_000,
  step: 1,
};
const DIRECTED: FieldSpec = {
  path: ['graph', 'directed'],
  label: 'Follower graph (one-way ties)',
  type: 'checkbox',
};

function fieldsFor(generator: GraphGenerator): FieldSpec[] {
  const g = (key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
    path: ['graph', key],
    label,
    type: 'number',
    ...extra,
  });
  switch (generator) {
    case 'erdos-renyi':
      return [
        NODES,
        g('meanDegree', 'Mean number of friends (z)', { min: 0, step: 0.1 }),
        DIRECTED,
      ];
    case 'barabasi-albert':
      return [NODES, g('m', 'Ties each newcomer makes (m)', { min: 1, step: 1 }), DIRECTED];
    case 'watts-strogatz':
      return [
        NODES,
        g('k', 'Neighbours in the ring (k, even)', { min: 2, step: 2 }),
        g('beta', 'Rewired share (β)', { type: 'slider', min: 0, max: 1, step: 0.01 }),
      ];
    case 'stochastic-block':
      return [
        g('communities', 'Communities', { min: 1, step: 1 }),
        NODES,
        g('pIn', 'Tie chance inside a community', { min: 0, max: 1, step: 0.001 }),
        g('pOut', 'Tie chance between communities', { min: 0, max: 1, step: 0.0001 }),
        DIRECTED,
      ];
    case 'configuration-model':
      return [
        NODES,
        g('exponent', 'Degree exponent (γ)', { min: 1.5, max: 4, step: 0.1 }),
        g('minDegree', 'Fewest friends anyone has', { min: 1, step: 1 }),
      ];
    case 'caveman':
      return [
        g('cliques', 'Groups', { min: 1, step: 1 }),
        g('size', 'People per group', { min: 2, step: 1 }),
        { path: ['graph', 'connected'], label: 'Join the groups in a ring', type: 'checkbox' },
      ];
    case 'karate-club':
      return [];
    case 'file':
      return [DIRECTED];
  }
}

/** The relationship chain: which network, how big, how people are tied. */
export function createGraphPanel(commit: Commit, onLoadGraphFile: () => void): Panel {
  return createPanel(
    'Network',
    (s: Scenario) => s.graph.generator,
    (scenario, body) => {
      const generator = createField(
        {
          path: ['graph', 'generator'],
          label: 'Kind of network',
          type: 'select',
          options: GENERATORS,
        },
        (_path, value) => {
          if (value === 'file') {
            onLoadGraphFile();
            return Promise.resolve([]);
          }
          const { ties, population } = scenario.graph;
          return commit(['graph'], {
            generator: value,
            ...DEFAULTS[value as keyof typeof DEFAULTS],
            ties,
            population,
          });
        },
      );
      const fields = [
        generator,
        ...fieldsFor(scenario.graph.generator).map((spec) => createField(spec, commit)),
      ];
      const population = [
        createField(
          {
            path: ['graph', 'population', 'opinionLeaders'],
            label: 'Opinion leaders (most-followed accounts)',
            type: 'number',
            min: 0,
            step: 1,
            fallback: 0,
          },
          commit,
        ),
        createField(
          {
            path: ['graph', 'population', 'botShare'],
            label: 'Fake followers (share of accounts)',
            type: 'slider',
            min: 0,
            max: 0.9,
            step: 0.01,
            help: 'Bots see content but never pass it on.',
            fallback: 0,
          },
          commit,
        ),
      ];
      const load = document.createElement('button');
      load.type = 'button';
      load.textContent = 'Load graph file…';
      load.title = 'An edge list (.txt: "u v [weight]" per line), GEXF or GraphML file';
      load.addEventListener('click', onLoadGraphFile);
      body.append(...fields.map((f) => f.element), ...population.map((f) => f.element), load);
      return [...fields, ...population];
    },
  );
}
