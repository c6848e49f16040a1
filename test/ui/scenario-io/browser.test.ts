import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleScenarios, scenarioToHash } from '../../../src/ui/scenario-io/index.ts';
import { launchChromium, startVite } from '../../browser/browser.ts';

interface IoWindow {
  rippleIo: {
    checks: Record<string, (...args: unknown[]) => unknown>;
    picked: { name: string | null }[];
  };
}

describe('scenario I/O in Chromium', () => {
  let browser: Browser;
  let vite: { server: ViteDevServer; url: string };
  let page: Page;
  beforeAll(async () => {
    [browser, vite] = await Promise.all([launchChromium(), startVite()]);
    page = await browser.newPage();
    await page.goto(`${vite.url}/test/ui/scenario-io/pages/io.html`);
    await page.waitForFunction(() => 'rippleIo' in window, null, { timeout: 30_000 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await vite?.server.close();
  });

  const run = (name: string, ...args: unknown[]) =>
    page.evaluate(
      ([check, rest]) => (window as unknown as IoWindow).rippleIo.checks[check](...rest),
      [name, args] as const,
    );

  it('shows problems as text in a dismissible alert, replacing what the container held', async () => {
    expect(await run('problemsPanel')).toEqual({
      role: 'alert',
      live: 'assertive',
      testid: 'problems',
      title: '"<img src=x onerror="window.pwned=1">.json" was not opened: 2 problems',
      paths: ['$.name', '$'],
      details: ['expected plain text', 'found }'],
      note: 'What you had open is unchanged.',
      images: 0,
      replaced: true,
      dismissed: 1,
      removed: true,
    });
  });

  it('reads share links made in Node, and its own', async () => {
    const made = await scenarioToHash(exampleScenarios()[0].scenario);
    if (!made.ok) return expect.fail('example could not be shared');
    const result = (await run('shareLinks', made.hash)) as {
      browserHash: string;
      roundTrip: boolean;
      nodeLinkName: string;
    };
    expect(result).toEqual({
      browserHash: expect.stringMatching(/^#s=[A-Za-z0-9_-]+$/),
      roundTrip: true,
      nodeLinkName: exampleScenarios()[0].name,
    });
  });

  it('takes dropped files and ignores dropped text', async () => {
    expect(await run('dropTarget')).toEqual({
      activeWhileOver: true,
      activeAfter: false,
      textDropIgnored: true,
      dropped: ['dropped.json'],
    });
  });

  it('opens the file dialog and returns the chosen file', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#pick')]);
    await chooser.setFiles({
      name: 'chosen.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    });
    await page.waitForFunction(() => (window as unknown as IoWindow).rippleIo.picked.length > 0);
    expect(await page.evaluate(() => (window as unknown as IoWindow).rippleIo.picked)).toEqual([
      { name: 'chosen.json' },
    ]);
  });
});
