// Dashboard bench (run by scripts/bench.mjs through tsx): a page with every widget on `synthetic-points` at several
// sizes, in headless Chromium against the local portal; then a bare script fetching the same queries on the same
// server. Measures requests, bytes on the wire, each widget's time to first data and critical path (portal requests
// and code chunks in series before it), the time until every data widget is ready, JS heap after GC; medians of runs,
// for each portal latency scenario. A widget that never becomes ready fails the whole bench (exit 1).
// Usage: npx tsx bench/dashboard.ts --lib <built dist dir> [--sizes 1000,20000,200000] [--runs 5] [--latencies 0,50,150] [--json out]
import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { createPortalHandler } from '../portal/server.js';
import { findChrome } from '../scripts/find-chrome.mjs';
import { dashboardHtml, pickFields, type Meta } from './dashboard-page.js';
import { criticalPaths, type Timed } from './critical-path.js';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const LIB = resolve(arg('--lib', 'dist'));
const SIZES = arg('--sizes', '1000,20000,200000').split(',').map(Number);
const RUNS = Number(arg('--runs', '5'));
const LATENCIES = arg('--latencies', arg('--latency', '0,50,150')).split(',').map(Number);
const PAGES = resolve(import.meta.dirname, 'pages');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

export interface Run {
  firstReady?: Record<string, number>; thirdParty: number; ms: number; requests: number; apiRequests: number; bytes: number;
  apiBytes: number; heap: number; ready: string[]; missing: string[]; errors: string[]; urls: string[];
  /** API answers that came gzip-compressed. */
  compressed: number;
  /** Per widget: portal requests and code chunks in series before its first data. */
  paths?: Record<string, { api: number; chunks: number }>;
}

async function serve(records: number, latency: number): Promise<{ url: string; server: Server; html: () => string }> {
  const portal = createPortalHandler({ synthetic: records, latency: latency || undefined });
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
  const timed = new Map<string, Timed>();
  const run: Run = { thirdParty: 0, ms: NaN, requests: 0, apiRequests: 0, bytes: 0, apiBytes: 0, heap: NaN, ready: [], missing: [], errors: [], urls: [], compressed: 0 };
  const isApi = (u: string) => u.includes('/api/explore/v2.1/');
  let zero = NaN; // monotonic time (s) of the document request: performance.now() counts from about there
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:') || e.request.url.startsWith('blob:')) return;
    if (Number.isNaN(zero)) zero = e.timestamp;
    const init = e.initiator;
    // The script on the stack first: a preload link inserted by a script reports the page (`about:client`) as its url.
    const by = init.stack?.callFrames[0]?.url || init.stack?.parent?.callFrames[0]?.url || init.url;
    timed.set(e.requestId, { url: e.request.url, start: (e.timestamp - zero) * 1000, end: NaN, by, api: isApi(e.request.url), type: e.type });
    run.requests++;
    if (new URL(e.request.url).origin !== new URL(pageUrl).origin) run.thirdParty++;
    if (isApi(e.request.url)) { run.apiRequests++; run.urls.push(e.request.url); }
  });
  cdp.on('Network.responseReceived', (e) => {
    const enc = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    if (timed.get(e.requestId)?.api && enc === 'gzip') run.compressed++;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const t = timed.get(e.requestId);
    if (!t) return;
    t.end = (e.timestamp - zero) * 1000;
    // encodedDataLength: the bytes on the wire (compressed bodies as sent, headers included).
    run.bytes += e.encodedDataLength;
    if (t.api) run.apiBytes += e.encodedDataLength;
  });
  if (bareUrls) await page.addInitScript((u) => ((window as any).__benchUrls = u), bareUrls);
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  try {
    await page.goto(pageUrl);
    await page.waitForFunction(() => (window as any).__benchDone, null, { timeout: 100_000, polling: 50 });
    const done = await page.evaluate(() => (window as any).__benchDone);
    Object.assign(run, { ms: done.t, ready: done.ready, missing: done.missing, errors: done.errors ?? [], firstReady: done.firstReady });
    await page.waitForTimeout(300); // late requests (e.g. map tiles of the basemap) still count
    if (done.firstReady) run.paths = criticalPaths([...timed.values()], done.firstReady);
    if (process.env.BENCH_DEBUG) for (const t of timed.values()) console.error(`    ${t.start.toFixed(0)}-${t.end.toFixed(0)} ${t.type} ${t.url.slice(-60)} <- ${t.by?.slice(-40)}`);
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

/** Median, and the run-to-run spread as the range of the runs (max − min). */
const spread = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x));
  return s.length ? Math.max(...s) - Math.min(...s) : NaN;
};

