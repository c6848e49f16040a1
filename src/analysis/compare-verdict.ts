import {
  formatList,
  formatP,
  formatPercent,
  formatRange,
  formatStat as num,
  quoted as q,
} from '../format/index.ts';
import type { PairComparison, VariantComparison } from './compare.ts';

/**
 * The plain-language verdict of a comparison: who reached most and whom it beat significantly;
 * which pairs this experiment cannot tell apart (and with how many runs); reach per unit of
 * cost; which test compared mean reach (paired by run, or Welch's and why); and the caveats
 * that apply (multiple comparisons, few runs).
 */
export function explainComparison(
  rows: readonly VariantComparison[],
  pairs: readonly PairComparison[],
  best: VariantComparison,
  runs: readonly number[],
): string {
  const reach = `mean ${num(best.meanReach)} people, 95% CI ${formatRange(best.reachCi.low, best.reachCi.high)}; global in ${formatPercent(best.pGlobal)} of runs`;
  if (rows.length === 1)
    return `Only ${q(best.label)} was run (${reach}): there is nothing to compare it with.`;
  const other = (p: PairComparison) => (p.a === best.label ? p.b : p.a);
  const beaten = pairs.filter((p) => p.significant && (p.a === best.label || p.b === best.label));
  const sentences = [
    `${q(best.label)} reached the most (${reach})${beaten.length ? ` — significantly more than ${formatList(beaten.map((p) => `${q(other(p))} (${formatP(p.adjustedPValue)})`))}` : ''}.`,
  ];
  const tied = pairs.filter((p) => !p.significant);
  const mean = new Map(rows.map((r) => [r.label, r.meanReach]));
  const ordered = (p: PairComparison) =>
    (mean.get(p.a) ?? 0) >= (mean.get(p.b) ?? 0) ? [p.a, p.b] : [p.b, p.a];
  const runsText =
    Math.min(...runs) === Math.max(...runs)
      ? `${num(runs[0])} runs each`
      : `${num(Math.min(...runs))} to ${num(Math.max(...runs))} runs per strategy`;
  if (tied.length === 1) {
    const [x, y] = ordered(tied[0]);
    sentences.push(
      `${q(x)} and ${q(y)} are not significantly different (${formatP(tied[0].adjustedPValue)}): with ${runsText}, this experiment cannot tell them apart.`,
    );
  } else if (tied.length > 1) {
    const list = tied.map(
      (p) => `${ordered(p).map(q).join(' and ')} (${formatP(p.adjustedPValue)})`,
    );
    sentences.push(
      `Not significantly different: ${formatList(list)}; with ${runsText}, this experiment cannot tell these apart.`,
    );
  }
  sentences.push(costSentence(rows, best));
  sentences.push(testSentence(pairs));
  if (pairs.length > 1)
    sentences.push(`p-values are Holm-adjusted for ${pairs.length} comparisons.`);
  if (Math.min(...runs) < 30)
    sentences.push(
      'With fewer than 30 runs per strategy these tests lean on a normal approximation that bimodal reach may not meet: add runs.',
    );
  return sentences.join(' ');
}

/** “Test on mean reach: …”, or, when pairs got different tests, which pairs got which. */
function testSentence(pairs: readonly PairComparison[]): string {
  const byTest = new Map<string, PairComparison[]>();
  for (const p of pairs) byTest.set(p.test, [...(byTest.get(p.test) ?? []), p]);
  if (byTest.size === 1) return `Test on mean reach: ${pairs[0].test}.`;
  const groups = [...byTest].map(
    ([test, group]) => `for ${formatList(group.map((p) => `${q(p.a)} vs ${q(p.b)}`))}, ${test}`,
  );
  return `Tests on mean reach: ${groups.join('; ')}.`;
}

function costSentence(rows: readonly VariantComparison[], best: VariantComparison): string {
  if (rows.every((r) => r.cost === rows[0].cost))
    return `Every strategy costs ${num(rows[0].cost)}, so reach per unit of cost ranks them as reach does.`;
  const top = rows.reduce((t, r) => (r.reachPerCost > t.reachPerCost ? r : t), rows[0]);
  const against =
    top.label === best.label ? '' : `, against ${num(best.reachPerCost)} for ${q(best.label)}`;
  return `Per unit of cost, ${q(top.label)} reached the most: ${num(top.reachPerCost)} people per unit (95% CI ${formatRange(top.reachPerCostCi.low, top.reachPerCostCi.high)})${against}.`;
}
