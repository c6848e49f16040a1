import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Site, shot, startSite, text, typeNumber } from './harness.ts';

const CANCELLED = 'Cancelled before it was built: the set-up is as it was.';

/**
 * Long work in the build worker (a network of 2,000,000 people, greedy seeding on 5,000) is
 * stopped by Cancel at once, whatever phase it is in: the worker is ended and replaced, the
 * set-up stays as it was, and the app is idle and works again.
 */
describe('cancelling a long build in the app', { timeout: 180_000 }, () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('cancel-build');
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  it('stops greedy seeding past its budget, and then a 2,000,000-person network, each within a second or so', async () => {
    const app = await openApp(site);
    const { page } = app;
    const row = page.getByTestId('build-row');
    const words = page.getByTestId('build-words');
    const cancel = async (): Promise<number> => {
      const clicked = Date.now();
      await page.getByTestId('cancel-build').click();
      await expect.poll(() => text(page, 'status')).toBe(CANCELLED);
      await row.waitFor({ state: 'hidden' });
      return Date.now() - clicked;
    };

    // 5,000 people well above the tipping point: greedy seeding would take many minutes.
    await typeNumber(page, 'People (nodes)', 5000);
    await expect
      .poll(() => text(page, 'graph-facts'), { timeout: 60_000 })
      .toMatch(/^5,000 people/);
    await typeNumber(page, 'Propagation power', '0.45');
    await expect
      .poll(() => page.getByLabel('Propagation power (slider)').inputValue())
      .toBe('0.45');
    await expect.poll(() => text(page, 'status')).not.toBe('Building the network…');
    await page.getByLabel('Seed', { exact: true }).selectOption('greedy-celf');
    // Its cost is stated up front, with the budget it is past, and progress follows.
    await expect
      .poll(() => words.textContent(), { timeout: 60_000 })
      .toMatch(
        /^Greedy seeding \(1 seed among 5,000 candidates\) will score about [\d,]+ seed sets on 200 runs each: about \d+ (s|min) of work.*That is past the 60 s budget: Cancel stops it/,
      );
    await expect.poll(() => words.textContent()).toMatch(/[1-9][\d,]* scored so far\.$/);
    expect(await text(page, 'status')).toBe('Building the network…');
    await shot(page, '20-greedy-seeding-past-budget');
    const greedyMs = await cancel();
    expect(await page.locator('.field-error').allTextContents()).toContain(
      `Not applied: ${CANCELLED}`,
    );

    // The app is idle and works: a run on the set-up as it was (random seeds).
    await page.getByTestId('run-once').click();
    await expect.poll(() => text(page, 'status')).toMatch(/^Run 1: reached/);

    // A network far larger than the one open: cancelled while it is being built.
    await typeNumber(page, 'People (nodes)', 2_000_000);
    await expect.poll(() => words.textContent()).toMatch(/^(Building the network|Computing)/);
    const networkMs = await cancel();
    expect(await text(page, 'graph-facts')).toMatch(/^5,000 people/);

    // And the next change is built by a fresh worker as usual.
    await typeNumber(page, 'People (nodes)', 3000);
    await expect
      .poll(() => text(page, 'graph-facts'), { timeout: 60_000 })
      .toMatch(/^3,000 people/);
    console.log('Cancel to idle in the app (ms):', JSON.stringify({ greedyMs, networkMs }));
    // Within about a second; the bound leaves room for a loaded machine and the test's own steps.
    expect(greedyMs).toBeLessThan(3000);
    expect(networkMs).toBeLessThan(3000);
    expect(app.troubles.pageErrors).toEqual([]);
    await app.context.close();
  });
});
