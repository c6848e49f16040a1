import { superviseCommand } from './supervisor.ts';

/** Asks only for the help text: answered on this thread, since a command thread costs a start. */
function asksForHelp(argv: readonly string[]): boolean {
  return argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
}

const argv = process.argv.slice(2);
if (asksForHelp(argv)) {
  const { main } = await import('./main.ts');
  const { nodeIo } = await import('./node-io.ts');
  // Wait for stdout to drain before exiting, so piped text is never cut short.
  const code = await main(argv, nodeIo());
  process.stdout.write('', () => process.exit(code));
} else {
  superviseCommand(argv);
}
