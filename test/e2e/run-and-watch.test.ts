import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hoverUntilTooltip,
  openApp,
  type Site,
  shot,
  startSite,
  stepLabel,
  text,
  typeNumber,
  unexpectedCsp,
  waitForLayout,
} from './harness.ts';

/** Run once and watch the playback; run an ensemble and cancel a big one; seed by clicking. */
describe('running the experiment', { timeout: 120_000 }, () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('run');
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  it('runs once, plays, pauses, steps, scrubs, hovers, and recolours and re-lays the network', async () => {
    const app = await openApp(site);
    const { page } = app;
    const headline = page.getByTestId('headline-value');
    expect(await headline.textContent()).not.toMatch(/This run reached/);
    expect(await text(page, 'step-label')).toBe('Run once to watch the spread');
    expect(await page.getByTestId('play').isDisabled()).toBe(true);
    // Well above the tipping point (≈ 0.25), so the run spreads over many steps.
    await typeNumber(page, 'Propagation power', '0.6');
    await expect.poll(() => page.getByLabel('Propagation power (slider)').inputValue()).toBe('0.6');
    await page.getByTestId('run-once').click();
    await expect
      .poll(() => headline.textContent())
      .toMatch(/^This run reached (?:1 person|[\d,]+ people) \([\d.]+% of the network\)/);
    expect(await text(page, 'status')).toMatch(/^Run 1: reached (?:1 person|[\d,]+ people)\.$/);
    expect(await text(page, 'run-once')).toBe('Run again');
    // Even above the tipping point a run can die out at once (about one in ten here): run again
    // until one spreads, as a person would.
    let { max } = await stepLabel(page);
    for (let run = 2; max < 6 && run <= 8; run++) {
      await page.getByTestId('run-once').click();
      await expect.poll(() => text(page, 'status')).toMatch(new RegExp(`^Run ${run}: reached`));
      ({ max } = await stepLabel(page));
    }
    expect(max).toBeGreaterThanOrEqual(6);
    expect(await headline.textContent()).toMatch(
      /^This run reached [\d,]+ people \([\d.]+% of the network\)/,
    );

    // A run starts playing at once; pause it and it stays put.
    const play = page.getByTestId('play');
    expect(await play.getAttribute('aria-label')).toBe('Pause');
    await play.click();
    expect(await play.getAttribute('aria-label')).toBe('Play');
    const paused = await stepLabel(page);
    await page.waitForTimeout(1200);
    expect((await stepLabel(page)).step).toBe(paused.step);

    // Scrub to the start with the keyboard (Home), then play: the step advances by itself.
    const scrub = page.getByTestId('scrub');
    await scrub.focus();
    await page.keyboard.press('Home');
    expect((await stepLabel(page)).step).toBe(0);
    expect((await stepLabel(page)).sharing).toBeGreaterThanOrEqual(1);
    await play.click();
    await expect
      .poll(async () => (await stepLabel(page)).step, { timeout: 5000 })
      .toBeGreaterThanOrEqual(2);
    await play.click();
    await shot(page, '03-run-once-playing');

    // Step forward and back move by exactly one.
    const before = (await stepLabel(page)).step;
    const forwardTo = Math.min(max, before + 1);
    await page.getByTestId('step-forward').click();
    expect((await stepLabel(page)).step).toBe(forwardTo);
    await page.getByTestId('step-back').click();
    expect((await stepLabel(page)).step).toBe(forwardTo - 1);
    await page.getByTestId('step-back').click();
    expect((await stepLabel(page)).step).toBe(forwardTo - 2);

    // Scrub with the mouse: a click at the right end of the slider goes to the last step,
    // at the left end to the first; End also goes to the end.
    const track = (await scrub.boundingBox())!;
    await page.mouse.click(track.x + track.width - 2, track.y + track.height / 2);
    expect((await stepLabel(page)).step).toBe(max);
    await page.mouse.click(track.x + 2, track.y + track.height / 2);
    expect((await stepLabel(page)).step).toBe(0);
    await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2);
    const middle = (await stepLabel(page)).step;
    expect(middle).toBeGreaterThan(0);
    expect(middle).toBeLessThan(max);
    await scrub.focus();
    await page.keyboard.press('End');
    const end = await stepLabel(page);
    expect(end.step).toBe(max);
    expect(end.sharing).toBeGreaterThan(1);
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-active'))
      .toBe(String(end.sharing));
    await shot(page, '03-run-once-last-step');

    // Hover the network: a card with the person's label and kind (and how they were reached).
    await page.locator('.stage-toolbar').hover();
    const card = await hoverUntilTooltip(page, { centre: false });
    expect(card.title).toMatch(/\S/);
    expect(card.lines[0]).toMatch(
      /^(Person|Opinion leader|Brand|Fake follower \(bot\)), \d+ (friends|followers)$/,
    );
    expect(card.lines[1]).toMatch(
      /^(seed, sharing from step \d+|shared at step \d+, reached by \S+|did not share)$/,
    );
    await shot(page, '03-hover-tooltip');

    // Colour by time of sharing, and lay the network out as ripple rings.
    const canvas = page.getByTestId('network-canvas');
    const stateLegend = await page.locator('#legend li').allTextContents();
    expect(stateLegend).toEqual(['Not reached', 'Seed', 'Reached']);
    await page.getByTestId('colouring').selectOption('time');
    await expect.poll(() => canvas.getAttribute('data-colouring')).toBe('time');
    const timeLegend = await page.locator('#legend li').allTextContents();
    expect(timeLegend[0]).toBe('Not reached');
    expect(timeLegend.length).toBeGreaterThanOrEqual(3);
    expect(timeLegend).not.toContain('Seed');
    await page.getByTestId('layout').selectOption('ripple');
    await expect.poll(() => canvas.getAttribute('data-layout')).toBe('ripple');
    await expect
      .poll(() => canvas.getAttribute('aria-label'))
      .toMatch(/as rings of cascade generations around the seeds/);
    await page.waitForTimeout(800); // the morph between layouts takes 600 ms
    await shot(page, '03-time-colouring-ripple-layout');

    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    expect(await unexpectedCsp(app)).toEqual([]);
    await app.context.close();
  });

  it('runs an ensemble with progress to a P(global) headline and a histogram, and cancels a big one', async () => {
    const app = await openApp(site);
    const { page } = app;
    await typeNumber(page, 'Runs in an ensemble', 300);
    await expect
      .poll(() => page.getByLabel('Runs in an ensemble', { exact: true }).inputValue())
      .toBe('300');
    // Progress can be quick: record every progress text the page shows from now on.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seenProgress: string[] }).seenProgress = []);
      const row = document.querySelector('.progress-row')!;
      new MutationObserver(() => {
        const bar = row.querySelector('progress')!;
        seen.push(`${bar.hidden ? 'hidden' : 'shown'} ${bar.value}/${bar.max} ${row.textContent}`);
      }).observe(row, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByTestId('run-ensemble').click();
    const headline = page.getByTestId('headline-value');
    await expect
      .poll(() => headline.textContent(), { timeout: 60_000 })
      .toMatch(
        /^\d+% of runs went global \(95% CI \d+–\d+%; mean reach [\d,]+ of 10,000 people over 300 runs\)$/,
      );
    const seen = await page.evaluate(
      () => (window as unknown as { seenProgress: string[] }).seenProgress,
    );
    expect(seen.some((s) => /^shown \d+\/300 \d+ of 300 runs$/.test(s))).toBe(true);
    expect(await page.getByTestId('ensemble-progress').isHidden()).toBe(true);
    expect(await text(page, 'status')).toBe('300 runs done.');
    const bars = page.locator('[data-testid=reach-chart] svg rect:has(title)');
    expect(await bars.count()).toBeGreaterThanOrEqual(2);
    const runsInBars = await bars.evaluateAll((rects) =>
      rects.reduce(
        (sum, r) =>
          sum +
          Number(
            /: ([\d,]+) runs/.exec(r.querySelector('title')!.textContent!)![1].replace(/,/g, ''),
          ),
        0,
      ),
    );
    expect(runsInBars).toBe(300);
    expect(await page.getByTestId('observables').locator('table tr').count()).toBeGreaterThan(2);
    await shot(page, '04-ensemble-300-done');

    // A big one: progress shows, Cancel stops it and nothing is kept.
    await typeNumber(page, 'Runs in an ensemble', 20000);
    await expect
      .poll(() => page.getByTestId('reach-chart').locator('svg rect:has(title)').count())
      .toBe(0);
    await page.getByTestId('run-ensemble').click();
    const progress = page.getByTestId('ensemble-progress');
    await progress.waitFor({ state: 'visible' });
    expect(await page.getByTestId('run-ensemble').isDisabled()).toBe(true);
    await expect
      .poll(() => progress.evaluate((p) => (p as HTMLProgressElement).value), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await text(page, 'status')).toMatch(/^Running 20,000 runs on \d+ workers…$/);
    await shot(page, '04-ensemble-20000-running');
    const cancelledAt = await progress.evaluate((p) => (p as HTMLProgressElement).value);
    expect(cancelledAt).toBeLessThan(20000);
    await page.getByTestId('cancel').click();
    await expect.poll(() => text(page, 'status')).toBe('Cancelled: no results kept.');
    expect(await progress.isHidden()).toBe(true);
    expect(await page.getByTestId('cancel').isHidden()).toBe(true);
    expect(await page.getByTestId('run-ensemble').isEnabled()).toBe(true);
    expect(await headline.textContent()).not.toMatch(/went global/);
    expect(await page.getByTestId('reach-chart').locator('svg rect:has(title)').count()).toBe(0);
    await shot(page, '04-ensemble-cancelled');
    // The Export menu offers no ensemble results after a cancel.
    await page.getByTestId('export-button').click();
    expect(await page.getByTestId('export-runs-csv').count()).toBe(0);
    await page.keyboard.press('Escape');

    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('seeds by clicking people on the network, and will not remove the last seed', async () => {
    const app = await openApp(site);
    const { page } = app;
    // A small network, so each person is big enough to point at.
    await page.getByLabel('Kind of network', { exact: true }).selectOption('karate-club');
    await expect.poll(() => text(page, 'graph-facts')).toMatch(/^34 people, 78 friendships/);
    await waitForLayout(page);
    const strategy = page.getByLabel('Seed', { exact: true });
    expect(await strategy.inputValue()).toBe('random');
    expect(await text(page, 'seeds-chosen')).toMatch(/^New random seeds every run/);

    const first = await hoverUntilTooltip(page, { gridPx: 6 });
    expect(first.lines[0]).toMatch(/^Person, \d+ friends$/);
    await shot(page, '05-seed-hover');
    await page.mouse.click(first.x, first.y);
    const name = (label: string) => (/^\d+$/.test(label) ? `person ${label}` : label);
    await expect
      .poll(() => text(page, 'seeds-chosen'))
      .toBe(`1 seed: ${name(first.title)}. Click people on the network to add or remove seeds.`);
    expect(await strategy.inputValue()).toBe('explicit');
    expect(await text(page, 'status')).toBe('Seeds: 1 chosen by hand.');
    await shot(page, '05-seed-chosen');

    // Clicking the only seed again is refused, with a reason.
    await page.mouse.click(first.x, first.y);
    await expect
      .poll(() => text(page, 'status'))
      .toBe('A cascade needs at least one seed: click another node first.');
    expect(await text(page, 'seeds-chosen')).toMatch(/^1 seed: /);
    await shot(page, '05-seed-last-refused');

    // Add a second person (somewhere else on the canvas), then remove the first.
    const second = await hoverUntilTooltip(page, {
      gridPx: 6,
      order: 'rows',
      accept: (title) => title !== first.title,
    });
    await page.mouse.click(second.x, second.y);
    await expect.poll(() => text(page, 'seeds-chosen')).toMatch(/^2 seeds: /);
    expect(await text(page, 'seeds-chosen')).toContain(name(second.title));
    await page.mouse.click(first.x, first.y);
    await expect
      .poll(() => text(page, 'seeds-chosen'))
      .toBe(`1 seed: ${name(second.title)}. Click people on the network to add or remove seeds.`);
    expect(await strategy.inputValue()).toBe('explicit');
    await shot(page, '05-seed-swapped');

    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });

  // The card must follow the pointer of *this* move: after a jump (a flick, a tap) a card placed
  // at the previous position would describe a person far from where it is drawn.
  it('puts the hover card next to the pointer after a jump', async () => {
    const app = await openApp(site);
    const { page } = app;
    try {
      await page.getByLabel('Kind of network', { exact: true }).selectOption('karate-club');
      await expect.poll(() => text(page, 'graph-facts')).toMatch(/^34 people/);
      await waitForLayout(page);
      const person = await hoverUntilTooltip(page, { gridPx: 6 });
      const canvas = (await page.getByTestId('network-canvas').boundingBox())!;
      // Away to an empty corner of the canvas (the card hides), then straight back.
      await page.mouse.move(canvas.x + 3, canvas.y + canvas.height - 3);
      expect(await page.getByTestId('tooltip').isHidden()).toBe(true);
      await page.mouse.move(person.x, person.y);
      const card = (await page.getByTestId('tooltip').boundingBox())!;
      await shot(page, '05-hover-card-after-jump');
      expect(Math.hypot(card.x - person.x, card.y - person.y)).toBeLessThan(40);
    } finally {
      await app.context.close();
    }
  });
});
