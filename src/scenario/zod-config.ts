import * as z from 'zod';

// No code generation: zod probes `new Function` when a schema is built, which the app's
// Content-Security-Policy (rightly) forbids and reports. Scenario files are small, so the
// interpreted path costs nothing. Import this module before anything that builds a schema.
z.config({ jitless: true });
