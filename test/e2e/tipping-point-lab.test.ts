import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  download,
  openApp,
  type Site,
  shot,
  startSite,
  text,
  typeNumber,
  unexpectedCsp,
} from './harness.ts';

/** The Sweep and Compare views: the experiment the lab exists for, driven as a person would. */
describe('the tipping-point lab', { timeout: 180_000 }, () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('lab');
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  it('sweeps the propagation power, draws points as they arrive, and marks the tipping point near theory', async () => {
    const app = await openApp(site);
    const { page } = app;
    await page.getByTestId('tab-sweep').click();
    expect(await page.getByTestId('tab-sweep').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('sweep-parameter').inputValue()).toBe('content.power');
    await page.getByTestId('sweep-from').fill('0.1');
    await page.getByTestId('sweep-to').fill('0.5');
    await page.getByTestId('sweep-steps').fill('9');
    await page.getByTestId('sweep-runs').fill('150');
    await page.getByTestId('run-sweep').click();
    // Partial results: the chart shows some points before the sweep is done.
    await expect.poll(() => page.getByTestId('sweep-progress').isVisible()).toBe(true);
    await shot(page, '13-sweep-running');
    await page.getByTestId('cancel-sweep').waitFor({ state: 'hidden', timeout: 150_000 });
    const explanation = (await page.getByTestId('sweep-caption').textContent()) ?? '';
    await shot(page, '13-sweep-done');
    // The ER example has z = 4, so theory puts the tipping point at 1/z = 0.25: the measured onset,
    // on this 10,000-node graph with 150 runs per value, lands within one grid step (0.05).
    const onset = Number(
      /onset (?:≈ |at |)(0\.\d+)/.exec(explanation)?.[1] ?? /about (0\.\d+)/.exec(explanation)?.[1],
    );
    expect(onset).toBeGreaterThan(0.2);
    expect(onset).toBeLessThan(0.3);
    const csv = await download(page, () => page.getByTestId('sweep-export-csv').click());
    expect(csv.bytes.toString('utf8').trim().split('\n')).toHaveLength(10);
    const png = await download(page, () => page.getByTestId('sweep-export-png').click());
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await unexpectedCsp(app)).toEqual([]);
    await app.context.close();
  });

  it('draws a two-parameter sweep as a heat map of P(global)', async () => {
    const app = await openApp(site);
    const { page } = app;
    await page.getByTestId('tab-sweep').click();
    await page.getByTestId('sweep-from').fill('0.1');
    await page.getByTestId('sweep-to').fill('0.5');
    await page.getByTestId('sweep-steps').fill('5');
    await page.getByTestId('sweep-runs').fill('40');
    await page.getByTestId('sweep-parameter-2').selectOption('seeding.count');
    await page.getByTestId('sweep-from-2').fill('1');
    await page.getByTestId('sweep-to-2').fill('4');
    await page.getByTestId('sweep-steps-2').fill('4');
    await page.getByTestId('run-sweep').click();
    await page.getByTestId('cancel-sweep').waitFor({ state: 'hidden', timeout: 150_000 });
    await shot(page, '13-sweep-heatmap');
    // 5 powers × 4 seed counts, every cell computed (none left hatched as "not yet").
    const titles = await page.locator('#view-sweep svg rect > title').allTextContents();
    expect(titles.filter((t) => /P\(global\) \d/.test(t))).toHaveLength(20);
    await app.context.close();
  });

  it('compares seeding strategies at the same budget and gives a verdict with intervals', async () => {
    const app = await openApp(site);
    const { page } = app;
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-runs').fill('200');
    await page.getByTestId('run-compare').click();
    await page.getByTestId('cancel-compare').waitFor({ state: 'hidden', timeout: 150_000 });
    const verdict = (await page.getByTestId('compare-verdict').textContent()) ?? '';
    await shot(page, '14-compare-done');
    expect(verdict).toMatch(/reached the most/);
    expect(verdict).toMatch(/95% CI/);
    const csv = await download(page, () => page.getByTestId('compare-export-csv').click());
    // A header and one row per strategy ticked by default (3).
    expect(csv.bytes.toString('utf8').trim().split('\n')).toHaveLength(4);
    await app.context.close();
  });

  it('finishes an ensemble of 20,000 runs and a sweep started beside it, both', async () => {
    const app = await openApp(site);
    const { page } = app;
    await typeNumber(page, 'Runs in an ensemble', 20000);
    await expect
      .poll(() => page.getByLabel('Runs in an ensemble', { exact: true }).inputValue())
      .toBe('20000');
    await page.getByTestId('run-ensemble').click();
    const ensembleProgress = page.getByTestId('ensemble-progress');
    await expect
      .poll(() => ensembleProgress.evaluate((p) => (p as HTMLProgressElement).value), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await page.getByTestId('tab-sweep').click();
    await page.getByTestId('sweep-from').fill('0.1');
    await page.getByTestId('sweep-to').fill('0.5');
    await page.getByTestId('sweep-steps').fill('5');
    await page.getByTestId('sweep-runs').fill('40');
    await page.getByTestId('run-sweep').click();
    // Both under way: the sweep started while the ensemble still had runs to do.
    await page.getByTestId('cancel-sweep').waitFor({ state: 'visible' });
    expect(await page.getByTestId('run-ensemble').isDisabled()).toBe(true);
    expect(await ensembleProgress.evaluate((p) => (p as HTMLProgressElement).value)).toBeLessThan(
      20000,
    );
    await shot(page, '13-sweep-beside-ensemble');
    await page.getByTestId('cancel-sweep').waitFor({ state: 'hidden', timeout: 150_000 });
    expect(await text(page, 'sweep-caption')).not.toBe('');
    const dots = await page.locator('#view-sweep svg circle > title').count();
    expect(dots).toBeGreaterThanOrEqual(5);
    // The ensemble ends too: its button comes back and its result is shown.
    await page.getByTestId('cancel').waitFor({ state: 'hidden', timeout: 150_000 });
    expect(await text(page, 'status')).toBe('20000 runs done.');
    expect(await page.getByTestId('run-ensemble').isEnabled()).toBe(true);
    expect(await text(page, 'headline-value')).toMatch(/over 20000 runs\)$/);
    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
