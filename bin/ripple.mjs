#!/usr/bin/env node
// The `ripple` command: TypeScript sources run through tsx, so it works right after npm install.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/ripple.ts');
