import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import {
  chooseExample,
  download,
  exampleFiles,
  openApp,
  openThroughButton,
  PNG_SIGNATURE,
  type Site,
  shot,
  startSite,
  text,
  typeNumber,
  waitForReady,
} from './harness.ts';

/** Broken files, save and reopen, share links, autosave and every export. */
describe('files, links, autosave and exports', { timeout: 120_000 }, () => {
  let site: Site;
  const examples = exampleFiles();
  const example = (file: string) => examples.find((e) => e.file === file)!;
  beforeAll(async () => {
    site = await startSite('files');
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });

  /** What the settings column shows for a few values, to check that nothing changed. */
  const settings = async (page: import('playwright-core').Page) => ({
    name: await text(page, 'scenario-name'),
    power: await page.getByLabel('Propagation power', { exact: true }).inputValue(),
    people: await page.getByLabel('People (nodes)', { exact: true }).inputValue(),
    runs: await page.getByLabel('Runs in an ensemble', { exact: true }).inputValue(),
    facts: await text(page, 'graph-facts'),
  });

  it('lists every problem of a broken scenario opened with Open…, changes nothing, and dismisses', async () => {
    const app = await openApp(site);
    const { page } = app;
    const before = await settings(page);
    const broken = JSON.stringify(
      {
        version: 1,
        name: 'Broken on purpose',
        seed: 1,
        graph: { generator: 'erdos-renyi', nodes: -5, meanDegree: 4 },
        content: { model: 'independent-cascade', power: 2 },
        seeding: { strategy: 'random', count: 1 },
        run: { runs: 0, globalFraction: 0.1 },
      },
      null,
      2,
    );
    const expected = parseScenario(broken);
    if (expected.ok) throw new Error('the broken scenario is valid');
    expect(expected.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.graph.nodes', '$.content.power', '$.run.runs']),
    );
    await openThroughButton(page, 'broken.json', broken);
    const panel = page.getByTestId('problems');
    await panel.waitFor();
    expect(await panel.locator('.problems-title').textContent()).toBe(
      `"broken.json" was not opened: ${expected.problems.length} problems`,
    );
    const listed = await panel.locator('li.problem').evaluateAll((items) =>
      items.map((li) => ({
        path: li.querySelector('.problem-path')!.textContent,
        message: li.querySelector('.problem-message')!.textContent,
      })),
    );
    expect(listed).toEqual(expected.problems.map((p) => ({ path: p.path, message: p.message })));
    expect(await panel.getAttribute('role')).toBe('alert');
    expect(await settings(page)).toEqual(before);
    await shot(page, '06-broken-file-problems');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByTestId('problems').count()).toBe(0);
    expect(await settings(page)).toEqual(before);

    // A file that is not even JSON, dropped on the page: one problem, with where it is.
    const notJson = '{ "version": 1, "name": "half a file",\n  "graph": { "generator": ';
    const dropped = parseScenario(notJson);
    if (dropped.ok) throw new Error('the half file is valid');
    const wasActive = await page.evaluate((contents) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], 'half.json', { type: 'application/json' }));
      const target = document.getElementById('network')!;
      const fire = (type: string) =>
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      fire('dragenter');
      fire('dragover');
      const active = document.body.classList.contains('drop-active');
      fire('drop');
      return active;
    }, notJson);
    expect(wasActive).toBe(true);
    await panel.waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('drop-active'))).toBe(false);
    expect(await panel.locator('.problems-title').textContent()).toBe(
      '"half.json" was not opened: 1 problem',
    );
    expect(await panel.locator('.problem-path').allTextContents()).toEqual(['$']);
    expect(await panel.locator('.problem-message').textContent()).toBe(dropped.problems[0].message);
    expect(dropped.problems[0].message).toMatch(/line \d+, column \d+/);
    expect(await settings(page)).toEqual(before);
    await shot(page, '06-dropped-file-problems');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByTestId('problems').count()).toBe(0);

    // A file Ripple does not read at all, dropped: refused with a reason.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.4'], 'notes.pdf', { type: 'application/pdf' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await panel.waitFor();
    expect(await panel.locator('.problem-message').textContent()).toMatch(
      /^Ripple opens scenario files \(\.json\) and graph files/,
    );
    expect(await settings(page)).toEqual(before);

    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('loads an edge list as the network, lists a broken GraphML file’s problems, and after a reload without the file opens the first example and says why', async () => {
    const app = await openApp(site);
    const { page } = app;
    const first = await settings(page);
    await openThroughButton(
      page,
      'friends.txt',
      '# who is friends with whom\nana ben\nben cleo\ncleo ana\ncleo dan\n',
      'text/plain',
    );
    await expect
      .poll(() => text(page, 'graph-facts'), { timeout: 30_000 })
      .toMatch(/^4 people, 4 friendships/);
    expect(await page.getByLabel('Kind of network', { exact: true }).inputValue()).toBe('file');
    expect(await text(page, 'status')).toBe('Loaded the network from “friends.txt”.');
    await shot(page, '06-edge-list-loaded');

    const loaded = {
      name: await text(page, 'scenario-name'),
      facts: await text(page, 'graph-facts'),
    };
    await openThroughButton(
      page,
      'broken.graphml',
      '<graphml><graph edgedefault="undirected"><edge source="a"/></graph>',
      'application/xml',
    );
    const panel = page.getByTestId('problems');
    await panel.waitFor();
    expect(await panel.locator('.problems-title').textContent()).toMatch(
      /^"broken\.graphml" was not opened: /,
    );
    expect(await panel.locator('li.problem').count()).toBeGreaterThan(0);
    expect({
      name: await text(page, 'scenario-name'),
      facts: await text(page, 'graph-facts'),
    }).toEqual(loaded);
    await shot(page, '06-broken-graphml-problems');

    // The autosave keeps the scenario, not the file: after a reload the file is gone.
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => text(page, 'scenario-name')).toBe(first.name);
    expect(await text(page, 'graph-facts')).toBe(first.facts);
    await panel.waitFor();
    expect(await panel.locator('.problem-message').first().textContent()).toBe(
      'The graph file "friends.txt" is not loaded: use "Load graph file" to open it.',
    );
    expect(await panel.locator('.problems-note').textContent()).toBe(
      `The example “${first.name}” is open instead.`,
    );
    await shot(page, '06-reload-without-graph-file');
    expect(app.troubles.pageErrors).toEqual([]);
    await app.context.close();
  });

  it('saves the scenario as a file and opens it again after a reload with cleared storage', async () => {
    const app = await openApp(site);
    const { page } = app;
    const chosen = example('multi-point-start');
    await chooseExample(page, chosen.file);
    await expect.poll(() => text(page, 'scenario-name')).toBe(chosen.name);
    await typeNumber(page, 'Propagation power', '0.42');
    await expect
      .poll(() => page.getByLabel('Propagation power (slider)').inputValue())
      .toBe('0.42');
    const saved = await download(page, () => page.getByTestId('save-button').click());
    expect(saved.name).toBe('drop-one-stone-or-ten-at-once.json');
    const file = JSON.parse(saved.bytes.toString('utf8'));
    expect(file.content.power).toBe(0.42);
    expect(file.name).toBe(chosen.name);
    expect(file.version).toBe(1);
    expect(await text(page, 'status')).toBe(`Saved ${saved.name}.`);
    await shot(page, '07-saved');

    // The autosave has caught up; clear it, and a reload starts from the first example again.
    await page.waitForFunction(() =>
      (localStorage.getItem('ripple.autosave.v1') ?? '').includes('0.42'),
    );
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await waitForReady(page);
    expect(await text(page, 'scenario-name')).toBe(example('tipping-point-er').name);
    expect(await page.getByLabel('Propagation power', { exact: true }).inputValue()).toBe('0.3');

    await openThroughButton(page, saved.name, saved.bytes);
    await expect.poll(() => text(page, 'scenario-name')).toBe(chosen.name);
    expect(await page.getByLabel('Propagation power', { exact: true }).inputValue()).toBe('0.42');
    expect(await text(page, 'status')).toBe(`Opened “${saved.name}”.`);
    expect(await page.getByTestId('problems').count()).toBe(0);
    await shot(page, '07-reopened');
    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('makes a share link that opens the same scenario in a fresh browser', async () => {
    const app = await openApp(site);
    const { page } = app;
    const chosen = example('fake-followers');
    await chooseExample(page, chosen.file);
    await expect.poll(() => text(page, 'scenario-name')).toBe(chosen.name);
    await typeNumber(page, 'Propagation power', '0.37');
    await expect
      .poll(() => page.getByLabel('Propagation power (slider)').inputValue())
      .toBe('0.37');
    await page.getByTestId('share-button').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(await text(page, 'status')).toMatch(
      /^(Link copied: it carries this whole scenario|Share this link \(it is also in the address bar\): http)/,
    );
    await shot(page, '08-share-link-made');
    const link = page.url();
    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();

    // A new context: its own storage, so nothing can come from this page's autosave.
    const other = await openApp(site, { hash: new URL(link).hash });
    expect(await text(other.page, 'scenario-name')).toBe(chosen.name);
    expect(await other.page.getByLabel('Propagation power', { exact: true }).inputValue()).toBe(
      '0.37',
    );
    expect(await text(other.page, 'status')).toBe('Opened the share link.');
    expect(await other.page.getByTestId('problems').count()).toBe(0);
    expect(await other.page.evaluate(() => localStorage.length)).toBeLessThanOrEqual(1);
    await shot(other.page, '08-share-link-opened');
    expect(other.troubles.pageErrors).toEqual([]);
    expect(other.troubles.consoleErrors).toEqual([]);
    await other.context.close();

    // A damaged link says so and opens the first example instead.
    const damaged = await openApp(site, { hash: `${new URL(link).hash.slice(0, 20)}!!` });
    await damaged.page.getByTestId('problems').waitFor();
    expect(await damaged.page.locator('.problem-message').first().textContent()).toMatch(
      /share link is damaged/,
    );
    expect(await text(damaged.page, 'scenario-name')).toBe(example('tipping-point-er').name);
    await shot(damaged.page, '08-share-link-damaged');

    expect(damaged.troubles.pageErrors).toEqual([]);
    expect(damaged.troubles.consoleErrors).toEqual([]);
    await damaged.context.close();
  });

  it('autosaves: a change survives reloading the page, even straight after the change', async () => {
    const app = await openApp(site);
    const { page } = app;
    const chosen = example('strong-and-weak-ties');
    await chooseExample(page, chosen.file);
    await expect.poll(() => text(page, 'scenario-name')).toBe(chosen.name);
    await typeNumber(page, 'Runs in an ensemble', 123);
    await typeNumber(page, 'Propagation power', '0.21');
    await expect
      .poll(() => page.getByLabel('Propagation power (slider)').inputValue())
      .toBe('0.21');
    // Reload at once, before the half-second autosave delay: leaving the page must save.
    await page.reload();
    await waitForReady(page);
    expect(await text(page, 'scenario-name')).toBe(chosen.name);
    expect(await page.getByLabel('Propagation power', { exact: true }).inputValue()).toBe('0.21');
    expect(await page.getByLabel('Runs in an ensemble', { exact: true }).inputValue()).toBe('123');
    expect(await text(page, 'status')).toBe('Opened your last session.');
    await shot(page, '09-autosave-restored');
    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });

  it('exports the network as PNG, a chart as PNG and SVG, and the ensemble runs as CSV', async () => {
    const app = await openApp(site);
    const { page } = app;
    const chosen = example('strong-and-weak-ties');
    await chooseExample(page, chosen.file);
    await expect.poll(() => text(page, 'scenario-name')).toBe(chosen.name);
    await page.waitForTimeout(1000); // let the layout spread the network a little

    await page.getByTestId('export-button').click();
    expect(await page.getByTestId('export-runs-csv').count()).toBe(0);
    await shot(page, '10-export-menu');
    const network = await download(page, () => page.getByTestId('export-network-png').click());
    expect(network.name).toBe('ripple-network.png');
    expect(network.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(network.bytes.length).toBeGreaterThan(20_000);

    await page.getByTestId('run-once').click();
    await expect.poll(() => text(page, 'headline-value')).toMatch(/^This run reached/);
    const chartPng = await download(page, () => page.getByTestId('spread-chart-png').click());
    expect(chartPng.name).toBe('ripple-spread.png');
    expect(chartPng.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(chartPng.bytes.length).toBeGreaterThan(5_000);
    // PNG width and height (IHDR): twice the chart's on-screen size.
    expect(chartPng.bytes.readUInt32BE(16)).toBeGreaterThan(400);
    const chartSvg = await download(page, () => page.getByTestId('spread-chart-svg').click());
    expect(chartSvg.name).toBe('ripple-spread.svg');
    const svgText = chartSvg.bytes.toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        paths: doc.getElementsByTagName('path').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, svgText);
    expect(parsed.errors).toBe(0);
    expect(parsed.root).toBe('svg');
    expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
    expect(parsed.paths).toBeGreaterThan(0);
    expect(parsed.text).toMatch(/step/i);

    await typeNumber(page, 'Runs in an ensemble', 40);
    await page.getByTestId('run-ensemble').click();
    await expect
      .poll(() => text(page, 'headline-value'), { timeout: 60_000 })
      .toMatch(/% of runs went global .* over 40 runs\)$/);
    await page.getByTestId('export-button').click();
    const csv = await download(page, () => page.getByTestId('export-runs-csv').click());
    expect(csv.name).toBe('ripple-runs.csv');
    const rows = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    expect(rows).toHaveLength(41);
    const header = rows[0].split(',');
    expect(header.length).toBeGreaterThanOrEqual(3);
    expect(header.join(',')).toMatch(/run/i);
    for (const row of rows.slice(1)) expect(row.split(',')).toHaveLength(header.length);
    const runColumn = header.findIndex((h) => /^"?run"?$/i.test(h));
    if (runColumn >= 0)
      expect(new Set(rows.slice(1).map((r) => r.split(',')[runColumn])).size).toBe(40);
    await page.getByTestId('export-button').click();
    const results = await download(page, () => page.getByTestId('export-results-json').click());
    expect(results.name).toBe('ripple-results.json');
    expect(() => JSON.parse(results.bytes.toString('utf8'))).not.toThrow();
    // The same document as `ripple run`, P(global) by first wave included.
    const report = JSON.parse(results.bytes.toString('utf8'));
    expect(report.runs).toBe(40);
    expect(
      report.firstWave.rows.reduce((sum: number, r: { runs: number }) => sum + r.runs, 0),
    ).toBe(40);
    await shot(page, '10-after-exports');

    expect(app.troubles.pageErrors).toEqual([]);
    expect(app.troubles.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
