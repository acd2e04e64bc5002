// `<od-map>` at scale: bytes fetched and time to first clusters for the synthetic dataset at 20,000 and 200,000
// records (built bundle, local portal on the same origin, headless Chromium), then after zooming in until the
// viewport holds few enough records to come as points. The bytes must not grow with the record count.
// Run: `npx tsx scripts/bench-map.ts [--runs 3] [--sizes 20000,200000]` (builds dist/ first if it is missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, startE2EServer } from '../test/e2e/harness.js';

const arg = (name: string, def: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : def);
const RUNS = Number(arg('--runs', '3'));
const SIZES = arg('--sizes', '20000,200000').split(',').map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Run { firstClustersMs: number; viewportMs: number; apiBytes: number; apiRequests: number; codeBytes: number;
  clusters: number; zoomBytes: number; zoomRequests: number; zoomMode: string; zoomShown: number }

/** Uncompressed bytes of the API answers and of our code (JS, worker), counted from the page's responses. */
function meter(page: Page) {
  const m = { api: 0, apiN: 0, code: 0 };
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    if (r.url().includes('/api/explore/v2.1/')) { m.api += body.length; m.apiN++; } else m.code += body.length;
  });
  return m;
}

const renders = (page: Page) => page.evaluate(() => (window as any).__mapRenders as { mode: string; shown: number; total: number; t: number }[]);

async function once(url: string): Promise<Run> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.addInitScript(() => document.addEventListener('od-map-ready', () => {
      ((window as any).__t ??= []).push(performance.now());
    }));
    const m = meter(page);
    await page.goto(`${url}/pages/map-bench.html`);
    await page.waitForFunction(() => (window as any).__mapRenders?.length >= 2, undefined, { timeout: 60000 });
    await page.waitForTimeout(500);
    const [t1, t2] = await page.evaluate(() => (window as any).__t as number[]);
    const r = await renders(page);
    const before = { api: m.api, apiN: m.apiN, code: m.code };
    // Zoom in (+2 levels on the densest visible cluster, as a visitor would click) until the viewport comes as points.
    let z = r.at(-1)!;
    for (let step = 0; step < 8 && z.mode === 'clusters'; step++) {
      const n = (await renders(page)).length;
      await page.evaluate(() => {
        const el = document.getElementById('bench') as any;
        const map = el._map.map, r = map.getCanvas().getBoundingClientRect();
        const visible = el._view.clusters.filter((c: any) => {
          const p = map.project([c.lon, c.lat]);
          return p.x > 0 && p.y > 0 && p.x < r.width && p.y < r.height;
        });
        const c = visible.sort((a: any, b: any) => b.count - a.count)[0];
        map.jumpTo({ center: [c.lon, c.lat], zoom: map.getZoom() + 2 });
      });
      await page.waitForFunction((k) => (window as any).__mapRenders.length > k, n, { timeout: 60000 });
      await page.waitForTimeout(300);
      z = (await renders(page)).at(-1)!;
    }
    return { firstClustersMs: t1, viewportMs: t2, apiBytes: before.api, apiRequests: before.apiN, codeBytes: before.code,
      clusters: r[1].shown, zoomBytes: m.api - before.api, zoomRequests: m.apiN - before.apiN, zoomMode: z.mode, zoomShown: z.shown };
  } finally {
    await browser.close();
  }
}

if (!existsSync('dist/opendata-widgets.js')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
console.log('od-map bench: synthetic-points, built bundle, headless Chromium; median of', RUNS, 'runs (uncompressed bytes)');
console.log('| records | first clusters (overview) | viewport clusters | API requests | API bytes | code bytes | after zoom-in |');
console.log('|---|---|---|---|---|---|---|');
for (const size of SIZES) {
  const server = await startE2EServer({ synthetic: size });
  try {
    await fetch(`${server.url}/api/explore/v2.1/catalog/datasets/synthetic-points/records?limit=1`); // builds the rows once
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(server.url));
    const med = (k: keyof Run) => median(runs.map((r) => r[k] as number));
    const last = runs.at(-1)!;
    console.log(`| ${size.toLocaleString('en')} | ${Math.round(med('firstClustersMs'))} ms | ${Math.round(med('viewportMs'))} ms (${last.clusters} clusters) ` +
      `| ${med('apiRequests')} | ${kb(med('apiBytes'))} | ${kb(med('codeBytes'))} | ${last.zoomMode} ${last.zoomShown}, ` +
      `${med('zoomRequests')} requests, ${kb(med('zoomBytes'))} |`);
  } finally {
    await server.close();
  }
}
