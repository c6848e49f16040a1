import { nodeLabel } from '../../graph/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import { type Commit, createField } from './field.ts';
import { createPanel, type Panel } from './panel.ts';

const STRATEGIES = [
  ['random', 'Random people'],
  ['top-degree', 'Opinion leaders (most followers)'],
  ['top-pagerank', 'Most influential (PageRank)'],
  ['k-core', 'The dense core (k-core)'],
  ['one-per-community', 'One in each community'],
  ['degree-discount', 'Well-connected, spread out (degree discount)'],
  ['greedy-celf', 'Best found by simulation (greedy, ≤ 5,000 people)'],
  ['explicit', 'Chosen by hand (click the network)'],
] as const;

const SCHEDULES = [
  ['synchronous', 'All at once (multi-point start)'],
  ['staggered', 'One after another'],
] as const;

/** Where the stone drops: strategy, how many, and when. */
export function createSeedingPanel(commit: Commit): Panel {
  return createPanel(
    'Seeding',
    (s: Scenario) => `${s.seeding.strategy}:${s.seeding.schedule.type}`,
    (scenario, body) => {
      const seeding = scenario.seeding;
      const strategy = createField(
        { path: ['seeding', 'strategy'], label: 'Seed', type: 'select', options: STRATEGIES },
        (_p, value) => {
          if (value === 'explicit')
            return commit(['seeding'], {
              strategy: 'explicit',
              nodes: [0],
              schedule: seeding.schedule,
            });
          const count = seeding.strategy === 'explicit' ? seeding.nodes.length : seeding.count;
          return commit(['seeding'], { strategy: value, count, schedule: seeding.schedule });
        },
      );
      const fields = [strategy];
      if (seeding.strategy !== 'explicit')
        fields.push(
          createField(
            {
              path: ['seeding', 'count'],
              label: 'How many seeds',
              type: 'number',
              min: 1,
              max: 10_000,
              step: 1,
            },
            commit,
          ),
        );
      fields.push(
        createField(
          {
            path: ['seeding', 'schedule', 'type'],
            label: 'When',
            type: 'select',
            options: SCHEDULES,
          },
          (_p, value) =>
            commit(
              ['seeding', 'schedule'],
              value === 'staggered' ? { type: 'staggered', every: 2 } : { type: 'synchronous' },
            ),
        ),
      );
      if (seeding.schedule.type === 'staggered')
        fields.push(
          createField(
            {
              path: ['seeding', 'schedule', 'every'],
              label: 'Steps between seeds',
              type: 'number',
              min: 1,
              step: 1,
            },
            commit,
          ),
        );
      const hint = document.createElement('p');
      hint.className = 'field-help seeds-chosen';
      hint.dataset.testid = 'seeds-chosen';
      body.append(...fields.map((f) => f.element), hint);
      return fields;
    },
    (state, body) => {
      const hint = body.querySelector<HTMLElement>('.seeds-chosen');
      if (!hint) return;
      const { seeds, network } = state;
      if (!seeds || !network) {
        hint.textContent =
          'New random seeds every run. Click people on the network to choose seeds yourself.';
        return;
      }
      // Unlabelled networks number their people; say so, or "Seeds: 0" reads like "none".
      const name = (v: number) => (network.labels ? nodeLabel(network, v) : `person ${v}`);
      const names = Array.from(seeds.subarray(0, 8), name).join(', ');
      const more = seeds.length > 8 ? ` and ${seeds.length - 8} more` : '';
      hint.textContent = `${seeds.length === 1 ? '1 seed' : `${seeds.length} seeds`}: ${names}${more}. Click people on the network to add or remove seeds.`;
    },
  );
}
