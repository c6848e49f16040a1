import { formatPercent, formatStat as num } from '../format/index.ts';
import { type ModelSpec, type ModelTheory, modelOf, modelTheory } from '../models/index.ts';
import {
  criticalPower,
  degreeSequenceFinalSize,
  directedPercolationThreshold,
  erdosRenyiFinalSize,
  percolationThreshold,
  transmissibility,
  wattsCascadeWindow,
  wattsCriticalPhi,
} from '../theory/index.ts';
import type { Interval } from './interval.ts';

/** The theory's prediction for a sweep, for charts and the CLI. */
export interface TheoryPrediction {
  kind: 'percolation' | 'watts-window' | 'watts-phi' | 'none';
  /** Where theory puts the onset of global cascades, in the swept parameter's units. */
  criticalValue: number | null;
  /** Watts' cascade window in mean degree: global cascades possible for low < z < high. */
  window?: Interval;
  /** The share a global cascade reaches (on an undirected network, also P(global) for one seed). */
  curve?: { x: number[]; y: number[] };
  source: string;
  note: string;
}

/** What theory needs to know to predict the tipping point in one parameter. */
export interface ParameterTheoryInput {
  parameter: string;
  model: ModelSpec;
  /** Degree statistics of the network (for a directed one, ⟨k⟩ is the mean out-degree). */
  degree: {
    meanDegree: number;
    meanSquareDegree: number;
    directed: boolean;
    meanInOutDegree?: number;
    /** histogram[k] = nodes of (out-)degree k. */
    histogram: readonly number[];
  };
  meanTieStrength: number;
  generator?: string;
  nodes: number;
}

export interface SweepTheoryInput extends ParameterTheoryInput {
  /** The swept values: the curve is drawn over their range. */
  values: readonly number[];
}

type Percolation = Extract<ModelTheory, { kind: 'percolation' }>;

/** A prediction, and the final size as a function of the parameter where theory gives one. */
interface Theory {
  prediction: TheoryPrediction;
  finalSize?: (x: number) => number;
}

const NEWMAN = 'Newman 2002, Spread of epidemic disease on networks, Phys. Rev. E 66:016128';
const NEWMAN_DIRECTED =
  'Newman, Strogatz and Watts 2001, Phys. Rev. E 64:026118 (directed networks)';
const WATTS = 'Watts 2002, A simple model of global cascades on random networks, PNAS 99:5766';
const TREE_LIKE =
  'Assumes a large, locally tree-like random network with these degree moments; clustering and degree correlations move the real threshold.';

/**
 * Which theory applies to a sweep, and what it predicts, from the model's theory hook
 * (src/models): a percolation hook gives the threshold in power, with the final-size curve of
 * the network's own degrees, and in Erdős–Rényi mean degree; a fraction-threshold hook gives
 * Watts' largest φ and his cascade window in mean degree; anything else says why there is none.
 */
export function theoryForSweep(input: SweepTheoryInput): TheoryPrediction {
  const { prediction, finalSize } = theoryFor(input);
  return finalSize
    ? { ...prediction, curve: curveOver(input.values, prediction.criticalValue, finalSize) }
    : prediction;
}

/** The prediction alone (no curve): the app's mark on a slider. */
export function theoryForParameter(input: ParameterTheoryInput): TheoryPrediction {
  return theoryFor({ ...input, values: [] }).prediction;
}

function theoryFor(input: SweepTheoryInput): Theory {
  const theory = modelTheory(input.model);
  const { parameter } = input;
  if (parameter === 'graph.meanDegree') return meanDegreeTheory(input, theory);
  if (!parameter.startsWith('content.'))
    return none(
      `Ripple has no closed-form prediction for a sweep over ${parameter}. Theory covers content.power (independent cascade, SIR), ` +
        'content.threshold.phi (linear threshold, fraction rule) and graph.meanDegree (Erdős–Rényi graphs).',
    );
  switch (theory.kind) {
    case 'none':
      return none(theory.reason);
    case 'percolation':
      if (parameter === theory.parameter) return powerTheory(input, theory);
      break;
    case 'fraction-threshold':
      if (parameter === theory.parameter) return phiTheory(input);
      break;
    default:
      return theory satisfies never;
  }
  return none(
    `For ${modelOf(input.model).label} theory puts the tipping point in ${theory.parameter}, and has no closed form in ${parameter}.`,
  );
}

/**
 * The percolation threshold T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩) (directed: ⟨k⟩/⟨k_in·k_out⟩) turned into a
 * power by criticalPower; on an undirected network also the final size of its own degree
 * sequence, which is 0 up to that same T_c.
 */
