import { parseScenario } from '../../scenario/index.ts';
import { type CliIo, UserError } from '../cli-io.ts';
import { formatProblems } from '../load-scenario.ts';

/** `ripple validate FILE…`: checks scenario files; exit code 1 if any has a problem. */
export async function validateCommand(io: CliIo, positionals: string[]): Promise<void> {
  if (positionals.length === 0)
    throw new UserError('Name at least one scenario file to check: ripple validate FILE…');
  let bad = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch {
      io.stderr(`${file}: cannot be read.\n`);
      bad++;
      continue;
    }
    const result = parseScenario(text);
    if (result.ok) io.stdout(`${file}: valid ("${result.scenario.name}")\n`);
    else {
      io.stdout(`${formatProblems(file, result.problems)}\n`);
      bad++;
    }
  }
  if (bad > 0) throw new UserError(`${bad} of ${positionals.length} files have problems.`, 1);
}
