import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help.ts';

/*
 * bin/ripple.mjs runs the bundle scripts/build-cli.mjs compiles, or the sources through tsx when
 * the bundle is missing or stale. Each case gets a checkout of its own in a temporary folder
 * (bin copied; src and node_modules linked), so building and aging bundles there leaves the
 * repository's build/cli to the other tests.
 */
const REPO = process.cwd();
const SCENARIO = join(REPO, 'scenarios', 'tipping-point-er.json');
const RUN = ['run', SCENARIO, '--runs', '40'];
const made: string[] = [];

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function checkout(withBundle: boolean): string {
  const dir = temporaryFolder('ripple-checkout-');
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(REPO, 'bin', 'ripple.mjs'), join(dir, 'bin', 'ripple.mjs'));
  symlinkSync(join(REPO, 'src'), join(dir, 'src'));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  if (withBundle) cpSync(bundle, join(dir, 'build', 'cli'), { recursive: true });
  return dir;
}

function ripple(script: string, args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

let bundle = '';
let fromSources: ReturnType<typeof ripple>;

beforeAll(() => {
  bundle = join(temporaryFolder('ripple-bundle-'), 'cli');
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', bundle], {
    encoding: 'utf8',
  });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
  fromSources = ripple(join(checkout(false), 'bin', 'ripple.mjs'), RUN);
});

// Links inside are removed, not followed.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the compiled ripple command', () => {
  it('runs from the bundle when it is up to date, with the output of the sources', () => {
    const bin = join(checkout(true), 'bin', 'ripple.mjs');
    const help = ripple(bin, ['help']);
    expect(help).toEqual({ status: 0, stdout: HELP, stderr: '' });
    expect(ripple(bin, RUN)).toEqual({ ...fromSources, stderr: '' });
  });

  it('falls back to the sources with a one-line note when the bundle is missing', () => {
    expect(fromSources.status).toBe(0);
    expect(fromSources.stderr).toMatch(/^ripple: the compiled command is missing; [^\n]+\n$/);
    expect(JSON.parse(fromSources.stdout).runs).toBe(40);
  });

  it('falls back to the sources when a source is newer than the bundle', () => {
    const dir = checkout(true);
    utimesSync(join(dir, 'build', 'cli', 'ripple.mjs'), new Date(0), new Date(0));
    const stale = ripple(join(dir, 'bin', 'ripple.mjs'), RUN);
    expect(stale.stderr).toMatch(/^ripple: the compiled command is older than src\/\S+\.ts; /);
    expect(stale.stdout).toBe(fromSources.stdout);
  });

  it('needs nothing beside its own folder, worker threads included', () => {
    const alone = temporaryFolder('ripple-alone-');
    cpSync(bundle, alone, { recursive: true });
    const pooled = ripple(join(alone, 'ripple.mjs'), [...RUN, '--workers', '2']);
    expect(pooled).toEqual({ ...fromSources, stderr: '' });
  });
});
