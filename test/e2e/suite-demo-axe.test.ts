// Accessibility suite on every demo page (demo/**/*.html) as `npm start` serves them (Vite dev server with the
// local portal): once every data widget has settled, axe-core (WCAG 2.1 A/AA and RGAA tags) finds no violation,
// no widget is in error and the page logs no error.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watchPage } from './harness.js';
import { DEMO_PAGES as PAGES, openDemo, withReload, type DemoServer } from './demo-server.js';
import { notIn, realErrors, settle, trackFailures } from './suite-helpers.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'RGAAv4'];

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }

describe('axe-core on every demo page', () => {
  let demo: DemoServer;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo?.close());

  async function check(p: string) {
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const found = await watchPage(page);
      const failed = trackFailures(page);
      await page.goto(`${demo.base}/demo/${p}`);
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
    it(`demo/${p}: no axe violation, no widget in error, no page error`, { timeout: 120_000 }, () => withReload(() => check(p)));
  }
});
