import type { ModelSpec } from '../sim/model-spec.ts';
import {
  criticalPower,
  directedPercolationThreshold,
  erdosRenyiFinalSize,
  percolationThreshold,
  wattsCascadeWindow,
  wattsCriticalPhi,
} from '../theory/index.ts';
import { formatPercent, formatNumber as num } from './format.ts';
import type { Interval } from './interval.ts';
import { transmissibility } from './transmissibility.ts';

/** The theory's prediction for a sweep, for charts and the CLI. */
export interface TheoryPrediction {
  kind: 'percolation' | 'watts-window' | 'watts-phi' | 'none';
  /** Where theory puts the onset of global cascades, in the swept parameter's units. */
  criticalValue: number | null;
  /** Watts' cascade window in mean degree: global cascades possible for low < z < high. */
  window?: Interval;
  /** On Erdős–Rényi graphs: the share a global cascade reaches, which is also P(global) for one seed. */
  curve?: { x: number[]; y: number[] };
  source: string;
  note: string;
}

export interface SweepTheoryInput {
  parameter: string;
  values: readonly number[];
  model: ModelSpec;
  /** Degree statistics of the swept network (for a directed one, ⟨k⟩ is the mean out-degree). */
  degree: {
    meanDegree: number;
    meanSquareDegree: number;
    directed: boolean;
    meanInOutDegree?: number;
    histogram: readonly number[];
  };
  meanTieStrength: number;
  generator?: string;
  nodes: number;
}

const NEWMAN = 'Newman 2002, Spread of epidemic disease on networks, Phys. Rev. E 66:016128';
const NEWMAN_DIRECTED =
  'Newman, Strogatz and Watts 2001, Phys. Rev. E 64:026118 (directed networks)';
const WATTS = 'Watts 2002, A simple model of global cascades on random networks, PNAS 99:5766';
const TREE_LIKE =
  'Assumes a large, locally tree-like random network with these degree moments; clustering and degree correlations move the real threshold.';

/**
 * Which theory applies to a sweep, and what it predicts:
 * - content.power (IC, SIR): the percolation threshold T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩) (directed:
 *   ⟨k⟩/⟨k_in·k_out⟩) turned into a power by criticalPower; on Erdős–Rényi graphs also the
 *   final-size curve S = 1 − exp(−z·T·S);
 * - content.threshold.phi (LT, fraction rule): Watts' largest φ at which cascades are possible,
 *   from the degree histogram;
 * - graph.meanDegree on Erdős–Rényi graphs: Watts' cascade window (LT, fraction rule), or the
 *   mean degree z_c = 1/T at which IC/SIR percolates, with the final-size curve;
 * - anything else: kind 'none' and a note saying why.
 */
export function theoryForSweep(input: SweepTheoryInput): TheoryPrediction {
  if (input.parameter === 'content.power') return powerTheory(input);
  if (input.parameter === 'content.threshold.phi') return phiTheory(input);
  if (input.parameter === 'graph.meanDegree') return meanDegreeTheory(input);
  return none(
    `Ripple has no closed-form prediction for a sweep over ${input.parameter}. Theory covers content.power (independent cascade, SIR), ` +
      'content.threshold.phi (linear threshold, fraction rule) and graph.meanDegree (Erdős–Rényi graphs).',
  );
}

function powerTheory(input: SweepTheoryInput): TheoryPrediction {
  const { model, degree } = input;
  const T = transmissibility(model, input.meanTieStrength);
  if (!T || model.model === 'linear-threshold')
    return none(
      'The linear threshold model ignores propagation power: sweep the threshold φ instead.',
    );
  if (model.weighting === 'weighted-cascade') {
    return none(
      'With the weighted cascade each edge passes content with chance power / in-degree, which depends on the receiver: no single-threshold prediction applies.',
    );
  }
  if (degree.directed && degree.meanInOutDegree === undefined)
    return none('A directed network needs ⟨k_in·k_out⟩ for its percolation threshold.');
  const tc = degree.directed
    ? directedPercolationThreshold({
        meanDegree: degree.meanDegree,
        meanInOutDegree: degree.meanInOutDegree!,
      })
    : percolationThreshold(degree);
  const pc = criticalPower(tc, {
    recovery: model.model === 'sir' ? model.recovery : 1,
    meanTieStrength: input.meanTieStrength,
  });
  const criticalValue = Number.isFinite(pc) && pc <= 1 ? pc : null;
  const formula = degree.directed ? 'T_c = ⟨k⟩/⟨k_in·k_out⟩' : 'T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩)';
  const reached =
    criticalValue === null
      ? 'No propagation power reaches it on this network.'
      : `The content tips at power ${num(criticalValue)}.`;
  const prediction: TheoryPrediction = {
    kind: 'percolation',
    criticalValue,
    source: degree.directed ? NEWMAN_DIRECTED : NEWMAN,
    note: `Percolation threshold ${formula} = ${num(tc)}. ${reached} ${TREE_LIKE}${finiteSize(input.nodes)}`,
  };
  if (input.generator !== 'erdos-renyi') return prediction;
  const z = degree.meanDegree;
  return {
    ...prediction,
    curve: curveOver(input.values, criticalValue, (power) => erdosRenyiFinalSize(z, T(power))),
    note: `${prediction.note} Curve: S = 1 − exp(−z·T·S) with z = ${num(z)}, the share a global cascade reaches and the chance one seed starts one.`,
  };
}

