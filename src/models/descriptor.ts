import type { z } from 'zod';
import type { Csr, PreparedModel } from '../sim/index.ts';

/**
 * Everything Ripple knows about one diffusion model, in one place: the scenario schema's branch
 * for `content`, the engine's spec and how it is prepared and spreads, the app's fields, the
 * CLI's options, what theory says, and what a sweep may vary. Plain data and pure functions:
 * the layers above (scenario, analysis, experiment, workers, ui, cli) read it and never name
 * a model themselves. The registry (registry.ts) lists every descriptor; docs/extending.md
 * says how to add one.
 */
export interface ModelDescriptor<
  Schema extends ContentBranch = ContentBranch,
  Spec extends { readonly model: string } = { readonly model: string },
  Prepared extends PreparedModel = PreparedModel,
> {
  /** `content.model` in a scenario file (and the spec's `model`). */
  readonly name: Spec['model'];
  /** `ripple --model NAME`. */
  readonly cliName: string;
  /** The model in a sentence ("applies only to the threshold model"). */
  readonly label: string;
  /** The model as the app offers it, in words a reader knows. */
  readonly appLabel: string;
  /** The `## …` heading of its section in docs/models.md (its equation and source). */
  readonly docsSection: string;
  /** A scenario in scenarios/ that uses it. */
  readonly example: string;
  /**
   * The scenario schema's branch for `content` (zod: types and scenario.schema.json), built
   * with the scenario's kit (see SchemaKit).
   */
  schema(kit: SchemaKit): Schema;
  /** The content the app and the CLI switch to (as written in a file, defaults omitted). */
  readonly defaults: z.input<Schema>;
  /** The engine's view of a validated content: a fresh object, keys in a fixed order. */
  toSpec(content: z.output<Schema>): Spec;
  /** Compiled for one network; `silent` nodes see content but never pass it on. */
  prepare(csr: Csr, spec: Spec, silent: Uint8Array | null): Prepared;
  /** What theory can say about it (src/analysis turns this into predictions). */
  theory(spec: Spec): ModelTheory;
  /** degree-discount seeding's one chance per arc (Chen et al. 2009 define it for one p). */
  discountChance(spec: Spec): number;
  /** Expected people the seeds reach directly; absent where content has no per-arc chance. */
  expectedFirstWave?(csr: Csr, spec: Spec, seeds: Int32Array | null, count: number): number;
  /** The app's settings for it, in the order shown. */
  readonly fields: readonly ModelField<z.output<Schema>>[];
  /** `ripple run/sweep/compare/graph` options that set it. */
  readonly cli: ModelCli;
  /** The numbers of its content a sweep may vary, with a range that brackets typical tipping points. */
  readonly sweepable: readonly SweepableParameter<z.output<Schema>>[];
}

/** A branch of the content schema: an object whose `model` names the model. */
export type ContentBranch = z.ZodObject<{ model: z.ZodLiteral<string> } & z.core.$ZodShape>;

/**
 * What a descriptor builds its schema branch with: zod's builders and the scenario's number
 * fields (src/scenario/fields.ts). Passed in by the scenario layer, so that the registry itself
 * loads no zod: the ensemble workers and `ripple help` read it without paying for zod (about
 * 80 KB in the worker bundle, 0.16 s to import in Node here). Single builders rather than the
 * whole `z` namespace, which would keep all of zod (every locale) in the app's bundle.
 */
export interface SchemaKit {
  readonly strictObject: typeof z.strictObject;
  readonly literal: typeof z.literal;
  readonly enum: typeof z.enum;
  readonly discriminatedUnion: typeof z.discriminatedUnion;
  /** A number in [0, 1]. */
  probability(): z.ZodNumber;
  /** A number in (0, 1]. */
  positiveFraction(): z.ZodNumber;
  /** An integer in [min, max]. */
  wholeNumber(min: number, max: number): z.ZodInt;
}

/**
 * What theory can say about a model's content (docs/models.md), and in which of its numbers
 * (`parameter`, a dotted path: the app's main slider) it puts the tipping point.
 */
export type ModelTheory =
  /**
   * Bond percolation (Newman 2002): content crosses each edge with the transmissibility
   * T = transmissibility(min(1, power × w̄), recovery) of theory/transmissibility.ts, where
   * power is the number at `parameter`.
   */
  | {
      readonly kind: 'percolation';
      readonly parameter: string;
      readonly power: number;
      readonly recovery: number;
    }
  /** Watts (2002): everyone adopts once a share φ (the number at `parameter`) of friends has. */
  | { readonly kind: 'fraction-threshold'; readonly parameter: string; readonly phi: number }
  /** No closed form: why, in words. */
  | { readonly kind: 'none'; readonly reason: string };

/** A setting the app shows: plain data, drawn by src/ui/controls. */
export interface ModelField<Content> {
  /** Where the value is in the scenario, e.g. ['content', 'power']. */
  readonly path: readonly string[];
  readonly label: string;
  readonly help?: string;
  readonly kind: 'slider' | 'number' | 'select';
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** A select's choices; choosing one puts its `content` at `replaces`. */
  readonly choices?: readonly FieldChoice[];
  readonly replaces?: readonly string[];
  /** Shown only for some contents (φ only under the fraction rule); always when absent. */
  readonly shownFor?: (content: Content) => boolean;
  /** The main slider: theory's tipping point and the expected first wave are shown under it. */
  readonly main?: boolean;
}

export interface FieldChoice {
  readonly value: string;
  readonly label: string;
  readonly content: unknown;
}

/** A content number a sweep may vary. */
export interface SweepableParameter<Content> {
  /** Dotted path in the scenario, e.g. 'content.power'. */
  readonly path: string;
  readonly label: string;
  /** The Sweep view's default range. */
  readonly from: number;
  readonly to: number;
  readonly integer?: boolean;
  /** Only for some contents (φ only under the fraction rule); always when absent. */
  readonly appliesTo?: (content: Content) => boolean;
}

/** A command-line option of a model, such as --power P. */
export interface ModelOption {
  /** The option without its dashes. */
  readonly name: string;
  /** The key of the content it sets (power, threshold, …). */
  readonly sets: string;
  /** Its value in `ripple help`, e.g. 'P'. */
  readonly value: string;
  readonly help: string;
  /** The words it accepts; a number when absent. */
  readonly choices?: readonly string[];
  /**
   * What the command fills in when a model is switched to (or a rule chosen) without this
   * option, for `ripple help`: a person must be able to see every number they did not choose.
   */
  readonly fallback: string;
}

/** A content as read from a file, before validation. */
export type RawContent = Record<string, unknown>;

export interface ModelCli {
  /** Its options, in the order `ripple help` lists them. */
  readonly options: readonly ModelOption[];
  /**
   * Puts the options given (numbers already parsed, words checked against their choices) into
   * the content as read from the file, before it is checked, so a bad value gets the message a
   * bad value in the file gets. Throws ModelOptionError for options that do not go together.
   */
  apply(content: RawContent, given: ReadonlyMap<string, number | string>): void;
}

/** A model's command-line options that do not go together (a mistake in the command). */
export class ModelOptionError extends Error {
  override name = 'ModelOptionError';
}
