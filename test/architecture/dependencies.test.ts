import { readdirSync, readFileSync } from 'node:fs';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

/*
 * docs/architecture.md's dependency rules, checked on src/ by dependency-cruiser with the
 * project's own configuration (.dependency-cruiser.mjs).
 */

const CONFIG = new URL('../../.dependency-cruiser.mjs', import.meta.url);
const FIXTURE = new URL('./fixture/', import.meta.url).pathname;

const options = await extractDepcruiseOptions(CONFIG.pathname);
const ruleComments = new Map(
  (options.ruleSet?.forbidden ?? []).map((rule) => [rule.name, rule.comment ?? '']),
);

async function violationsIn(baseDir?: string): Promise<IViolation[]> {
  const result = await cruise(['src'], { ...options, ...(baseDir ? { baseDir } : {}) });
  if (typeof result.output === 'string') throw new Error('expected a cruise result');
  return result.output.summary.violations;
}

/** "src/a.ts → src/b.ts   (rule: what it says)": a violation as the failure message lists it. */
function describeViolation(v: IViolation): string {
  const path = v.cycle?.length ? v.cycle.map((step) => step.name).join(' → ') : v.to;
  return `${v.from} → ${path}   (${v.rule.name}: ${ruleComments.get(v.rule.name)})`;
}

describe('the code follows docs/architecture.md', async () => {
  const violations = await violationsIn();
  it('breaks no dependency rule', () => {
    const errors = violations.map(describeViolation);
    expect(errors, 'Dependencies that break docs/architecture.md').toEqual([]);
  });
});

describe('the rules catch what they forbid', () => {
  it('reports each kind of violation in a small tree built to break them', async () => {
    const found = (await violationsIn(FIXTURE)).map((v) => [v.rule.name, v.from]);
    expect(found.sort()).toEqual(
      [
        ['app-never-reaches-node', 'src/ui/main.ts'],
        ['cli-uses-lower-layers', 'src/cli/main.ts'],
        ['no-folder-cycles', 'src/scenario/files'],
        ['no-folder-cycles', 'src/scenario/schema'],
        ['pure-core', 'src/theory/index.ts'],
        ['sim-uses-lower-layers', 'src/sim/engine.ts'],
        ['through-public-entry', 'src/ui/app.ts'],
      ].sort(),
    );
  });
});

describe('tree-shaking, which the public entries rely on, keeps what must run', () => {
  it('declares every module imported only for its effect in package.json "sideEffects"', () => {
    const { sideEffects } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      sideEffects: string[];
    };
    const declared = (file: string) =>
      sideEffects.some((pattern) =>
        pattern.startsWith('*') ? file.endsWith(pattern.slice(1)) : pattern === `./${file}`,
      );
    const effectOnly = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(`src/${file}`, 'utf8').matchAll(/^import '(\.[^']+)';$/gm)].map(
          ([, spec]) => new URL(spec, `file:///src/${file}`).pathname.slice(1),
        ),
      );
    expect(effectOnly.length).toBeGreaterThan(0);
    expect(effectOnly.filter((file) => !declared(file))).toEqual([]);
  });
});
