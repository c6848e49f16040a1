#!/usr/bin/env node
// The `ripple` command. It runs the compiled bundle in build/cli/ (made by npm install through
// scripts/build-cli.mjs); when the bundle is missing or older than a source it was built from, it
// says so in one line and runs the TypeScript sources through tsx instead (same output, slower
// start), so an edited checkout never runs stale code.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('build/cli/ripple.mjs', root);

/** Why the bundle cannot be used, or null when it is up to date. */
function bundleProblem() {
  let builtAt;
  let sources;
  try {
    builtAt = statSync(bundle).mtimeMs;
    sources = JSON.parse(readFileSync(new URL('build/cli/manifest.json', root), 'utf8')).sources;
  } catch {
    return 'the compiled command is missing';
  }
  for (const source of sources) {
    const changedAt = statSync(new URL(source, root), { throwIfNoEntry: false })?.mtimeMs;
    if (changedAt === undefined || changedAt > builtAt)
      return `the compiled command is older than ${source}`;
  }
  return null;
}

const problem = bundleProblem();
if (problem === null) await import(bundle.href);
else {
  process.stderr.write(
    `ripple: ${problem}; running the sources through tsx (npm run build:cli compiles it).\n`,
  );
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/ripple.ts');
}