function summarise(runs: Run[]) {
  const m = (k: keyof Run) => median(runs.map((r) => r[k] as number));
  const tags = Object.keys(runs[0]?.firstReady ?? {});
  const perWidget = Object.fromEntries(tags.map((t) => [t, median(runs.map((r) => r.firstReady?.[t] ?? NaN))]));
  const paths = Object.fromEntries(tags.map((t) => [t, {
    api: median(runs.map((r) => r.paths?.[t]?.api ?? NaN)),
    chunks: median(runs.map((r) => r.paths?.[t]?.chunks ?? NaN)),
  }]));
  return { perWidget, paths, thirdParty: Math.max(...runs.map((r) => r.thirdParty)), ms: m('ms'), msSpread: spread(runs.map((r) => r.ms)),
    msRuns: runs.map((r) => Math.round(r.ms)), requests: m('requests'), apiRequests: m('apiRequests'), bytes: m('bytes'), apiBytes: m('apiBytes'),
    heap: m('heap'), compressed: m('compressed'), ready: runs[0]?.ready ?? [], missing: runs[0]?.missing ?? [], runs: runs.length };
}

/** A load where a widget of the page did not show data: the bench stops, naming it. */
function failed(r: Run, what: string): void {
  if (r.missing.length || r.errors.length || Number.isNaN(r.ms)) {
    throw new Error(`${what}: ${r.errors.length ? `in error: ${r.errors.join(', ')}; ` : ''}never ready: ${r.missing.join(', ') || 'none'}`);
  }
}

/** Appends each scenario's result to `results` as it is measured (a failure keeps the ones before it). */
export async function benchDashboard(results: unknown[] = []) {
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'] });
  try {
    for (const latency of LATENCIES) for (const records of SIZES) {
      const { url, server } = await serve(records, latency);
      const loadBefore = loadavg()[0];
      try {
        await measure(browser, `${url}/dashboard.html`); // warm-up: the portal builds its indexes once
        // Widget and bare loads alternate, each bare load fetching the distinct queries of the widget load just
        // before it, so both see the same machine load; the time ratio is the median of these pairs.
        const widgets: Run[] = [];
        const bare: Run[] = [];
        for (let i = 0; i < RUNS; i++) {
          widgets.push(await measure(browser, `${url}/dashboard.html`));
          failed(widgets[i], `${records} records, ${latency} ms latency, load ${i + 1}`);
          bare.push(await measure(browser, `${url}/bare.html`, [...new Set(widgets[i].urls)]));
          failed(bare[i], `bare script, ${records} records, ${latency} ms latency, load ${i + 1}`);
        }
        const queries = [...new Set(widgets.flatMap((w) => w.urls))];
        const w = summarise(widgets);
        const b = summarise(bare);
        const pairRatio = median(widgets.map((x, i) => x.ms / bare[i].ms));
        const load = `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
        results.push({ records, latency, load, widgets: w, bare: b, queries: queries.map((q) => q.slice(url.length)), ratio: { ms: pairRatio, apiRequests: w.apiRequests / b.apiRequests, apiBytes: w.apiBytes / b.apiBytes } });
        console.error(`  ${records} records, latency ${latency} ms: widgets ${w.ms.toFixed(0)} ms (spread ${w.msSpread.toFixed(0)}), bare ${b.ms.toFixed(0)} ms, ` +
          `ratio ${pairRatio.toFixed(2)}, ${w.apiRequests} API requests, ${w.apiBytes} API bytes; load ${load}`);
        console.error(`    ${Object.entries(w.paths).map(([t, p]) => `${t} ${w.perWidget[t]} ms (${p.api} req, ${p.chunks} chunks)`).join(', ')}`);
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
  const results: unknown[] = [];
  let failure: unknown;
  try {
    await benchDashboard(results);
  } catch (e) {
    failure = e;
  }
  const out = arg('--json', '');
  if (out) await writeFile(out, JSON.stringify(results, null, 2));
  else console.log(JSON.stringify(results, null, 2));
  if (failure) {
    console.error(`Error: ${failure instanceof Error ? failure.message : String(failure)}`);
    process.exit(1);
  }
}
