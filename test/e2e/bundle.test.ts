// The built CDN bundle on a page of ANOTHER origin: the page only loads dist/opendata-widgets.js from the
// portal's origin (as a CDN would serve it, with CORS) and shows working widgets against the local portal,
// under a strict CSP. Also: loading the bundle twice warns and breaks nothing; a table page loads no chart or
// map code. `npm test -- --only=e2e` builds first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST, cdnAndPortal, listen, page, site } from './bundle-servers.js';
import { launchBrowser, watchPage } from './harness.js';
import { DATA_TAGS, settle } from './suite-helpers.js';

const TABLE = `<od-dataset portal="CDN" dataset="finistere-aires-covoiturage" where="com_lieu = 'QUIMPER'">
  <od-table fields="nom_lieu,com_lieu" page-size="5"></od-table></od-dataset>`;

describe('CDN bundle on another origin', () => {
  let cdnServer: Server, siteServer: Server, browser: Browser, cdnUrl = '', siteUrl = '';

  before(async () => {
    assert.ok(existsSync(join(DIST, 'opendata-widgets.js')), 'dist/opendata-widgets.js is missing: run `npm run build`');
    cdnServer = cdnAndPortal();
    cdnUrl = await listen(cdnServer);
    siteServer = site({
      '/table.html': page(TABLE),
      '/twice.html': page(TABLE, ['CDN/dist/opendata-widgets.js', 'CDN/dist/opendata-widgets.js?copy=2']),
      '/two-versions.html': page(TABLE, ['CDN/v9/opendata-widgets.js', 'CDN/dist/opendata-widgets.js']),
      '/chart.html': page(`<od-dataset portal="CDN" dataset="finistere-aires-covoiturage">
        <od-chart type="bar" x="com_lieu" top="5"></od-chart></od-dataset>`),
      '/dashboard.html': page(`<od-dataset portal="CDN" dataset="finistere-france-services" id="fs">
        <od-search></od-search><od-facets></od-facets><od-filters></od-filters>
        <od-kpi value="count(*)" label="espaces France services"></od-kpi>
        <od-table page-size="5" no-pager></od-table><od-pager page-size="5"></od-pager><od-download></od-download>
        </od-dataset><od-catalog portal="CDN" page-size="3"></od-catalog>`),
      '/map.html': page(`<od-dataset portal="CDN" dataset="finistere-aires-covoiturage"><od-map title-field="nom_lieu"></od-map></od-dataset>`),
      // A CMS page that only allows an iframe and the optional classic resize script.
      '/iframe.html': page(`<iframe data-od-embed title="Aires de covoiturage" width="100%" height="60"
        src="CDN/dist/embed.html?widget=od-table&amp;dataset=finistere-aires-covoiturage&amp;od-table.page-size=4&amp;od-table.fields=nom_lieu"
        ><a href="CDN/explore/dataset/finistere-aires-covoiturage/">Voir les données</a></iframe>
        <script src="CDN/dist/od-resize.js" async></script>`, []),
    }, () => cdnUrl);
    siteUrl = await listen(siteServer);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    cdnServer?.closeAllConnections();
    siteServer?.closeAllConnections();
    await new Promise((r) => cdnServer?.close(r));
    await new Promise((r) => siteServer?.close(r));
  });

  async function open(path: string) {
    const p = await browser.newPage();
    const found = await watchPage(p);
    const warnings: string[] = [];
    const scripts: string[] = [];
    p.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    p.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await p.goto(siteUrl + path);
    // The table's rows (in its shadow root) come from the portal on the other origin.
    await p.waitForFunction(() => (document.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0,
      undefined, { timeout: 15000 });
    const cells = await p.evaluate(() => [...document.querySelector('od-table')!.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent?.trim()));
    return { p, found, warnings, scripts, cells };
  }

  it('shows the portal data on a page of another origin under a strict CSP', async () => {
    const { p, found, cells } = await open('/table.html');
    assert.notEqual(new URL(siteUrl).origin, new URL(cdnUrl).origin);
    assert.ok(cells.includes('QUIMPER'), `expected QUIMPER rows, got ${cells.slice(0, 6).join(' | ')}`);
    assert.ok(cells.every((c) => c !== ''), 'no empty cells for the two chosen fields');
    assert.deepEqual(found.violations, []);
    assert.deepEqual(found.errors, []);
    await p.close();
  });

  it('every other widget works from the bundle on another origin under the strict CSP', async () => {
    const p = await browser.newPage();
    const found = await watchPage(p);
    await p.goto(`${siteUrl}/dashboard.html`);
    const settled = await settle(p);
    const expected = ['od-facets', 'od-kpi', 'od-table', 'od-pager', 'od-download', 'od-catalog'].filter((t) => DATA_TAGS.includes(t));
    for (const tag of expected) {
      const states = Object.entries(settled.states).filter(([k]) => k.startsWith(`${tag}#`)).map(([, v]) => v);
      assert.deepEqual(states, ['ready'], `${tag}: ${states.join(',')}`);
    }
    const text = await p.evaluate(() => document.querySelector('od-kpi')!.shadowRoot!.textContent!.replace(/\s+/g, ' '));
    assert.match(text, /\d+ espaces France services/);
    assert.ok(await p.evaluate(() => !!document.querySelector('od-search')!.shadowRoot!.querySelector('input')));
    assert.deepEqual(found.violations, []);
    assert.deepEqual(found.errors, []);
    await p.close();
  });

  it('a page with only a table loads no chart or map code', async () => {
    const { p, scripts } = await open('/table.html');
    // Which libraries a built file contains, from its source map.
    // (Files without a map, such as the bundler's tiny runtime chunk, are judged by their name.)
    const sources = (file: string) => existsSync(`${file}.map`)
      ? (JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources as string[]).join('\n') : file;
    const ENGINES = /node_modules\/(vega|vega-lite|vega-interpreter|maplibre-gl)\//;
    const loaded = scripts.filter((s) => s.startsWith('/dist/')).map((s) => join(process.cwd(), s));
    assert.ok(loaded.some((f) => f.endsWith('opendata-widgets.js')));
    for (const file of loaded) assert.ok(!ENGINES.test(sources(file)), `${file} (chart/map engine) was loaded for a table`);
    // Once registered, the map and chart engines exist as lazy chunks beside the bundle.
    const chunks = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => sources(join(DIST, 'chunks', f)));
    assert.ok(!loaded.some((f) => /maplibre|vega/.test(f)), 'a chart/map chunk was loaded for a table');
    assert.ok(chunks.some((c) => /node_modules\/maplibre-gl\//.test(c)), 'no lazy maplibre chunk');
    assert.ok(chunks.some((c) => /node_modules\/vega\//.test(c)), 'no lazy vega chunk');
    await p.close();
  });

  it('ships the licence of every npm package in its files, the LGPL opening-hours parser in a file of its own', () => {
    const files = [...readdirSync(DIST).filter((f) => f.endsWith('.js')), ...readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
    const packagesOf = (file: string) => {
      const map = join(DIST, `${file}.map`);
      const sources = existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')).sources as string[]) : [];
      return new Set(sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter((n): n is string => !!n));
    };
    const notice = readFileSync(join(DIST, 'third-party-licences.txt'), 'utf8') + readFileSync(join(DIST, 'third-party-licences-embed.txt'), 'utf8');
    const bundled = new Set(files.flatMap((f) => [...packagesOf(f)]));
    assert.ok(bundled.has('lit-html') && bundled.has('opening_hours'), `packages found: ${[...bundled].join(', ')}`);
    for (const name of bundled) {
      const section = new RegExp(`^## ${name.replace(/[/.]/g, '\\$&')}@\\S+ — (.+)$[\\s\\S]*?^--- `, 'm').exec(notice);
      assert.ok(section, `${name} is in the bundle without its licence and text in dist/third-party-licences*.txt`);
    }
    assert.match(notice, /^## opening_hours@\S+ — LGPL-3\.0-only$/m);
    assert.match(notice, /GNU LESSER GENERAL PUBLIC LICENSE/);
    // Replaceable as the LGPL asks: the parser (and its own dependency) alone in its file (one per build: the
    // bundle's and the iframe page's), shared with nothing.
    const withParser = files.filter((f) => packagesOf(f).has('opening_hours'));
    assert.ok(withParser.length >= 1 && withParser.length <= 2, `opening_hours in ${withParser.join(', ')}`);
    for (const f of withParser) assert.deepEqual([...packagesOf(f)].sort(), ['opening_hours', 'suncalc'], f);
  });

  it('a chart loads its lazy engine from the bundle origin and draws under the strict CSP', async () => {
    const p = await browser.newPage();
    const found = await watchPage(p);
    const scripts: string[] = [];
    p.on('request', (r) => { if (/script|other/.test(r.resourceType())) scripts.push(new URL(r.url()).pathname); });
    await p.goto(`${siteUrl}/chart.html`);
    await p.waitForFunction(() => !!document.querySelector('od-chart')?.shadowRoot?.querySelector('[part~="plot"] svg, [part~="plot"] canvas'),
      undefined, { timeout: 20000 });
    assert.ok(scripts.some((s) => /\/dist\/chunks\/vega/.test(s)), 'vega chunk not loaded');
    assert.ok(!scripts.some((s) => /\/dist\/chunks\/maplibre/.test(s)), 'maplibre loaded without a map');
    assert.deepEqual(found.violations, []);
    assert.deepEqual(found.errors, []);
    await p.close();
  });

  // Trusted Types enforced: the worker comes from the bundle's origin through a blob module (worker-src blob:).
  it('a map loads MapLibre and its worker from the bundle origin and draws the records', async () => {
    const p = await browser.newPage();
    const found = await watchPage(p);
    const scripts: string[] = [];
    p.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await p.addInitScript(() => document.addEventListener('od-map-ready', (e) => ((window as any).__odMap = (e as CustomEvent).detail)));
    await p.goto(`${siteUrl}/map.html`);
    await p.waitForFunction(() => (window as any).__odMap?.shown > 0, undefined, { timeout: 20000 });
    const detail = await p.evaluate(() => (window as any).__odMap);
    assert.equal(detail.shown, detail.total);
    assert.ok(scripts.some((s) => /\/dist\/chunks\/maplibre/.test(s)), 'maplibre chunk not loaded');
    assert.ok(!scripts.some((s) => /\/dist\/chunks\/vega/.test(s)), 'vega loaded without a chart');
    assert.deepEqual(found.violations, []);
    assert.deepEqual(found.errors, []);
    await p.close();
  });

  it('the built embed.html in a frame on another origin is resized by od-resize.js', async () => {
    const p = await browser.newPage();
    const found = await watchPage(p);
    await p.goto(`${siteUrl}/iframe.html`);
    const frame = p.frames().find((f) => f.url().includes('/dist/embed.html'))!;
    await frame.waitForFunction(() => (document.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 4,
      undefined, { timeout: 15000 });
    // The content may still grow (provenance, link): poll both sides until the frame matches its content.
    // clientHeight: the frame's inner box (its border is outside the reported height).
    let inner = 0;
    let outer = -10;
    for (const end = Date.now() + 10000; Date.now() < end && Math.abs(outer - inner) > 1;) {
      await p.waitForTimeout(100);
      inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      outer = await p.evaluate(() => document.querySelector('iframe')!.clientHeight);
    }
    assert.ok(Math.abs(outer - inner) <= 1, `frame ${outer}px, content ${inner}px`);
    assert.ok(inner > 150, `content height ${inner}`);
    assert.match(await frame.title(), /données ouvertes$/);
    assert.deepEqual(found.violations, []);
    assert.deepEqual(found.errors, []);
    await p.close();
  });

  it('the hosted builder (dist/builder.html) writes code that points at the hosted bundle, under a strict CSP', async () => {
    const p = await browser.newPage();
    const found = await watchPage(p);
    await p.goto(`${cdnUrl}/dist/builder.html`);
    await p.waitForFunction(() => document.querySelectorAll('#od-dataset-id option').length > 3, undefined, { timeout: 15000 });
    await p.waitForFunction(() => (document.querySelector('#od-preview od-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0,
      undefined, { timeout: 15000 });
    const code = await p.evaluate(() => (document.querySelector('#od-code-tag') as HTMLTextAreaElement).value);
    assert.ok(code.includes(`<script type="module" src="${cdnUrl}/dist/opendata-widgets.js"></script>`), code);
    const iframe = await p.evaluate(() => (document.querySelector('#od-code-iframe') as HTMLTextAreaElement).value);
    assert.ok(iframe.includes(`src="${cdnUrl}/dist/embed.html?widget=od-table`) && iframe.includes(`${cdnUrl}/dist/od-resize.js`), iframe);
    assert.deepEqual(found.violations, []);
    assert.deepEqual(found.errors, []);
    await p.close();
  });

  it('loading the same bundle twice (a second URL, e.g. `?ver=`) runs one copy: no warning, the widgets work', async () => {
    const { p, found, warnings, cells } = await open('/twice.html');
    assert.ok(!warnings.some((w) => /est déjà défini/.test(w)), `a second copy ran: ${warnings.join('\n')}`);
    assert.ok(cells.includes('QUIMPER'));
    assert.deepEqual(found.errors, []);
    assert.deepEqual(found.violations, []);
    await p.close();
  });

  it('two versions on one page: the first one wins, the second warns with both version numbers', async () => {
    const { p, found, warnings, cells } = await open('/two-versions.html');
    assert.ok(warnings.some((w) => /<od-dataset> est déjà défini \(version 9\.9\.9\); cette copie \(version 0\.1\.0\)/.test(w)),
      `no warning: ${warnings.join('\n')}`);
    assert.ok(cells.includes('QUIMPER'));
    assert.deepEqual(found.errors, []);
    await p.close();
  });
});
