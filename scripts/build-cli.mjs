// Compiles the `ripple` command into build/cli/ so it starts without transpiling TypeScript:
// src/cli/ripple.ts and the worker thread's entry, bundled with their dependencies by esbuild.
// Runs on npm install and npm ci (the prepare script) and before the tests (scripts/test.sh).
// Plain JavaScript, so it needs nothing but esbuild. Usage: node scripts/build-cli.mjs [OUTDIR]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'build', 'cli'));

const manifest = join(outdir, 'manifest.json');
removePreviousBuild();
const { metafile } = await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    ripple: 'src/cli/ripple.ts',
    // Same name as the tsx bootstrap beside src/workers/node-pool.ts, and in the same folder as
    // the chunk holding the pool (chunks are not put in a subfolder), so the pool's relative
    // worker URL finds the bootstrap when run from the sources and this bundle when compiled.
    'node-ensemble-worker': 'src/workers/node-ensemble-worker.ts',
    // The thread each command runs on (src/cli/supervisor.ts starts it by this name, beside it).
    'command-thread': 'src/cli/command-thread.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  bundle: true,
  // Commands are imported lazily (src/cli/main.ts); splitting puts each in its own chunk, so
  // `ripple help` loads none of them.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // `node --enable-source-maps build/cli/ripple.mjs …` then reports TypeScript lines.
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// Paths in the metafile are relative to absWorkingDir. bin/ripple.mjs compares the sources'
// times with the bundle's to notice a stale build.
const sources = Object.keys(metafile.inputs)
  .filter((path) => !path.includes('node_modules/'))
  .sort();
const outputs = Object.keys(metafile.outputs)
  .map((path) => relative(outdir, resolve(root, path)))
  .sort();
writeFileSync(manifest, `${JSON.stringify({ sources, outputs })}\n`);

/** Chunk names change with their contents, so files of the last build would pile up. */
function removePreviousBuild() {
  let previous;
  try {
    previous = JSON.parse(readFileSync(manifest, 'utf8')).outputs;
  } catch {
    return;
  }
  for (const file of previous) rmSync(join(outdir, file), { force: true });
}