function powerTheory(input: ParameterTheoryInput, theory: Percolation): Theory {
  const { degree } = input;
  if (degree.directed && degree.meanInOutDegree === undefined)
    return none('A directed network needs ⟨k_in·k_out⟩ for its percolation threshold.');
  const tc = degree.directed
    ? directedPercolationThreshold({
        meanDegree: degree.meanDegree,
        meanInOutDegree: degree.meanInOutDegree!,
      })
    : percolationThreshold(degree);
  const pc = criticalPower(tc, {
    recovery: theory.recovery,
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
  if (degree.directed)
    return {
      prediction: {
        ...prediction,
        note: `${prediction.note} No final-size curve: on a directed network the share a cascade reaches and the chance one seed starts one differ, and need the joint in/out-degree distribution.`,
      },
    };
  if (!degree.histogram.some((count) => count > 0)) return { prediction };
  const T = (power: number) => edgeTransmissibility(theory, power, input.meanTieStrength);
  return {
    prediction: {
      ...prediction,
      note: `${prediction.note} Curve: the final size S = 1 − G0(1 − T + T·u), u = G1(1 − T + T·u), of this network's degrees: the share a global cascade reaches and ${oneSeedChance(theory)}.`,
    },
    finalSize: (power) => degreeSequenceFinalSize(degree.histogram, T(power)),
  };
}

/** Watts' largest φ at which cascades are possible, from the degree histogram. */
function phiTheory(input: ParameterTheoryInput): Theory {
  const { degree } = input;
  const total = degree.histogram.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return none('The degree histogram is empty.');
  const phi = wattsCriticalPhi(degree.histogram.map((c) => c / total));
  const directed = degree.directed
    ? ' The network is directed; the condition, derived for undirected graphs, is an approximation here.'
    : '';
  return {
    prediction: {
      kind: 'watts-phi',
      criticalValue: phi > 0 ? phi : null,
      source: WATTS,
      note:
        (phi > 0
          ? `Global cascades are possible for φ ≤ ${num(phi)} and impossible just above: a person with k friends tips on one of them iff φ ≤ 1/k, and enough such people must connect. `
          : 'No threshold φ > 0 allows global cascades on this degree distribution. ') +
        TREE_LIKE +
        directed,
    },
  };
}

/**
 * On Erdős–Rényi graphs (Poisson degrees, another network at each value): Watts' cascade
 * window for a fraction threshold, or the mean degree z_c = 1/T at which percolation sets in.
 */
function meanDegreeTheory(input: SweepTheoryInput, theory: ModelTheory): Theory {
  if (input.generator !== 'erdos-renyi')
    return none('Mean-degree theory here is for Erdős–Rényi graphs.');
  switch (theory.kind) {
    case 'none':
      return none(theory.reason);
    case 'fraction-threshold':
      return cascadeWindow(input, theory.phi);
    case 'percolation':
      return percolationInMeanDegree(input, theory);
    default:
      return theory satisfies never;
  }
}

/** Watts' cascade window: the mean degrees at which a fraction threshold φ lets cascades spread. */
function cascadeWindow(input: SweepTheoryInput, phi: number): Theory {
  const zMax = Math.max(20, 1.5 * Math.max(...input.values));
  const w = wattsCascadeWindow(phi, { zMax });
  if (!w)
    return {
      prediction: {
        kind: 'watts-window',
        criticalValue: null,
        source: WATTS,
        note: `At φ = ${num(phi)} no mean degree up to ${num(zMax)} allows global cascades: the window has closed.`,
      },
    };
  return {
    prediction: {
      kind: 'watts-window',
      criticalValue: w.zLow,
      window: { low: w.zLow, high: w.zHigh },
      source: WATTS,
      note:
        `At φ = ${num(phi)} global cascades are possible for mean degree between ${num(w.zLow)} and ${num(w.zHigh)}: ` +
        'below, the network falls apart; above, people have too many friends for one of them to tip them.',
    },
  };
}

/** On Erdős–Rényi graphs T_c = 1/z: the content's T at its power sets the critical mean degree. */
function percolationInMeanDegree(input: SweepTheoryInput, theory: Percolation): Theory {
  const t = edgeTransmissibility(theory, theory.power, input.meanTieStrength);
  const criticalValue = t > 0 ? 1 / t : null;
  return {
    prediction: {
      kind: 'percolation',
      criticalValue,
      source: NEWMAN,
      note: `On Erdős–Rényi graphs T_c = 1/z, so content with transmissibility T = ${num(t)} tips at mean degree z = 1/T${criticalValue ? ` = ${num(criticalValue)}` : ''}. Curve: S = 1 − exp(−z·T·S).${finiteSize(input.nodes)}`,
    },
    finalSize: (z) => erdosRenyiFinalSize(z, t),
  };
}

/** T of one edge at this power: the per-step chance min(1, power × w̄) over the sharing period. */
function edgeTransmissibility(theory: Percolation, power: number, meanTieStrength: number): number {
  return transmissibility(Math.min(1, power * meanTieStrength), theory.recovery);
}

/**
 * One seed starts a global cascade with chance S when every sharer passes on alike (IC); when
 * the sharing period varies (SIR) the chance is lower (Miller 2007, Phys. Rev. E 76:010101).
 */
function oneSeedChance(theory: Percolation): string {
  return theory.recovery === 1
    ? 'the chance one seed starts one'
    : 'at most the chance one seed starts one (sharing periods vary)';
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

function none(note: string): Theory {
  return { prediction: { kind: 'none', criticalValue: null, source: '', note } };
}
