import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIo } from './fake-io.ts';

/** The scenarios that teach the tipping-point lab's results, and the command each is made for. */
const TEACHING = [
  ['power-sweep-er.json', 'sweep'],
  ['single-vs-multi-point.json', 'compare'],
  ['opinion-leader-vs-small-accounts.json', 'compare'],
  ['watts-cascade-window.json', 'sweep'],
  ['clustered-vs-random-complex.json', 'sweep'],
  ['spread-vs-packed-communities.json', 'compare'],
] as const;

describe('teaching scenarios', () => {
  it.each(TEACHING)(
    '%s validates, asks its question, and runs with ripple %s',
    async (file, command) => {
      const path = `scenarios/${file}`;
      const raw = JSON.parse(readFileSync(path, 'utf8'));
      expect(raw.description).toMatch(/Question:[\s\S]*What to look for:/);
      expect(raw.description).toContain(`ripple ${command} scenarios/${file}`);
      expect(raw).toHaveProperty(command);
      expect(await main(['validate', path], fakeIo().io)).toBe(0);
      const { io, out } = fakeIo();
      const code = await main([command, path, '--runs', '4'], io);
      expect(out.stderr).not.toContain('ripple:');
      expect(code).toBe(0);
      const report = JSON.parse(out.stdout);
      expect(report).toHaveProperty(command === 'sweep' ? 'criticalValueEstimate' : 'verdict');
    },
  );
});
