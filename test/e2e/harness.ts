import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchChromium } from '../browser/browser.ts';
import { buildSite, serveStatic } from './static-site.ts';

/**
 * What every end-to-end file shares: the built site on a plain static server, one Chromium,
 * pages that record every console error, page error and CSP violation, and screenshots.
 */

export const SCREENSHOTS = resolve('test-output/screenshots');
export const DESKTOP = { width: 1440, height: 900 };

export interface Site {
  readonly url: string;
  /** The built site's folder. */
  readonly root: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the site into a folder of its own (test files run in parallel; a shared output folder
 * would be emptied under another file's server), serves it, and starts Chromium.
 */
export async function startSite(name: string): Promise<Site> {
  const root = buildSite(`test-output/e2e-site-${name}`);
  const [server, browser] = await Promise.all([serveStatic(root), launchChromium()]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    root,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Everything that went wrong on a page that a person would not see but a developer must. */
export interface Troubles {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly troubles: Troubles;
  /** CSP violations seen by the document (recorded by a listener added before any script runs). */
  cspViolations(): Promise<CspViolation[]>;
}

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

declare global {
  interface Window {
    __e2eCsp?: CspViolation[];
    __e2eLongTasks?: { start: number; duration: number }[];
  }
}

/** A fresh context (own storage, so no autosave from another test) with the app open and ready. */
export async function openApp(
  site: Site,
  options: { hash?: string; viewport?: { width: number; height: number } } = {},
): Promise<AppPage> {
  const context = await site.browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const troubles: Troubles = { consoleErrors: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') troubles.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => troubles.pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__e2eCsp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__e2eCsp!.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        file: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      });
    });
    window.__e2eLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__e2eLongTasks!.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser: the performance test says so.
    }
  });
  await page.goto(site.url + (options.hash ?? ''));
  await waitForReady(page);
  return {
    context,
    page,
    troubles,
    cspViolations: () => page.evaluate(() => window.__e2eCsp ?? []),
  };
}

