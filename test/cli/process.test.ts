import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'ripple.mjs');

describe('the ripple command as a real process', () => {
  it('runs through npx right after install', () => {
    const result = spawnSync('npx', ['ripple', 'validate', 'scenarios/multi-point-start.json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid');
  });

  it('stops cleanly on Ctrl-C: exit 130, a message, and no half-written file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ripple-'));
    const child = spawn(process.execPath, [
      BIN,
      'run',
      'scenarios/tipping-point-er.json',
      '--runs',
      '100000',
      '--out',
      join(dir, 'out.json'),
    ]);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(130);
    expect(stderr).toContain('Stopped by Ctrl-C; no results were written.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
