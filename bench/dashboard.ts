// Dashboard bench (run by scripts/bench.mjs through tsx): a page with every widget on `synthetic-points` at several
// sizes, in headless Chromium against the local portal; then a bare script fetching the same queries on the same
// server. Measures requests, bytes, time until every data widget is ready, JS heap after GC; medians of runs.
// Usage: npx tsx bench/dashboard.ts --lib <built dist dir> [--sizes 1000,20000,200000] [--runs 5] [--latency ms] [--json out]
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createPortalHandler } from '../portal/server.js';
import { findChrome } from '../scripts/find-chrome.mjs';
import { dashboardHtml, pickFields, type Meta } from './dashboard-page.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const LIB = resolve(arg('--lib', 'dist'));
const SIZES = arg('--sizes', '1000,20000,200000').split(',').map(Number);
const RUNS = Number(arg('--runs', '5'));
const LATENCY = Number(arg('--latency', '0'));
const PAGES = resolve(import.meta.dirname, 'pages');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

export interface Run { firstReady?: Record<string, number>; thirdParty: number; ms: number; requests: number; apiRequests: number; bytes: number; apiBytes: number; heap: number; ready: string[]; missing: string[]; urls: string[] }

async function serve(records: number): Promise<{ url: string; server: Server; html: () => string }> {
  const portal = createPortalHandler({ synthetic: records, latency: LATENCY || undefined });
  let page = '';
  const server = createServer((req, res) => {
    portal(req, res, async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      try {
        let body: string | Buffer;
        let type = 'text/html; charset=utf-8';
        if (path === '/dashboard.html') body = page;
        else if (path === '/bare.html') body = '<!doctype html><html lang="fr"><title>bare</title><script type="module" src="/bench/bare.js"></script></html>';
        else if (path.startsWith('/bench/')) { body = await readFile(join(PAGES, path.slice(7))); type = TYPES[extname(path)]; }
        else if (path.startsWith('/lib/')) { body = await readFile(join(LIB, path.slice(5))); type = TYPES[extname(path)] ?? 'application/octet-stream'; }
        else throw new Error('not served');
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const meta = (await (await fetch(`${url}/api/explore/v2.1/catalog/datasets/synthetic-points`)).json()) as Meta;
  page = dashboardHtml(url, pickFields(meta));
  return { url, server, html: () => page };
}

/** One cold page load (fresh context: no HTTP cache) measured through the DevTools protocol. */
async function measure(browser: Browser, pageUrl: string, bareUrls?: string[]): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urlOf = new Map<string, string>();
  const run: Run = { thirdParty: 0, ms: NaN, requests: 0, apiRequests: 0, bytes: 0, apiBytes: 0, heap: NaN, ready: [], missing: [], urls: [] };
  const isApi = (u: string) => u.includes('/api/explore/v2.1/');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:') || e.request.url.startsWith('blob:')) return;
    urlOf.set(e.requestId, e.request.url);
    run.requests++;
    if (new URL(e.request.url).origin !== new URL(pageUrl).origin) run.thirdParty++;
    if (isApi(e.request.url)) { run.apiRequests++; run.urls.push(e.request.url); }
  });
  cdp.on('Network.loadingFinished', (e) => {
    const u = urlOf.get(e.requestId);
    if (!u) return;
    run.bytes += e.encodedDataLength;
    if (isApi(u)) run.apiBytes += e.encodedDataLength;
  });
  if (bareUrls) await page.addInitScript((u) => ((window as any).__benchUrls = u), bareUrls);
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  try {
    await page.goto(pageUrl);
    await page.waitForFunction(() => (window as any).__benchDone, null, { timeout: 100_000, polling: 50 });
    const done = await page.evaluate(() => (window as any).__benchDone);
    Object.assign(run, { ms: done.t, ready: done.ready, missing: done.missing, firstReady: done.firstReady });
    await page.waitForTimeout(300); // late requests (e.g. map tiles of the basemap) still count
    await cdp.send('HeapProfiler.collectGarbage');
    run.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await context.close();
  }
  return run;
}

export const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function summarise(runs: Run[]) {
  const m = (k: keyof Run) => median(runs.map((r) => r[k] as number));
  const tags = Object.keys(runs[0]?.firstReady ?? {});
  const perWidget = Object.fromEntries(tags.map((t) => [t, median(runs.map((r) => r.firstReady?.[t] ?? NaN))]));
  return { perWidget, thirdParty: Math.max(...runs.map((r) => r.thirdParty)), ms: m('ms'), requests: m('requests'), apiRequests: m('apiRequests'), bytes: m('bytes'), apiBytes: m('apiBytes'), heap: m('heap'), ready: runs[0]?.ready ?? [], missing: runs[0]?.missing ?? [], runs: runs.length };
}

export async function benchDashboard() {
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'] });
  const results = [];
  try {
    for (const records of SIZES) {
      const { url, server } = await serve(records);
      try {
        await measure(browser, `${url}/dashboard.html`); // warm-up: the portal builds its indexes once
        // Widget and bare loads alternate, each bare load fetching the distinct queries of the widget load just
        // before it, so both see the same machine load; the time ratio is the median of these pairs.
        const widgets: Run[] = [];
        const bare: Run[] = [];
        for (let i = 0; i < RUNS; i++) {
          widgets.push(await measure(browser, `${url}/dashboard.html`));
          bare.push(await measure(browser, `${url}/bare.html`, [...new Set(widgets[i].urls)]));
        }
        const queries = [...new Set(widgets.flatMap((w) => w.urls))];
        const w = summarise(widgets);
        const b = summarise(bare);
        const pairRatio = median(widgets.map((x, i) => x.ms / bare[i].ms));
        results.push({ records, latency: LATENCY, widgets: w, bare: b, queries: queries.map((q) => q.slice(url.length)), ratio: { ms: pairRatio, apiRequests: w.apiRequests / b.apiRequests, apiBytes: w.apiBytes / b.apiBytes } });
        console.error(`  ${records} records: widgets ${w.ms.toFixed(0)} ms, bare ${b.ms.toFixed(0)} ms, ${w.apiRequests} API requests, ${w.apiBytes} API bytes`);
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchDashboard();
  const out = arg('--json', '');
  if (out) await writeFile(out, JSON.stringify(results, null, 2));
  else console.log(JSON.stringify(results, null, 2));
}
