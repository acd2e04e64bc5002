// The hosted builder (dist/builder.html) used as a non-coder would: choose a widget and a dataset, give a title
// and a description, copy the codes; pasted into a page of ANOTHER origin (a commune's CMS, under its strict CSP),
// the tag code and the iframe code show the same widget with that title, description and theme. Also: axe at 1280 and
// 320 px, and no sideways scroll on a phone. `npm test -- --only=e2e` builds first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIST, cdnAndPortal, listen, page, site } from './bundle-servers.js';
import { launchBrowser, watchPage } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the hosted builder, its codes on another origin', () => {
  let cdnServer: Server, siteServer: Server, browser: Browser, cdnUrl = '', siteUrl = '';
  const pages: Record<string, string> = {};

  before(async () => {
    assert.ok(existsSync(join(DIST, 'builder.html')), 'dist/builder.html is missing: run `npm run build`');
    cdnServer = cdnAndPortal();
    cdnUrl = await listen(cdnServer);
    siteServer = site(pages, () => cdnUrl, ['/tag.html', '/iframe.html']);
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

  async function builder(width: number): Promise<{ p: Page; found: { violations: string[]; errors: string[] } }> {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    const found = await watchPage(p);
    await p.goto(`${cdnUrl}/dist/builder.html`);
    await p.waitForFunction(() => document.querySelectorAll('#od-dataset-id option').length > 3, undefined, { timeout: 15000 });
    return { p, found };
  }

  it('a chart made in the builder shows, with its title and description, from the tag code and the iframe code on another site', async () => {
    const { p, found } = await builder(1280);
    await p.selectOption('#od-widget', 'od-chart');
    await p.selectOption('#od-dataset-id', 'finistere-france-services');
    await p.waitForFunction(() => /[1-9]\d* champs/.test(document.querySelector('#od-schema-status')?.textContent ?? ''), undefined, { timeout: 15000 });
    await p.selectOption('#od-theme', 'quimper');
    await p.fill('#od-title', 'Espaces France services par commune');
    await p.fill('#od-description', 'Le nombre d’espaces France services de chaque commune du Finistère.');
    await p.waitForFunction(() => document.querySelector('#od-preview od-chart')?.shadowRoot?.querySelector('svg, canvas'), undefined, { timeout: 20000 });
    assert.equal(await p.locator('#od-blocked').count(), 0, 'the defaults are valid');
    const tag = await p.inputValue('#od-code-tag');
    const iframe = await p.inputValue('#od-code-iframe');
    assert.match(tag, new RegExp(`<script type="module" src="${cdnUrl}/dist/opendata-widgets.js"></script>`));
    assert.deepEqual(found.errors, []);
    await p.close();

    pages['/tag.html'] = page(tag, []);
    pages['/iframe.html'] = page(iframe, []);
    const site = await browser.newPage();
    const seen = await watchPage(site);
    await site.goto(`${siteUrl}/tag.html`);
    await site.waitForFunction(() => document.querySelector('od-chart')?.shadowRoot?.querySelector('svg, canvas'), undefined, { timeout: 20000 });
    assert.equal(await site.textContent('section > h2'), 'Espaces France services par commune');
    assert.equal(await site.textContent('section > p'), 'Le nombre d’espaces France services de chaque commune du Finistère.');
    assert.equal(await site.evaluate(() => document.querySelector('od-chart')!.shadowRoot!.querySelector('[role=alert]')), null);
    // The theme applies under the site's `style-src 'self'`: it comes from the bundle, not from a <link> to the CDN.
    await site.waitForFunction(() => getComputedStyle(document.querySelector('od-chart')!).getPropertyValue('--od-color-accent').trim() === '#1d3f8f',
      undefined, { timeout: 10000 });
    assert.doesNotMatch(tag, /<link rel="stylesheet"/);
    assert.deepEqual(seen.violations, []);

    await site.goto(`${siteUrl}/iframe.html`);
    const frame = await (await site.waitForSelector('iframe')).contentFrame();
    assert.ok(frame);
    await frame.waitForFunction(() => document.querySelector('od-chart')?.shadowRoot?.querySelector('svg, canvas'), undefined, { timeout: 20000 });
    assert.equal(await frame.textContent('h2'), 'Espaces France services par commune');
    assert.equal(await frame.textContent('.od-embed-description'), 'Le nombre d’espaces France services de chaque commune du Finistère.');
    assert.match(await frame.title(), /^Espaces France services par commune : Le nombre/);
    assert.equal(await site.getAttribute('iframe', 'title'), 'Espaces France services par commune');
    assert.deepEqual(seen.errors, []);
    await site.close();
  });

  for (const width of [1280, 320]) {
    it(`passes axe at ${width} px and does not scroll sideways`, async () => {
      const { p, found } = await builder(width);
      await p.selectOption('#od-widget', 'od-chart');
      await p.waitForFunction(() => document.querySelector('#od-preview od-chart')?.shadowRoot?.querySelector('svg, canvas'), undefined, { timeout: 20000 });
      await p.evaluate(AXE);
      const result = (await p.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`)) as
        { violations: { id: string; nodes: { target: unknown[] }[] }[] };
      assert.deepEqual(result.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes[0]?.target)}`), []);
      const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client}`);
      assert.deepEqual(found.errors, []);
      await p.close();
    });
  }
});
