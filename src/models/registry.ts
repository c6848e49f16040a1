import type { z } from 'zod';
import type { Csr, SeedingModel } from '../sim/index.ts';
import { EnsembleRunner, type EnsembleTask } from '../sim/index.ts';
import type {
  ContentBranch,
  ModelDescriptor,
  ModelField,
  ModelTheory,
  SchemaKit,
  SweepableParameter,
} from './descriptor.ts';
import { independentCascade } from './independent-cascade.ts';
import { linearThreshold } from './linear-threshold.ts';
import { sir } from './sir.ts';

/** Every model Ripple runs, in the order the schema, `ripple help` and the app list them. */
const DESCRIPTORS = [independentCascade, linearThreshold, sir] as const;

type Registered = (typeof DESCRIPTORS)[number];

/** The engine's view of any registered model's content. */
export type ModelSpec = ReturnType<Registered['toSpec']>;
export type ModelName = ModelSpec['model'];
/** A validated scenario `content`, of any registered model. */
export type ModelContent = z.output<ReturnType<Registered['schema']>>;
/** What prepareModel returns: every registered model's compiled form. */
export type RegisteredPreparedModel = ReturnType<Registered['prepare']>;
/** An ensemble task whose model is a registered one. */
export type ModelTask = EnsembleTask<ModelSpec>;
/** A descriptor seen through the registry: its content and spec typed as any model's. */
export type Model = ModelDescriptor<ContentBranch, ModelSpec, RegisteredPreparedModel>;

/**
 * Every model, seen through the registry. Safe because each descriptor's functions take its own
 * content and spec, the ones whose `model` names it (modelOf finds it by that name).
 */
export const MODELS = DESCRIPTORS as unknown as readonly Model[];

/** The schema branches of `content`, one per model, for the scenario schema's union. */
export function contentBranches(kit: SchemaKit) {
  return DESCRIPTORS.map((model) => model.schema(kit)) as unknown as SchemasOf<typeof DESCRIPTORS>;
}

/** A tuple of descriptors' schemas, element by element (a mapped type keeps the tuple). */
type SchemasOf<T extends readonly unknown[]> = {
  readonly [K in keyof T]: T[K] extends { schema(kit: SchemaKit): infer S } ? S : never;
};

/** The descriptor of a spec's or content's model. */
export function modelOf(subject: { readonly model: ModelName }): Model {
  const model = modelNamed(subject.model);
  if (!model) throw new RangeError(`Unknown model ${JSON.stringify(subject.model)}.`);
  return model;
}

/** The descriptor named `name` in a scenario file, if any. */
export function modelNamed(name: string): Model | undefined {
  return MODELS.find((model) => model.name === name);
}

/** The descriptor `ripple --model NAME` names, if any. */
export function modelByCliName(cliName: string): Model | undefined {
  return MODELS.find((model) => model.cliName === cliName);
}

/** The app's settings for a content, in order: its model's fields that are shown for it. */
export function fieldsFor(content: ModelContent): ModelField<ModelContent>[] {
  return modelOf(content).fields.filter((field) => field.shownFor?.(content) ?? true);
}

/** The content numbers a sweep may vary for this content. */
export function sweepableFor(content: ModelContent): SweepableParameter<ModelContent>[] {
  return modelOf(content).sweepable.filter((parameter) => parameter.appliesTo?.(content) ?? true);
}

/** The engine's view of a scenario's content (fresh objects: the engine never shares the file's). */
export function toModelSpec(content: ModelContent): ModelSpec {
  return modelOf(content).toSpec(content);
}

export interface PrepareOptions {
  /** Nodes that may see content but never pass it on (fake followers). */
  readonly silent?: Uint8Array | null;
}

/** A model compiled against one network: the engine's part of it. */
export function prepareModel(
  csr: Csr,
  spec: ModelSpec,
  options: PrepareOptions = {},
): RegisteredPreparedModel {
  return modelOf(spec).prepare(csr, spec, options.silent ?? null);
}

/** Runs of an ensemble task, its model prepared for `csr`. */
export function runnerFor(csr: Csr, task: ModelTask): EnsembleRunner {
  return new EnsembleRunner(csr, task, prepareModel(csr, task.model, { silent: task.silent }));
}

/** What theory can say about a content (src/analysis turns it into predictions). */
export function modelTheory(spec: ModelSpec): ModelTheory {
  return modelOf(spec).theory(spec);
}

/** What degree-discount and greedy-celf seeding need of the content. */
export function seedingModel(spec: ModelSpec): SeedingModel {
  return {
    discountChance: discountChance(spec),
    prepare: (csr, silent) => prepareModel(csr, spec, { silent }),
  };
}

/** degree-discount's one chance per arc for this content. */
export function discountChance(spec: ModelSpec): number {
  return modelOf(spec).discountChance(spec);
}

/** Expected people the seeds reach directly, or null where the model has no per-arc chance. */
export function expectedFirstWave(
  csr: Csr,
  spec: ModelSpec,
  seeds: Int32Array | null,
  count: number,
): number | null {
  return modelOf(spec).expectedFirstWave?.(csr, spec, seeds, count) ?? null;
}
