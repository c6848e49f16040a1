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
      '--progress',
    ]);
    let stderr = '';
    const exited = new Promise((r) => child.on('exit', r));
    // Ctrl-C once the runs are under way (their first progress line), however busy the machine.
    await new Promise<void>((running) =>
      child.stderr.on('data', (d) => {
        stderr += d;
        if (stderr.includes('Running [')) running();
      }),
    );
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).toContain('Stopped by Ctrl-C; no results were written.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