function phiTheory(input: SweepTheoryInput): TheoryPrediction {
  const { model, degree } = input;
  if (model.model !== 'linear-threshold' || model.threshold.rule !== 'fraction') {
    return none('The threshold φ belongs to the linear threshold model with the fraction rule.');
  }
  const total = degree.histogram.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return none('The degree histogram is empty.');
  const phi = wattsCriticalPhi(degree.histogram.map((c) => c / total));
  const directed = degree.directed
    ? ' The network is directed; the condition, derived for undirected graphs, is an approximation here.'
    : '';
  return {
    kind: 'watts-phi',
    criticalValue: phi > 0 ? phi : null,
    source: WATTS,
    note:
      (phi > 0
        ? `Global cascades are possible for φ ≤ ${num(phi)} and impossible just above: a person with k friends tips on one of them iff φ ≤ 1/k, and enough such people must connect. `
        : 'No threshold φ > 0 allows global cascades on this degree distribution. ') +
      TREE_LIKE +
      directed,
  };
}

function meanDegreeTheory(input: SweepTheoryInput): TheoryPrediction {
  const { model } = input;
  if (input.generator !== 'erdos-renyi')
    return none('Mean-degree theory here is for Erdős–Rényi graphs.');
  if (model.model === 'linear-threshold') {
    if (model.threshold.rule !== 'fraction')
      return none('The cascade window is for the linear threshold model with the fraction rule.');
    const phi = model.threshold.phi;
    const zMax = Math.max(20, 1.5 * Math.max(...input.values));
    const w = wattsCascadeWindow(phi, { zMax });
    if (!w)
      return {
        kind: 'watts-window',
        criticalValue: null,
        source: WATTS,
        note: `At φ = ${num(phi)} no mean degree up to ${num(zMax)} allows global cascades: the window has closed.`,
      };
    return {
      kind: 'watts-window',
      criticalValue: w.zLow,
      window: { low: w.zLow, high: w.zHigh },
      source: WATTS,
      note:
        `At φ = ${num(phi)} global cascades are possible for mean degree between ${num(w.zLow)} and ${num(w.zHigh)}: ` +
        'below, the network falls apart; above, people have too many friends for one of them to tip them.',
    };
  }
  if (model.weighting === 'weighted-cascade')
    return none(
      'With the weighted cascade the chance per edge falls with degree: no single-threshold prediction applies.',
    );
  const t = transmissibility(model, input.meanTieStrength)!(model.power);
  const criticalValue = t > 0 ? 1 / t : null;
  return {
    kind: 'percolation',
    criticalValue,
    curve: curveOver(input.values, criticalValue, (z) => erdosRenyiFinalSize(z, t)),
    source: NEWMAN,
    note: `On Erdős–Rényi graphs T_c = 1/z, so content with transmissibility T = ${num(t)} tips at mean degree z = 1/T${criticalValue ? ` = ${num(criticalValue)}` : ''}. Curve: S = 1 − exp(−z·T·S).${finiteSize(input.nodes)}`,
  };
}

/** The curve on the swept values, a fine grid between them and the critical value (its kink). */
function curveOver(
  values: readonly number[],
  critical: number | null,
  f: (x: number) => number,
): { x: number[]; y: number[] } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const fine = Array.from({ length: 101 }, (_, i) => lo + ((hi - lo) * i) / 100);
  const inside = critical !== null && critical > lo && critical < hi ? [critical] : [];
  const x = [...new Set([...values, ...fine, ...inside])].sort((a, b) => a - b);
  return { x, y: x.map(f) };
}

/** Random-graph transitions are rounded over |T/T_c − 1| ≈ n^(−1/3) (Bollobás 1984; Łuczak 1990). */
function finiteSize(nodes: number): string {
  return nodes > 0
    ? ` On ${num(nodes)} nodes the simulated transition is rounded over about ±${formatPercent(nodes ** (-1 / 3))} of the critical value.`
    : '';
}

function none(note: string): TheoryPrediction {
  return { kind: 'none', criticalValue: null, source: '', note };
}
