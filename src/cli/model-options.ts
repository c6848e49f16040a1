import {
  MODELS,
  type Model,
  type ModelOption,
  ModelOptionError,
  modelByCliName,
  modelNamed,
  type RawContent,
} from '../models/index.ts';
import { numberOption, type ParsedOptions } from './args.ts';
import { UserError } from './cli-io.ts';

/** Every model's command-line options (src/models), once each, in registry order. */
export const MODEL_OPTIONS: readonly ModelOption[] = [
  ...new Map(
    MODELS.flatMap((model) => model.cli.options).map((option) => [option.name, option]),
  ).values(),
];

/** "a, b or c". */
function either(words: readonly string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function modelsWith(option: ModelOption): Model[] {
  return MODELS.filter((model) => model.cli.options.some((o) => o.name === option.name));
}

/**
 * `--model NAME` (a CLI name such as ic, or a scenario's model name): the model's defaults,
 * keeping the file's numbers the two models share (power from IC to SIR). `filled` names the
 * keys the defaults filled in, so the command can say so.
 */
export function switchModel(
  content: RawContent,
  name: string,
): { content: RawContent; filled: string[] } {
  const model = modelByCliName(name) ?? modelNamed(name);
  if (!model)
    throw new UserError(`--model must be ${either(MODELS.map((m) => m.cliName))} (got "${name}").`);
  if (model.name === content.model) return { content, filled: [] };
  const next: RawContent = structuredClone(model.defaults);
  const filled: string[] = [];
  for (const key of Object.keys(next)) {
    if (typeof next[key] === 'number' && typeof content[key] === 'number') next[key] = content[key];
    else if (key !== 'model') filled.push(key);
  }
  return { content: next, filled };
}

/**
 * The model options given (--power, --recovery, --threshold-rule, …), put into the content by
 * its model's descriptor; returns the content keys they set. An option of another model is a
 * mistake in the command.
 */
export function applyModelOptions(content: RawContent, options: ParsedOptions): Set<string> {
  const given = new Map<string, number | string>();
  for (const option of MODEL_OPTIONS) {
    const value = optionValue(option, options);
    if (value !== undefined) given.set(option.name, value);
  }
  const model = modelNamed(String(content.model));
  // An unknown model is the file's mistake: validation names it.
  if (given.size === 0 || !model) return new Set();
  for (const option of MODEL_OPTIONS) {
    if (!given.has(option.name) || model.cli.options.some((o) => o.name === option.name)) continue;
    const owners = modelsWith(option);
    throw new UserError(
      `--${option.name} applies only to ${either(owners.map((m) => m.label))}: add --model ${either(owners.map((m) => m.cliName))}.`,
    );
  }
  try {
    model.cli.apply(content, given);
  } catch (error) {
    if (error instanceof ModelOptionError) throw new UserError(error.message);
    throw error;
  }
  return new Set(model.cli.options.filter((o) => given.has(o.name)).map((o) => o.sets));
}

/** What --model filled in that no option set: said on stderr and in the report, never silently. */
export function filledInNote(
  content: RawContent,
  filled: readonly string[],
  set: ReadonlySet<string>,
): string | null {
  const model = modelNamed(String(content.model));
  const unset = filled.filter((key) => !set.has(key));
  if (!model || unset.length === 0) return null;
  const values = unset.map((key) => `${key} ${JSON.stringify(content[key])}`).join(', ');
  const options = model.cli.options.filter((o) => unset.includes(o.sets)).map((o) => `--${o.name}`);
  const how =
    options.length > 0
      ? `; set ${unset.length === 1 ? 'it' : 'them'} with ${either([...new Set(options)])}`
      : '';
  return `--model ${model.cliName} filled in the model's default ${values}${how}.`;
}

function optionValue(option: ModelOption, options: ParsedOptions): number | string | undefined {
  if (!option.choices) return numberOption(options, option.name);
  const raw = options[option.name];
  if (typeof raw !== 'string') return undefined;
  if (!option.choices.includes(raw))
    throw new UserError(`--${option.name} must be ${either(option.choices)} (got "${raw}").`);
  return raw;
}

/**
 * The model lines of `ripple help`, aligned with the other options: each option with the
 * value the command fills in when it is not given (so no number is set silently).
 */
export function modelHelp(column: number): string {
  const line = (left: string, text: string) => `  ${left.padEnd(column - 1)} ${text}`;
  const more = (text: string) => `  ${''.padEnd(column - 1)} ${text}`;
  return [
    line(
      `--model ${MODELS.map((m) => m.cliName).join('|')}`,
      `${either(MODELS.map((m) => m.label))};`,
    ),
    more("switching starts from the model's defaults below, keeping the file's power"),
    ...MODEL_OPTIONS.flatMap((option) => [
      line(
        `--${option.name} ${option.value}`,
        `${option.help} (${modelsWith(option)
          .map((m) => m.cliName)
          .join(', ')})`,
      ),
      more(`default: ${option.fallback}`),
    ]),
  ].join('\n');
}
