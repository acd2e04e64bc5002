// Accessibility suite on every demo page (demo/**/*.html) as `npm start` serves them (Vite dev server with the
// local portal): once every data widget has settled, axe-core (WCAG 2.1 A/AA and RGAA tags) finds no violation,
// no widget is in error and the page logs no error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchBrowser, watchPage } from './harness.js';
import { notIn, realErrors, settle, trackFailures } from './suite-helpers.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = readdirSync('demo', { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'];

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }

describe('axe-core on every demo page', () => {
  let vite: ViteDevServer;
  let browser: Browser;
  let base = '';
  before(async () => {
    process.env.OD_SYNTHETIC ??= '2000';
    vite = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null } });
    await vite.listen();
    base = (vite.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
    browser = await launchBrowser();
    // Warm-up: Vite optimises dependencies on first sight and may reload a page; do it before measuring.
    const page = await browser.newPage();
    for (const p of PAGES) {
      await page.goto(`${base}/demo/${p}`).catch(() => {});
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(1500);
    await page.close();
  });
  after(async () => {
    await browser?.close();
    await vite?.close();
  });

  async function check(p: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const found = await watchPage(page);
      const failed = trackFailures(page);
      await page.goto(`${base}/demo/${p}`);
      const settled = await settle(page, 45_000);
      assert.deepEqual(notIn(settled, ['ready', 'empty']), [], 'widgets not showing data');
      await page.evaluate(AXE);
      const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`)) as AxeResult;
      const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
      assert.deepEqual(violations, [], 'axe violations');
      assert.deepEqual(failed, [], 'failed requests');
      assert.deepEqual(realErrors(found.errors), [], 'page errors');
    } finally {
      await page.close();
    }
  }

  it('finds demo pages', () => assert.ok(PAGES.length >= 1, 'no demo page'));

  for (const p of PAGES) {
    it(`demo/${p}: no axe violation, no widget in error, no page error`, { timeout: 120_000 }, async () => {
      // A late dependency optimisation of the dev server reloads the page once: then check the reloaded page.
      for (let attempt = 1; ; attempt++) {
        try {
          return await check(p);
        } catch (e) {
          if (attempt > 1 || !/context was destroyed|navigation/i.test(String(e))) throw e;
        }
      }
    });
  }
});
