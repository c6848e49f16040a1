import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startVite } from './browser.ts';
import { fingerprints } from './pages/fingerprints.ts';

describe('the same seed gives the same graph and runs in Node and in Chromium', () => {
  let browser: Browser;
  let vite: { server: ViteDevServer; url: string };
  beforeAll(async () => {
    [browser, vite] = await Promise.all([launchChromium(), startVite()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await vite?.server.close();
  });

  it('for every generator and a SIR ensemble', async () => {
    const page = await browser.newPage();
    await page.goto(`${vite.url}/test/browser/pages/fingerprints.html`);
    const inBrowser = await page.waitForFunction(
      () => (window as unknown as { rippleFingerprints?: unknown }).rippleFingerprints,
      null,
      { timeout: 30_000 },
    );
    const browserResult = (await inBrowser.jsonValue()) as Record<string, string>;
    const nodeResult = fingerprints();
    expect(Object.keys(nodeResult)).toHaveLength(8);
    expect(browserResult).toEqual(nodeResult);
  });
});
