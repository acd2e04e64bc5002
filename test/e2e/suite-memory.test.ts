// Memory suite: 100 mount/unmount cycles of a chart and of a map (linked to one context) on the built bundle.
// After warm-up cycles (lazy chunks loaded, caches filled), the JS heap after a forced GC, the DOM node count and
// the event listener count must stay under a bound: a widget that leaks its vega View or maplibre Map fails.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'playwright-core';
import { watchPage, useE2E } from './harness.js';

const CASES: { tag: string; attrs: Record<string, string> }[] = [
  { tag: 'od-chart', attrs: { type: 'bar', x: 'com_lieu', y: 'count(*)', title: 'Aires par commune' } },
  { tag: 'od-map', attrs: { 'popup-fields': 'nom_lieu' } },
];
const WARM = 10;
const CYCLES = 100;
const HEAP_BOUND = 4 * 2 ** 20; // bytes of growth allowed over 100 cycles
const NODES_BOUND = 500;
const LISTENERS_BOUND = 50;

/** `n` cycles: create the element linked by `source`, wait for its ready state, remove it. A string (see suite-xss). */
const cycles = (tag: string, attrs: Record<string, string>, n: number) => `(async () => {
  const slot = document.getElementById('slot');
  for (let i = 0; i < ${n}; i++) {
    const el = document.createElement(${JSON.stringify(tag)});
    el.setAttribute('source', 'covoit');
    for (const [k, v] of Object.entries(${JSON.stringify(attrs)})) el.setAttribute(k, v);
    slot.append(el);
    const end = performance.now() + 15000;
    while (!el.matches(':state(ready)')) {
      if (el.matches(':state(error)') || performance.now() > end) throw new Error('cycle ' + i + ': not ready');
      await new Promise((r) => setTimeout(r, 10));
    }
    el.remove();
    await new Promise((r) => setTimeout(r, 0));
  }
})()`;

async function measure(cdp: CDPSession) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  return { heap, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

describe('memory: 100 mount/unmount cycles', () => {
  const e2e = useE2E();

  for (const c of CASES) {
    it(`<${c.tag}> stays under the bounds`, { timeout: 240_000 }, async (t) => {
      const page: Page = await e2e.browser.newPage();
      const found = await watchPage(page);
      await page.goto(`${e2e.server.url}/pages/suite-memory.html`);
      await page.waitForFunction(() => customElements.get('od-dataset'));
      const cdp = await page.context().newCDPSession(page);
      // The warm-up cycles also make the bundle define the tag (it loads an element's code when its tag appears).
      await page.evaluate(cycles(c.tag, c.attrs, WARM));
      assert.ok(await page.evaluate((tag) => !!customElements.get(tag), c.tag), `<${c.tag}> is not defined by the bundle`);
      const before = await measure(cdp);
      const started = Date.now();
      await page.evaluate(cycles(c.tag, c.attrs, CYCLES));
      const afterAll = await measure(cdp);
      const growth = { heap: afterAll.heap - before.heap, nodes: afterAll.nodes - before.nodes, listeners: afterAll.listeners - before.listeners };
      t.diagnostic(`<${c.tag}> ${CYCLES} cycles in ${Date.now() - started} ms: heap ${(before.heap / 2 ** 20).toFixed(1)} → ` +
        `${(afterAll.heap / 2 ** 20).toFixed(1)} MB, nodes ${before.nodes} → ${afterAll.nodes}, listeners ${before.listeners} → ${afterAll.listeners}`);
      assert.ok(growth.heap < HEAP_BOUND, `heap grew by ${(growth.heap / 2 ** 20).toFixed(1)} MB`);
      assert.ok(growth.nodes < NODES_BOUND, `DOM nodes grew by ${growth.nodes}`);
      assert.ok(growth.listeners < LISTENERS_BOUND, `event listeners grew by ${growth.listeners}`);
      assert.deepEqual(found.errors.filter((e) => !e.startsWith('Failed to load resource')), [], 'errors');
      await page.close();
    });
  }
});
