// Client-side bounds against hostile answers and URLs (issue 18): answer size, rows per page, prototype keys in
// the URL state, the embed page's basemap allow-list.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BadResponseError, ExploreClient, catalog, records } from '../../src/api/index.js';
import { EMPTY_VIEW, withRefine } from '../../src/core/view-state.js';
import { readViewFromUrl, writeViewToUrl } from '../../src/elements/dataset/url-state.js';
import { planFacetRequests } from '../../src/elements/facets/facet-plan.js';
import { parseEmbedParams } from '../../src/embed/embed-params.js';
import { fakeFetch, json } from './api-fake-fetch.js';

describe('answer size', () => {
  it('refuses an answer whose Content-Length is too large, without retrying', async () => {
    const f = fakeFetch(() => new Response('{}', { headers: { 'content-length': String(64 * 1024 * 1024) } }));
    const c = new ExploreClient('https://p.example', { fetch: f, retryDelay: 1 });
    const err = await c.records(records('x')).catch((e) => e);
    assert.ok(err instanceof BadResponseError);
    assert.equal(err.errorCode, 'too-large');
    assert.equal(f.calls.length, 1);
  });

  it('stops reading a streamed answer past maxBytes', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctrl) { pulled++; ctrl.enqueue(new Uint8Array(1024).fill(32)); },
    });
    const c = new ExploreClient('https://p.example', { fetch: fakeFetch(() => new Response(body)), maxBytes: 10 * 1024 });
    const err = await c.records(records('x')).catch((e) => e);
    assert.equal(err.errorCode, 'too-large');
    assert.ok(pulled <= 13, `read ${pulled} KiB of an endless answer`);
  });

  it('reads an answer under the bound as usual', async () => {
    const c = new ExploreClient('https://p.example', { fetch: fakeFetch(json({ total_count: 1, results: [{ a: 'é' }] })), maxBytes: 100 });
    assert.deepEqual((await c.records(records('x'))).results, [{ a: 'é' }]);
  });
});

describe('rows per page', () => {
  it('gives at most `limit` records or datasets, whatever the portal sends', async () => {
    const many = { total_count: 20000, results: Array.from({ length: 20000 }, (_, i) => ({ i })) };
    const c = new ExploreClient('https://p.example', { fetch: fakeFetch(json(many)) });
    assert.equal((await c.records(records('x').limit(10))).results.length, 10);
    assert.equal((await c.records(records('x').limit(10))).total_count, 20000);
    const d = new ExploreClient('https://q.example', { fetch: fakeFetch(json(many)) });
    assert.equal((await d.catalog(catalog().limit(5))).results.length, 5);
  });
});

describe('prototype keys in the view state', () => {
  const url = (qs: string) => new URL(`https://www.quimper.bzh/page?${qs}`);

  it('reads constructor, __proto__ and toString as field names', () => {
    const s = readViewFromUrl(url('r.refine=constructor:x&r.refine=__proto__:y&r.refine=toString:z&r.exclude=__proto__:w'), 'r');
    assert.deepEqual(Object.keys(s.refine), ['constructor', '__proto__', 'toString']);
    assert.deepEqual(s.refine.constructor, ['x']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(s.refine, '__proto__')?.value, ['y']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(s.exclude, '__proto__')?.value, ['w']);
    const back = writeViewToUrl(url(''), 'r', s);
    assert.deepEqual(back.searchParams.getAll('r.refine'), ['constructor:x', '__proto__:y', 'toString:z']);
  });

  it('toggles them without touching Object.prototype', () => {
    let s = withRefine(EMPTY_VIEW, 'constructor', 'a');
    s = withRefine(s, '__proto__', 'b');
    s = withRefine(s, 'toString', 'c');
    assert.deepEqual(Object.keys(s.refine), ['constructor', '__proto__', 'toString']);
    s = withRefine(s, '__proto__', 'b');
    assert.deepEqual(Object.keys(s.refine), ['constructor', 'toString']);
    assert.equal(({} as Record<string, unknown>).b, undefined);
    // Unchosen fields named like Object.prototype members are not "chosen".
    assert.deepEqual(planFacetRequests(['constructor', 'valueOf', 'hasOwnProperty'], EMPTY_VIEW.refine), [{ fields: ['constructor', 'valueOf', 'hasOwnProperty'] }]);
  });
});

describe('embed page basemap', () => {
  const attrs = () => ['basemap', 'basemap-attribution', 'height'];
  const style = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';

  it('refuses a basemap whose origin the page does not list, and its attribution with it', () => {
    const qs = `?widget=od-map&od-map.basemap=${encodeURIComponent('https://evil.example/s.json')}&od-map.basemap-attribution=x`;
    const cfg = parseEmbedParams(qs, attrs);
    assert.deepEqual(cfg.widgets[0].attrs, []);
    assert.equal(cfg.problems.length, 2);
  });

  it('accepts a basemap from a listed origin', () => {
    const cfg = parseEmbedParams(`?widget=od-map&od-map.basemap=${encodeURIComponent(style)}&od-map.basemap-attribution=IGN`, attrs, [], ['https://data.geopf.fr']);
    assert.deepEqual(cfg.widgets[0].attrs, [['basemap', style], ['basemap-attribution', 'IGN']]);
    assert.deepEqual(cfg.problems, []);
  });
});
