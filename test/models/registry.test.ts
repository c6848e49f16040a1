import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.ts';
import { HELP } from '../../src/cli/help.ts';
import { prepareExperiment } from '../../src/experiment/experiment.ts';
import { MODELS, type Model, modelByCliName, modelNamed } from '../../src/models/index.ts';
import { schemaKit } from '../../src/scenario/content-schema.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { getAt } from '../../src/ui/controls/scenario-path.ts';
import { runLocally } from '../../src/workers/local-executor.ts';

/*
 * Walks the registry: every model must be documented, reachable from the command line and the
 * app, described by the JSON Schema, and shown by an example that runs. A model added to
 * src/models/registry.ts without one of these fails here, by name.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const MODELS_DOC = read('docs/models.md');
const CLI_DOC = read('docs/cli.md');
const SCHEMA = JSON.parse(read('scenarios/scenario.schema.json'));
const byName = MODELS.map((model) => [model.name, model] as const);

/** The contents a model's fields can show: its defaults and each of its choices applied. */
function contentsOf(model: Model): Record<string, unknown>[] {
  const base = structuredClone(model.defaults) as Record<string, unknown>;
  const variants = model.fields.flatMap((field) =>
    (field.choices ?? []).map((choice) => {
      const content = structuredClone(base);
      let node: Record<string, unknown> = { content };
      const parent = field.replaces!;
      for (const key of parent.slice(0, -1)) node = node[key] as Record<string, unknown>;
      node[parent[parent.length - 1]] = structuredClone(choice.content);
      return content;
    }),
  );
  const schema = model.schema(schemaKit);
  return [base, ...variants].map((content) => schema.parse(content));
}

describe('the model registry', () => {
  it('names each model once, in the schema, on the command line and in the app', () => {
    const names = MODELS.map((m) => m.name);
    const cliNames = MODELS.map((m) => m.cliName);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(cliNames).size).toBe(cliNames.length);
    for (const model of MODELS) {
      expect(modelNamed(model.name)).toBe(model);
      expect(modelByCliName(model.cliName)).toBe(model);
    }
  });

  describe.each(byName)('%s', (_, model) => {
    it('has its section in docs/models.md', () => {
      expect(MODELS_DOC.split('\n')).toContain(`## ${model.docsSection}`);
    });

    it('has a JSON Schema branch in scenarios/scenario.schema.json', () => {
      const branches = SCHEMA.properties.content.oneOf as { properties: { model: unknown } }[];
      const branch = branches.find(
        (b) => (b.properties.model as { const?: string }).const === model.name,
      );
      expect(branch).toBeDefined();
    });

    it('has a CLI name and options that `ripple help`, docs/cli.md and the parser know', () => {
      expect(HELP).toMatch(new RegExp(`--model [a-z|]*\\b${model.cliName}\\b`));
      expect(CLI_DOC).toMatch(new RegExp(`--model [a-z\\\\|]*\\b${model.cliName}\\b`));
      for (const option of model.cli.options) {
        expect(HELP).toContain(`--${option.name} ${option.value}`);
        expect(CLI_DOC).toContain(`--${option.name} ${option.value}`);
        const { options } = parseCommandLine(['run', `--${option.name}`, 'x']);
        expect(options[option.name]).toBe('x');
      }
    });

    it('has app fields whose paths exist in the contents they are shown for, and a main slider', () => {
      expect(model.fields.length).toBeGreaterThan(0);
      const contents = contentsOf(model);
      for (const field of model.fields) {
        const shownIn = contents.filter((c) => field.shownFor?.(c as never) ?? true);
        expect(shownIn.length, field.label).toBeGreaterThan(0);
        for (const content of shownIn)
          expect(getAt({ content }, field.path), field.label).toBeDefined();
      }
      const defaults = contents[0];
      expect(
        model.fields.filter((f) => f.main && (f.shownFor?.(defaults as never) ?? true)),
      ).toHaveLength(1);
    });

    it('has sweepable parameters that are numbers of its content', () => {
      const contents = contentsOf(model);
      for (const parameter of model.sweepable) {
        expect(parameter.path.startsWith('content.')).toBe(true);
        expect(parameter.from).toBeLessThan(parameter.to);
        const where = contents.filter((c) => parameter.appliesTo?.(c as never) ?? true);
        expect(where.length, parameter.path).toBeGreaterThan(0);
        for (const content of where)
          expect(typeof getAt({ content }, parameter.path.split('.'))).toBe('number');
      }
    });

    it('turns every content it shows into a spec the engine prepares and theory reads', () => {
      const csr = buildCsr({
        n: 4,
        directed: false,
        src: Int32Array.of(0, 1, 2),
        dst: Int32Array.of(1, 2, 3),
        weight: null,
      });
      for (const content of contentsOf(model)) {
        const spec = model.toSpec(content as never);
        expect(spec.model).toBe(model.name);
        expect(typeof model.prepare(csr, spec, null).spread).toBe('function');
        const theory = model.theory(spec);
        // Theory's tipping point is in the number the app's main slider sets.
        if (theory.kind !== 'none') {
          const main = model.fields.find((f) => f.main && (f.shownFor?.(content as never) ?? true));
          expect(main?.path.join('.')).toBe(theory.parameter);
        }
        expect(model.discountChance(spec)).toBeGreaterThanOrEqual(0);
      }
    });

    it(`has an example in scenarios/ that validates and runs`, async () => {
      const parsed = parseScenario(read(`scenarios/${model.example}`));
      if (!parsed.ok) expect.fail(JSON.stringify(parsed.problems));
      expect(parsed.scenario.content.model).toBe(model.name);
      const scenario = { ...parsed.scenario, run: { ...parsed.scenario.run, runs: 3 } };
      const experiment = prepareExperiment(scenario);
      const records = await runLocally(experiment.csr, experiment.task);
      expect(records.map((r) => r.run)).toEqual([0, 1, 2]);
      expect(records.every((r) => r.reach >= 1)).toBe(true);
    });
  });
});
