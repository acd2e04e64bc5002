// <od-chart> from the built bundle under the strict CSP (no unsafe-eval, no inline style, Trusted Types required):
// every chart type draws, the downloads work, nothing is violated; a page without charts downloads no vega code.
// The widgets run from the page's own scripts; the test only reads and clicks (VER-12).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { STRICT_CSP, watchPage, useE2E } from './harness.js';
import { realErrors, settle, trackFailures } from './suite-helpers.js';

const TYPES: Record<string, { mark: string; min: number }> = {
  bar: { mark: 'rect', min: 7 }, hbar: { mark: 'rect', min: 14 }, grouped: { mark: 'rect', min: 5 }, stacked: { mark: 'rect', min: 5 },
  line: { mark: 'line', min: 4 }, area: { mark: 'area', min: 1 }, pie: { mark: 'arc', min: 3 }, donut: { mark: 'arc', min: 3 },
  scatter: { mark: 'symbol', min: 50 }, month: { mark: 'rect', min: 2 }, treemap: { mark: 'rect', min: 14 },
};

/** Marks drawn per chart id, and what each chart's plot says about itself. */
function readCharts(page: Page) {
  return page.evaluate((types) => Object.fromEntries(Object.entries(types).map(([id, { mark }]) => {
    const root = document.getElementById(id)?.shadowRoot;
    const plot = root?.querySelector('[part~="plot"]');
    return [id, {
      marks: root?.querySelectorAll(`.vega svg .mark-${mark} > path`).length ?? 0,
      label: plot?.getAttribute('aria-label') ?? '',
      role: plot?.getAttribute('role') ?? '',
      english: [...(root?.querySelectorAll('[aria-label],[aria-roledescription]') ?? [])]
        .some((el) => /visualization|axis|titled/i.test(`${el.getAttribute('aria-label')} ${el.getAttribute('aria-roledescription')}`)),
    }];
  })), TYPES);
}

/** Script files the page loaded (the bundle and its lazy chunks) with their sizes. */
function scripts(page: Page): Promise<{ name: string; size: number }[]> {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /\.m?js(\?|$)/.test(e.name))
    .map((e) => ({ name: new URL(e.name).pathname, size: (e as PerformanceResourceTiming).encodedBodySize })));
}

describe('od-chart under a strict CSP with Trusted Types', () => {
  const e2e = useE2E({ headers: { 'content-security-policy': STRICT_CSP } });

  it('draws every chart type, with French labels and no CSP violation or error', async () => {
    const page = await e2e.browser.newPage({ acceptDownloads: true });
    const found = await watchPage(page);
    const failed = trackFailures(page);
    const response = await page.goto(`${e2e.server.url}/pages/chart-csp.html`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    const settled = await settle(page);
    assert.deepEqual(Object.values(settled.states).filter((s) => s !== 'ready'), [], JSON.stringify(settled.states));
    await page.waitForFunction((n) => [...document.querySelectorAll('od-chart')].filter((c) => c.shadowRoot?.querySelector('.vega svg')).length === n,
      Object.keys(TYPES).length, { timeout: 30000 });
    const charts = await readCharts(page);
    for (const [id, { min }] of Object.entries(TYPES)) {
      assert.ok(charts[id].marks >= min, `${id}: ${charts[id].marks} marks`);
      assert.equal(charts[id].role, 'img', id);
      assert.equal(charts[id].english, false, `${id} has English ARIA`);
    }
    assert.equal(charts.bar.label, 'Population municipale (somme) selon Nom');
    // The treemap (a vega spec, not vega-lite) labels its rectangles; the line's reference rule and mark are drawn.
    // (No named function inside evaluate: tsx would wrap it in a helper the page does not have.)
    const extra = await page.evaluate(() => Object.fromEntries(['treemap', 'line'].map((id) => [id,
      [...document.getElementById(id)!.shadowRoot!.querySelectorAll('.vega svg text, [part~="summary"]')].map((t) => t.textContent ?? '')])));
    assert.ok(extra.treemap.includes('Quimper'), extra.treemap.join('|'));
    assert.ok(extra.treemap.some((t) => /Total : .* sur 14 catégories/.test(t)), 'treemap summary');
    assert.ok(extra.line.includes('Covid') && extra.line.some((t) => t.startsWith('Seuil (')), extra.line.join('|'));
    assert.equal(charts.month.label, 'Number of records by Date de mise à jour');

    // The data table and the three downloads, clicked like a visitor would.
    const bar = page.locator('#bar');
    await bar.getByRole('button', { name: 'Voir les données' }).click();
    assert.equal(await bar.getByRole('table').isVisible(), true);
    const names: string[] = [];
    for (const label of ['Données CSV', 'Image SVG', 'Image PNG']) {
      const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: label }).click()]);
      names.push(download.suggestedFilename());
      const path = await download.path();
      assert.ok(path, `${label} not saved`);
    }
    assert.deepEqual(names, ['qbo-population-historique-bar.csv', 'qbo-population-historique-bar.svg', 'qbo-population-historique-bar.png']);

    // Click-to-refine on a bar still works under the CSP.
    const box = await page.evaluate(() => {
      const r = document.getElementById('bar')!.shadowRoot!.querySelector('.vega svg .mark-rect > path')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.bottom - 4 };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() => (document.getElementById('pop23') as any).state.refine.nom?.length === 1);

    await page.waitForTimeout(500); // late violations
    assert.deepEqual(found.violations, [], 'CSP violations');
    assert.deepEqual(failed, [], 'failed requests');
    assert.deepEqual(realErrors(found.errors), [], 'console errors / page errors');
    const loaded = await scripts(page);
    const vega = loaded.filter((s) => /vega|build-/.test(s.name));
    console.log(`# chart page scripts: ${loaded.map((s) => `${s.name} ${(s.size / 1024).toFixed(0)} KiB`).join(', ')}`);
    assert.ok(vega.some((s) => s.name.includes('vega.module')), 'vega chunk not loaded lazily');
    await page.close();
  });

  it('a page without charts downloads none of vega, vega-lite or the interpreter', async () => {
    const chartPage = await e2e.browser.newPage();
    await chartPage.goto(`${e2e.server.url}/pages/chart-csp.html`);
    // Data first, then the engine: wait for the drawings, not only the answers.
    await chartPage.waitForFunction(() => [...document.querySelectorAll('od-chart')].every((c) => c.shadowRoot?.querySelector('.vega svg')),
      undefined, { timeout: 30000 });
    const withCharts = new Set((await scripts(chartPage)).map((s) => s.name));
    await chartPage.close();
    const page = await e2e.browser.newPage();
    const found = await watchPage(page);
    await page.goto(`${e2e.server.url}/pages/chart-tables-only.html`);
    const settled = await settle(page);
    assert.deepEqual(Object.values(settled.states).filter((s) => s !== 'ready'), []);
    const loaded = await scripts(page);
    const names = new Set(loaded.map((s) => s.name));
    const chartOnly = [...withCharts].filter((n) => !names.has(n));
    // The three engine chunks are loaded by the chart page only.
    assert.ok(chartOnly.some((n) => n.includes('vega.module')) && chartOnly.some((n) => n.includes('vega-interpreter')), chartOnly.join());
    assert.deepEqual(loaded.filter((s) => /vega/.test(s.name)), []);
    const kib = (list: { size: number }[]) => (list.reduce((a, s) => a + s.size, 0) / 1024).toFixed(0);
    console.log(`# table-only page: ${loaded.length} scripts, ${kib(loaded)} KiB; chart-only chunks: ${chartOnly.join(', ')}`);
    assert.deepEqual(found.violations, []);
    await page.close();
  });
});
