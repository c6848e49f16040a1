import { superviseCommand } from './supervisor.ts';

superviseCommand(process.argv.slice(2));
