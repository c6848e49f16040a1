import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseExample,
  exampleFiles,
  openApp,
  type Site,
  shot,
  startSite,
  text,
  unexpectedCsp,
} from './harness.ts';

/** Opening the app, every example through the Examples menu, the keyboard and accessible names. */
describe('opening Ripple and its examples', { timeout: 120_000 }, () => {
  let site: Site;
  const examples = exampleFiles();
  beforeAll(async () => {
    site = await startSite('open');
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  it('opens at 1440×900 with the first example, its graph facts and the network, and nothing goes wrong', async () => {
    const app = await openApp(site);
    const { page } = app;
    expect(await text(page, 'scenario-name')).toBe('Is this content above the tipping point?');
    expect(await text(page, 'scenario-description')).not.toBe('');
    expect(await text(page, 'graph-facts')).toMatch(
      /^10,000 people, [\d,]+ friendships, mean degree \d\.\d\d, clustering [\d.e-]+, largest group \d+% of people\.$/,
    );
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-nodes')).toBe('10000');
    const size = await canvas.boundingBox();
    expect(size!.width).toBeGreaterThan(400);
    expect(size!.height).toBeGreaterThan(300);
    expect(await text(page, 'status')).toContain('Opened the example');
    expect(await page.getByTestId('problems').count()).toBe(0);
    // The layout worker and the charts start after load: give them a moment to fail, if they do.
    await page.waitForTimeout(1500);
    await shot(page, '01-open-first-example');
    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    expect(await unexpectedCsp(app)).toEqual([]);
    await app.context.close();
  });

  it('loads each example through the Examples menu: its name, no problems, new graph facts', async () => {
    const app = await openApp(site);
    const { page } = app;
    await page.getByTestId('examples-button').click();
    const listed = await page
      .getByTestId('examples-menu')
      .locator('[role=menuitem]')
      .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.testid));
    expect([...listed].sort()).toEqual(examples.map((e) => `example-${e.file}`).sort());
    await page.keyboard.press('Escape');
    // Start with the second so that the first choice changes the network (the first is open).
    const order = [
      ...examples.filter((e) => e.file !== 'tipping-point-er'),
      ...examples.filter((e) => e.file === 'tipping-point-er'),
    ];
    let facts = await text(page, 'graph-facts');
    let previous = examples.find((e) => e.file === 'tipping-point-er')!;
    for (const example of order) {
      await chooseExample(page, example.file);
      await expect.poll(() => text(page, 'scenario-name')).toBe(example.name);
      // New facts, unless this example builds the very same network as the one before.
      if (example.network === previous.network)
        await expect.poll(() => text(page, 'graph-facts')).toBe(facts);
      else await expect.poll(() => text(page, 'graph-facts')).not.toBe(facts);
      facts = await text(page, 'graph-facts');
      previous = example;
      expect(facts).toMatch(/^[\d,]+ people, [\d,]+ (friendships|follow links), mean degree /);
      if (example.nodes !== null)
        expect(facts).toMatch(new RegExp(`^${example.nodes.toLocaleString('en-US')} people, `));
      expect(await page.getByTestId('examples-menu').isHidden()).toBe(true);
      expect(await page.getByTestId('problems').count()).toBe(0);
      expect(await text(page, 'status')).toBe(`Opened the example “${example.name}”.`);
      if (example.nodes !== null)
        await expect
          .poll(() => page.getByTestId('network-canvas').getAttribute('data-nodes'))
          .toBe(String(example.nodes));
      await page.waitForTimeout(200);
      await shot(page, `02-example-${example.file}`);
    }
    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    expect(await unexpectedCsp(app)).toEqual([]);
    await app.context.close();
  });

  it('works from the keyboard: Tab to Examples, Enter opens the menu, Tab and Enter choose, Escape closes', async () => {
    const app = await openApp(site);
    const { page } = app;
    const focused = () =>
      page.evaluate(
        () =>
          (document.activeElement as HTMLElement | null)?.dataset.testid ??
          document.activeElement?.tagName,
      );
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('examples-button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('examples-menu').isVisible()).toBe(true);
    expect(await page.getByTestId('examples-button').getAttribute('aria-expanded')).toBe('true');
    expect(await focused()).toBe(
      `example-${examples.find((e) => e.name === 'Is this content above the tipping point?')!.file}`,
    );
    await shot(page, '11-keyboard-examples-menu');
    // Escape closes the menu and gives focus back to its button.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('examples-menu').isHidden()).toBe(true);
    expect(await focused()).toBe('examples-button');
    // Open again and choose the second example.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('example-opinion-leader-vs-many');
    await page.keyboard.press('Enter');
    const second = examples.find((e) => e.file === 'opinion-leader-vs-many')!;
    await expect.poll(() => text(page, 'scenario-name')).toBe(second.name);
    expect(await page.getByTestId('examples-menu').isHidden()).toBe(true);
    await shot(page, '11-keyboard-example-chosen');
    await app.context.close();
  });

  it('gives every input, select and button an accessible name', async () => {
    const app = await openApp(site);
    const { page } = app;
    // Fill the page: a run (playback and charts) and both menus open, so their items are checked too.
    await page.getByTestId('run-once').click();
    await page.getByTestId('examples-button').click();
    await page.getByTestId('export-button').click();
    const unnamed = await page.evaluate(() => {
      const nameOf = (element: HTMLElement): string => {
        const aria = element.getAttribute('aria-label')?.trim();
        if (aria) return aria;
        const by = element.getAttribute('aria-labelledby');
        if (by) {
          const text = by
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
            .trim();
          if (text) return text;
        }
        const labels = (element as HTMLInputElement).labels;
        const labelText = labels
          ? Array.from(labels, (l) => l.textContent?.trim() ?? '')
              .join(' ')
              .trim()
          : '';
        if (labelText) return labelText;
        if (element instanceof HTMLButtonElement && element.textContent?.trim())
          return element.textContent.trim();
        return element.getAttribute('title')?.trim() ?? '';
      };
      const controls = Array.from(
        document.querySelectorAll<HTMLElement>('input, select, button, textarea, [role=menuitem]'),
      );
      return {
        checked: controls.length,
        unnamed: controls.filter((c) => nameOf(c) === '').map((c) => c.outerHTML.slice(0, 160)),
      };
    });
    expect(unnamed.checked).toBeGreaterThan(25);
    expect(unnamed.unnamed).toEqual([]);

    // The browser's own accessibility tree agrees: no focusable control without a name.
    const cdp = await app.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        role?: { value: string };
        name?: { value: string };
        ignored: boolean;
        properties?: { name: string; value: { value: unknown } }[];
      }[];
    };
    const roles = new Set([
      'button',
      'combobox',
      'spinbutton',
      'slider',
      'checkbox',
      'textbox',
      'menuitem',
      'ListBox',
      'PopUpButton',
    ]);
    const nameless = nodes
      .filter((n) => !n.ignored && roles.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim())
      .map((n) => n.role?.value);
    expect(nameless).toEqual([]);
    await app.context.close();
  });
});
