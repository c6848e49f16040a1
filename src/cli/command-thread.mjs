// Plain-JS bootstrap: Node cannot start a TypeScript worker by itself, so register tsx here.
import { register } from 'tsx/esm/api';

register();
await import('./command-thread.ts');
