import { compareVariants, type VariantResult } from '../analysis/index.ts';
import { formatJson } from '../format/index.ts';
import { edgeCount } from '../graph/index.ts';
import type { CompareSpec } from '../scenario/index.ts';
import type { VariantRun } from './compare.ts';
import { seedsOf } from './report.ts';

/** Number of seeds a variant plants in each run. */
function seedCount(run: VariantRun): number {
  const { seeds } = run.experiment.task;
  return seeds.kind === 'fixed' ? seeds.nodes.length : seeds.count;
}

/** The coins a variant's runs drew: its task's seed and the index of each run. */
function coinsOf({ experiment: { task }, runIndices }: VariantRun): VariantResult['coins'] {
  return { seed: task.seed, runIndices };
}

/**
 * The comparison's verdict, rows and pairs (the app draws them; the report prints them). The
 * variants run with the same seed share each run's coins, so their runs are paired by index.
 */
export function verdictOf(runs: readonly VariantRun[]) {
  for (const run of runs) {
    if (run.cost <= 0)
      throw new RangeError(
        `The seeds of "${run.label}" cost nothing, so reach per cost is undefined; set compare.cost.perSeed above 0.`,
      );
  }
  return compareVariants(
    runs.map((r) => ({
      label: r.label,
      seeds: seedCount(r),
      cost: r.cost,
      summary: r.summary,
      coins: coinsOf(r),
    })),
  );
}

/**
 * The results document of a comparison: the plain-language verdict first, then one row per
 * variant (reach, P(global), reach per cost, with 95% intervals), every pair's tests (which
 * ones, whether paired by run, and McNemar's discordant counts), and each variant's full
 * ensemble summary.
 */
export function compareReport(runs: readonly VariantRun[], cost: CompareSpec['cost']) {
  const { scenario, network, task } = runs[0].experiment;
  const { verdict, best, rows, pairs } = verdictOf(runs);
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    network: { nodes: network.n, edges: edgeCount(network), directed: network.directed },
    model: task.model,
    cost,
    verdict,
    best,
    rows,
    pairs,
    variants: runs.map((r) => ({
      label: r.label,
      seeding: r.experiment.scenario.seeding,
      seeds: seedsOf(r.experiment),
      cost: r.cost,
      ...r.summary,
    })),
  };
}

const CSV_HEADER =
  'label,seeds,cost,runs,meanReach,meanReachLow95,meanReachHigh95,pGlobal,pGlobalLow95,pGlobalHigh95,reachPerCost,reachPerCostLow95,reachPerCostHigh95';

/** A CSV cell: labels are free text, so quote them when they hold a comma, quote or line break. */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per variant. */
export function compareCsv(runs: readonly VariantRun[]): string {
  const { rows } = verdictOf(runs);
  const lines = rows.map((r, i) =>
    [
      r.label,
      r.seeds,
      r.cost,
      runs[i].summary.runs,
      r.meanReach,
      r.reachCi.low,
      r.reachCi.high,
      r.pGlobal,
      r.pGlobalCi.low,
      r.pGlobalCi.high,
      r.reachPerCost,
      r.reachPerCostCi.low,
      r.reachPerCostCi.high,
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_HEADER, ...lines].join('\n')}\n`;
}

/** The comparison's output text. */
export function compareOutput(
  runs: readonly VariantRun[],
  cost: CompareSpec['cost'],
  format: 'json' | 'csv',
): string {
  return format === 'csv' ? compareCsv(runs) : formatJson(compareReport(runs, cost));
}