/** Every CSP violation the page reported, as readable lines (the app must cause none). */
export async function unexpectedCsp(app: AppPage): Promise<string[]> {
  const all = await app.cspViolations();
  return all.map(
    (v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.file}:${v.line}:${v.column}`,
  );
}

/** The app has built its first network: the facts line under the canvas is filled in. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="graph-facts"]')?.textContent ?? '') !== '',
    null,
    { timeout: 30_000 },
  );
}

/** Saves a screenshot as test-output/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export const text = async (page: Page, testid: string): Promise<string> =>
  ((await page.getByTestId(testid).textContent()) ?? '').trim();

/** Types a value into a labelled number box and presses Enter, as a person does. */
export async function typeNumber(page: Page, label: string, value: string | number): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(String(value));
  await box.press('Enter');
}

/** Chooses an example from the Examples menu by its file name (without .json). */
export async function chooseExample(page: Page, file: string): Promise<void> {
  await page.getByTestId('examples-button').click();
  await page.getByTestId(`example-${file}`).click();
}

/** The step label under the canvas, parsed: "step 3 of 12 · 1,234 sharing". */
export async function stepLabel(
  page: Page,
): Promise<{ step: number; max: number; sharing: number }> {
  const label = await text(page, 'step-label');
  const match = /^step (\d+) of (\d+) · ([\d,]+) sharing$/.exec(label);
  if (!match) throw new Error(`unexpected step label: ${JSON.stringify(label)}`);
  return {
    step: Number(match[1]),
    max: Number(match[2]),
    sharing: Number(match[3].replace(/,/g, '')),
  };
}

/** Waits until the force layout of the current network has finished (the canvas says so). */
export async function waitForLayout(page: Page, timeout = 60_000): Promise<void> {
  await page
    .locator('[data-testid="network-canvas"][data-layout-state="done"]')
    .waitFor({ timeout });
}

/** What the hover card says, or null when it is hidden. */
async function hoverCard(page: Page): Promise<{ title: string; lines: string[] } | null> {
  return page.getByTestId('tooltip').evaluate((element) =>
    (element as HTMLElement).hidden
      ? null
      : {
          title: element.querySelector('strong')?.textContent ?? '',
          lines: Array.from(
            element.querySelectorAll('.tooltip-line'),
            (line) => line.textContent ?? '',
          ),
        },
  );
}

export interface Hovered {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly lines: string[];
}

/**
 * Moves the mouse over a grid of points on the network canvas (from the centre outwards, or
 * row by row) until the hover card appears for a person `accept` takes; then finds the middle
 * of the area where that person's card shows (unless `centre` is false), so a click there hits
 * them surely, and leaves the mouse on it. Whole pixels only, as a real mouse gives.
 */
export async function hoverUntilTooltip(
  page: Page,
  options: {
    gridPx?: number;
    order?: 'centre-out' | 'rows';
    accept?: (title: string) => boolean;
    centre?: boolean;
  } = {},
): Promise<Hovered> {
  const { gridPx = 8, order = 'centre-out', accept = () => true, centre = true } = options;
  const box = await page.getByTestId('network-canvas').boundingBox();
  if (!box) throw new Error('the network canvas is not on screen');
  const [left, top, right, bottom] = [
    Math.ceil(box.x) + 2,
    Math.ceil(box.y) + 2,
    Math.floor(box.x + box.width) - 2,
    Math.floor(box.y + box.height) - 2,
  ];
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const points: [number, number][] = [];
  for (let y = top + gridPx; y < bottom - gridPx; y += gridPx) {
    for (let x = left + gridPx; x < right - gridPx; x += gridPx) points.push([x, y]);
  }
  if (order === 'centre-out')
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  for (const [x, y] of points) {
    await page.mouse.move(x, y);
    const card = await hoverCard(page);
    if (!card || !accept(card.title)) continue;
    if (!centre) return { x, y, ...card };
    // The middle of the area that shows this person's card.
    const inside: [number, number][] = [];
    for (let dy = -20; dy <= 20; dy += 4) {
      for (let dx = -20; dx <= 20; dx += 4) {
        if (x + dx < left || x + dx > right || y + dy < top || y + dy > bottom) continue;
        await page.mouse.move(x + dx, y + dy);
        if ((await hoverCard(page))?.title === card.title) inside.push([x + dx, y + dy]);
      }
    }
    const mx = Math.round(inside.reduce((s, p) => s + p[0], 0) / inside.length);
    const my = Math.round(inside.reduce((s, p) => s + p[1], 0) / inside.length);
    await page.mouse.move(mx, my);
    const centred = await hoverCard(page);
    if (centred?.title === card.title) return { x: mx, y: my, ...centred };
    await page.mouse.move(x, y);
    return { x, y, ...card };
  }
  throw new Error(`no hover card appeared over ${points.length} points of the canvas`);
}

/** Clicks something that starts a download and returns the downloaded file. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readDownload(file) };
}

async function readDownload(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFileSync(path);
}

/** Opens a file through the Open… button and the browser's file chooser. */
export async function openThroughButton(
  page: Page,
  name: string,
  contents: string | Buffer,
  mimeType = 'application/json',
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('open-button').click(),
  ]);
  await chooser.setFiles({
    name,
    mimeType,
    buffer: Buffer.isBuffer(contents) ? contents : Buffer.from(contents),
  });
}

/** The example scenarios shipped in scenarios/: file (without .json), name, people and network recipe. */
export function exampleFiles(): {
  file: string;
  name: string;
  nodes: number | null;
  network: string;
}[] {
  return readdirSync('scenarios')
    .filter((file) => file.endsWith('.json') && file !== 'scenario.schema.json')
    .map((file) => {
      const scenario = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as {
        name: string;
        seed?: number;
        graph: { nodes?: number };
      };
      return {
        file: file.replace(/\.json$/, ''),
        name: scenario.name,
        nodes: scenario.graph.nodes ?? null,
        network: JSON.stringify([scenario.graph, scenario.seed]),
      };
    });
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
