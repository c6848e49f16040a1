import type { ScenarioWarning } from './problem.ts';
import type { Scenario } from './scenario-schema.ts';
import { seedCount } from './seeding-schema.ts';

/** Settings that are valid but probably not what the author meant. */
export function scenarioWarnings(scenario: Scenario): ScenarioWarning[] {
  const warnings: ScenarioWarning[] = [];
  const { graph, seeding, run } = scenario;
  const { schedule } = seeding;
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const lastStart =
    schedule.type === 'staggered'
      ? (seedCount(seeding) - 1) * schedule.every
      : schedule.type === 'explicit'
        ? Math.max(...schedule.steps)
        : 0;
  if (lastStart >= run.maxSteps) {
    warn(
      '$.seeding.schedule',
      `A seed starts at step ${lastStart}, but runs stop after ${run.maxSteps} steps: it never starts.`,
    );
  }
  if (graph.ties && graph.ties.weak > graph.ties.strong) {
    warn(
      '$.graph.ties',
      'Weak ties are heavier than strong ties here; usually strong ties (close friends) pass content on more.',
    );
  }
  return warnings;
}
