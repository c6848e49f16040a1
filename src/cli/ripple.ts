import { main } from './main.ts';
import { nodeIo } from './node-io.ts';

// Wait for stdout to drain before exiting, so piped JSON is never cut short.
const code = await main(process.argv.slice(2), nodeIo());
process.stdout.write('', () => process.exit(code));
