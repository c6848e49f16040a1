// First, before any schema is built (module imports run in order).
import '../scenario/zod-config.ts';
import { startApp } from './app.ts';

void startApp();
