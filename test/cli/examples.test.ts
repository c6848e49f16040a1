import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

const examples = readdirSync('scenarios').filter(
  (f) => f.endsWith('.json') && f !== 'scenario.schema.json',
);

describe('every example scenario', () => {
  it('there are at least three', () => expect(examples.length).toBeGreaterThanOrEqual(3));

  it.each(examples)('%s runs through the CLI', async (file) => {
    const { io, out } = fakeIo();
    const code = await main(['run', `scenarios/${file}`, '--runs', '8'], io);
    expect(out.stderr).not.toContain('ripple:');
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.finalSizes).toHaveLength(8);
    for (const size of report.finalSizes) expect(size).toBeGreaterThanOrEqual(1);
  });
});
