// Opens every story of the static Storybook build (OD_STORYBOOK_DIR, written by `npm test` with `storybook build`)
// in Chromium, the local portal served beside it on the same origin. A story passes when its widgets reach the
// state it is tagged with (`state-loading|empty|error`, else ready), axe-core finds no WCAG 2.1 A/AA violation
// and the page logs no error; error stories may only log the portal's injected failures.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createPortalHandler } from '../../portal/server.js';
import { elementsOf } from '../../src/builder/manifest.js';
import { launchBrowser, watchPage } from '../e2e/harness.js';
import { DATA_TAGS, trackFailures } from '../e2e/suite-helpers.js';

const DIR = resolve(process.env.OD_STORYBOOK_DIR ?? 'storybook-static');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Elements that show a data state (`:state(ready)` …); od-filters is ready with chips, empty without. */
const STATEFUL = [...DATA_TAGS, 'od-filters', 'od-records', 'od-select', 'od-daterange', 'od-share'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png',
};

interface Entry { id: string; title: string; name: string; type: string; tags: string[] }

function readIndex(): Entry[] {
  const file = join(DIR, 'index.json');
  assert.ok(existsSync(file), `${file} is missing: run \`npm run build-storybook\` or set OD_STORYBOOK_DIR`);
  return Object.values(JSON.parse(readFileSync(file, 'utf8')).entries as Record<string, Entry>).filter((e) => e.type === 'story');
}
const STORIES = readIndex();

/** The static build and the local portal on one origin, as `npm run storybook` serves them. */
function serve(): Server {
  const portal = createPortalHandler({ synthetic: 500 });
  return createServer((req, res) => portal(req, res, async () => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(DIR, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }));
}

// Page scripts as source text (tsx's helpers such as `__name` do not exist in the page), called with JSON arguments.
const call = (fn: string, arg: unknown) => `(${fn})(${JSON.stringify(arg)})`;
const STATES = `(tags) => [...document.querySelectorAll('#storybook-root :is(' + tags.join(',') + ')')]
  .map((el) => el.localName + ':' + (['ready', 'empty', 'error', 'loading'].find((s) => el.matches(':state(' + s + ')')) ?? 'none'))`;
/**
 * The story's own element (or, in a story of no single element, every data element, where "ready" also admits
 * "empty": filters without a choice) is in the expected state, and the other data elements have settled.
 */
const SETTLED = `({ tags, own, expected }) => {
  const els = [...document.querySelectorAll('#storybook-root :is(' + tags.join(',') + ')')];
  const state = (el) => ['ready', 'empty', 'error', 'loading'].find((s) => el.matches(':state(' + s + ')'));
  const main = els.filter((el) => el.localName === own);
  const ok = main.length || expected !== 'ready' ? [expected] : ['ready', 'empty'];
  if (!(main.length ? main : els).every((el) => ok.includes(state(el)))) return false;
  return els.some((el) => state(el) === expected) && els.every((el) => state(el) && (expected === 'loading' || state(el) !== 'loading'));
}`;

/** Storybook's preview has finished rendering (and playing) the story `id`. */
const RENDERED = `(id) => {
  const r = window.__STORYBOOK_PREVIEW__?.currentRender;
  return r?.id === id && ['finished', 'errored', 'aborted'].includes(r.phase) && r.phase;
}`;

const expectedState = (e: Entry) => e.tags.find((t) => /^state-(loading|empty|error)$/.test(t))?.slice(6) ?? 'ready';

const CONCURRENCY = 2;

/** A browser tab kept open across stories: Storybook switches stories in place, without reloading its bundle. */
interface Tab { page: Page; errors: string[]; failed: string[]; loaded: boolean }

describe('Storybook: every story', { concurrency: CONCURRENCY }, () => {
  let server: Server;
  let browser: Browser;
  let base = '';
  const free: Tab[] = [];
  const waiting: ((t: Tab) => void)[] = [];
  const acquire = () => new Promise<Tab>((r) => { const t = free.pop(); if (t) r(t); else waiting.push(r); });
  const release = (t: Tab) => { const w = waiting.shift(); if (w) w(t); else free.push(t); };

  before(async () => {
    server = serve();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchBrowser();
    for (let i = 0; i < CONCURRENCY; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      free.push({ page, errors: (await watchPage(page)).errors, failed: trackFailures(page), loaded: false });
    }
  });
  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  it('has stories for every element of the manifest and every theme', () => {
    const tags = elementsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8'))).map((e) => e.tag);
    const themes = readdirSync('themes').filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4));
    const titles = new Set(STORIES.map((s) => s.title));
    const missing = [...tags.filter((t) => !titles.has(`Elements/${t}`)),
      ...themes.filter((t) => !STORIES.some((s) => s.title === 'Themes' && s.name.toLowerCase() === t)).map((t) => `theme ${t}`)];
    assert.deepEqual(missing, [], 'no story');
    for (const state of ['loading', 'empty', 'error']) assert.ok(STORIES.some((s) => expectedState(s) === state), `no ${state} story`);
  });

  for (const story of STORIES) {
    it(`${story.title} › ${story.name}`, { timeout: 90_000 }, async () => {
      const expected = expectedState(story);
      const tab = await acquire();
      const { page } = tab;
      try {
        if (!tab.loaded) {
          // A fresh document: nothing of an earlier story (an error story's last retries) can log into this one.
          await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'commit' });
          tab.errors.length = 0;
          tab.failed.length = 0;
        } else {
          tab.errors.length = 0;
          tab.failed.length = 0;
          await page.evaluate(call(`(id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' })`, story.id));
        }
        const phase = await (await page.waitForFunction(call(RENDERED, story.id), undefined, { timeout: 60_000, polling: 100 })).jsonValue();
        assert.equal(phase, 'finished', 'Storybook did not render the story');
        if (!tab.loaded) await page.evaluate(AXE);
        // After an error story, the next one on this tab starts from a new document.
        tab.loaded = expected !== 'error';
        // The story's own element (or every data element, for a story of no single element) reaches the expected
        // state; the other data elements have settled (not loading).
        const own = story.title.startsWith('Elements/') ? story.title.slice(9) : '';
        const reached = await page.waitForFunction(call(SETTLED, { tags: STATEFUL, own, expected }), undefined, { timeout: 60_000, polling: 100 })
          .then(() => '', (e: Error) => e.message);
        const states = await page.evaluate(call(STATES, STATEFUL)) as string[];
        assert.equal(reached, '', `expected ${expected}, got ${states.join(' ') || 'no data element'}`);
        const result = (await page.evaluate(`axe.run('#storybook-root', { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`)) as
          { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] };
        assert.deepEqual(result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`), [], 'axe violations');
        // An error story's failures are the portal's injected ones, reported by the widgets themselves.
        const injected = (u: string) => /\/__fault\/[^/]*status=/.test(u);
        assert.deepEqual(tab.failed.filter((f) => expected !== 'error' || !injected(f)), [], 'failed requests');
        const errors = tab.errors.filter((e) => expected !== 'error' ||
          !(e.startsWith('Failed to load resource') || e.startsWith('[opendata-widgets]')));
        assert.deepEqual(errors, [], 'console or page errors');
      } catch (e) {
        tab.loaded = false; // a failed story does not leave its state to the next one
        throw e;
      } finally {
        release(tab);
      }
    });
  }
});
