// Integration: the API client against the local portal (portal/server.ts) on 127.0.0.1:0, over real
// HTTP, including the fault prefix `/__fault/<spec>` (docs/architecture.md).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from '../../portal/server.js';
import {
  ExploreClient, records, catalog, dataset, datasetFacets, catalogFacets, field, str, search, and, inList,
  BadRequestError, BadResponseError, NetworkError, NotFoundError, ServerError, TimeoutError, AbortedError, QuotaError,
  type ClientOptions,
} from '../../src/api/index.js';

let portal: { url: string; close: () => Promise<void> };
let n = 0;
/** A client whose every request carries a fault spec unique to this call (`times` counts per spec). */
const faulty = (spec: string, opts: ClientOptions = {}) =>
  new ExploreClient(`${portal.url}/__fault/${spec};t=${++n}`, { retryDelay: 20, cacheTtl: 0, ...opts });
const q = records('qbo-communes').select('nom, population_totale').orderBy('population_totale desc').limit(3);

before(async () => { portal = await startPortal({ synthetic: 100 }); });
after(async () => { await portal?.close(); });

describe('client ↔ local portal', () => {
  it('reads records, groups, counts, metadata, facets and the catalog', async () => {
    const c = new ExploreClient(portal.url);
    const page = await c.records<{ nom: string; population_totale: number }>(q);
    assert.equal(page.total_count, 14);
    assert.deepEqual(page.results.map((r) => r.nom).slice(0, 1), ['Quimper']);
    assert.ok(page.results[0].population_totale > page.results[1].population_totale);

    const rows = await c.groups(records('finistere-communes').select('count(*) as n').groupBy('nom_epci').orderBy('n desc').limit(100));
    assert.ok(rows.length > 5 && typeof rows[0].n === 'number' && typeof rows[0].nom_epci === 'string');
    assert.equal(await c.count(records('qbo-communes')), 14);

    const meta = await c.dataset('qbo-communes');
    assert.equal(meta.fields.find((f) => f.name === 'population_totale')?.type, 'int');
    assert.equal(typeof meta.metas.default.title, 'string');

    const facets = await c.facets(datasetFacets('finistere-communes').facet('nom_epci'));
    const epci = facets.facets.find((f) => f.name === 'nom_epci')!;
    assert.ok(epci.facets.length > 5 && epci.facets.every((v) => v.state === 'displayed'));
    assert.ok(Array.isArray((await c.facets(catalogFacets())).facets));

    const cat = await c.catalog(catalog().where(`dataset_id = ${str('qbo-communes')}`));
    assert.deepEqual(cat.results.map((d) => d.dataset_id), ['qbo-communes']);
  });

  it('refine/exclude narrow the records as facet selections', async () => {
    const c = new ExploreClient(portal.url);
    const base = records('finistere-communes');
    const all = await c.count(base);
    const crozon = await c.count(base.refine('nom_epci', "CC Presqu'île de Crozon-Aulne maritime"));
    const rest = await c.count(base.exclude('nom_epci', "CC Presqu'île de Crozon-Aulne maritime"));
    assert.equal(crozon, 10);
    assert.equal(crozon + rest, all);
  });

  it('quoted visitor text matches exactly and never breaks out of its literal', async () => {
    const c = new ExploreClient(portal.url);
    const base = records('finistere-communes');
    const epci = "CC Presqu'île de Crozon-Aulne maritime";
    assert.equal(await c.count(base.where(`${field('nom_epci')} = ${str(epci)}`)), 10);
    assert.equal(await c.count(base.where(inList('nom_epci', [epci, 'CA Quimper Bretagne Occidentale']))), 24);
    for (const hostile of [`Quimper" OR "1"="1`, `x\\" OR nom != "`, `') OR 1=1 --`, 'a\\', '"', '`nom`']) {
      const where = and(`${field('nom')} = ${str(hostile)}`, search(hostile));
      assert.equal(await c.count(base.where(where)), 0, hostile);
    }
  });

  it('exportUrl() gives a downloadable CSV and exportJson() all rows', async () => {
    const c = new ExploreClient(portal.url);
    const res = await fetch(c.exportUrl(q, 'csv', { delimiter: ';', with_bom: false }));
    assert.equal(res.status, 200);
    const lines = (await res.text()).trim().split(/\r?\n/);
    assert.equal(lines[0], 'nom;population_totale');
    assert.match(lines[1], /^Quimper;\d+$/);
    const rows = await c.exportJson(records('finistere-communes').select('nom'));
    assert.equal(rows.length, await c.count(records('finistere-communes')));
    assert.ok(rows.length > 100, 'exports are not limited to 100 rows');
  });

  it('shares one HTTP request between identical concurrent calls', async () => {
    const c = faulty('latency=100');
    const pages = await Promise.all([c.records(q), c.records(q), c.records(q)]);
    assert.equal(c.fetchCount, 1);
    assert.deepEqual(pages[0], pages[2]);
  });
});

describe('client ↔ portal faults', () => {
  it('429 with Retry-After: waits, retries and succeeds', async () => {
    const c = faulty('status=429;times=1;retry-after=1');
    const t0 = performance.now();
    const page = await c.records(q);
    assert.equal(page.results.length, 3);
    assert.equal(c.fetchCount, 2);
    // A lower bound only: a loaded machine makes the wait longer, never shorter.
    assert.ok(performance.now() - t0 >= 950, 'waited for Retry-After');
  });

  it('429 that persists: QuotaError with the portal code and message', async () => {
    const err = await faulty('status=429;retry-after=0', { retries: 1 }).records(q).catch((e) => e);
    assert.ok(err instanceof QuotaError);
    assert.equal(err.errorCode, '10002');
    assert.match(err.portalMessage ?? '', /Too many requests/);
  });

  it('503 twice: retried twice, then success', async () => {
    const c = faulty('status=503;times=2');
    assert.equal((await c.records(q)).results.length, 3);
    assert.equal(c.fetchCount, 3);
  });

  it('503 for good: ServerError after the 2 retries', async () => {
    const c = faulty('status=503');
    const err = await c.records(q).catch((e) => e);
    assert.ok(err instanceof ServerError && err.status === 503);
    assert.equal(c.fetchCount, 3);
  });

  it('500: ServerError at once', async () => {
    const c = faulty('status=500');
    const err = await c.records(q).catch((e) => e);
    assert.ok(err instanceof ServerError && err.status === 500);
    assert.equal(c.fetchCount, 1);
  });

  it('connection reset: retried as a network error, NetworkError when it persists', async () => {
    const once = faulty('reset;times=1');
    assert.equal((await once.records(q)).results.length, 3);
    assert.equal(once.fetchCount, 2);
    const err = await faulty('reset').records(q).catch((e) => e);
    assert.ok(err instanceof NetworkError, String(err));
  });

  it('badjson: BadResponseError', async () => {
    await assert.rejects(faulty('badjson').records(q), BadResponseError);
  });

  it('latency beyond the timeout: TimeoutError, and abort works on a real request', async () => {
    // The answer would come after 1 s: a TimeoutError shows the client gave up first (no upper time bound needed).
    await assert.rejects(faulty('latency=1000').records(q, { timeout: 150 }), TimeoutError);
    const ctl = new AbortController();
    const p = faulty('latency=1000').records(q, { signal: ctl.signal });
    ctl.abort();
    await assert.rejects(p, AbortedError);
  });

  it('unknown dataset: NotFoundError with the portal message', async () => {
    const c = new ExploreClient(portal.url);
    const err = await c.dataset(dataset('no-such-dataset')).catch((e) => e);
    assert.ok(err instanceof NotFoundError);
    assert.match(err.portalMessage ?? '', /no-such-dataset/);
    await assert.rejects(c.records(records('no-such-dataset')), NotFoundError);
  });

  it('bad ODSQL and bad parameters: BadRequestError with the portal message', async () => {
    const c = new ExploreClient(portal.url);
    const err = await c.records(records('qbo-communes').select('no_such_field')).catch((e) => e);
    assert.ok(err instanceof BadRequestError);
    assert.equal(err.errorCode, 'ODSQLError');
    assert.match(err.portalMessage ?? '', /^ODSQL query is malformed/);
    const limit = await c.records(records('qbo-communes').limit(101)).catch((e) => e);
    assert.ok(limit instanceof BadRequestError);
    assert.equal(limit.errorCode, 'InvalidRESTParameterError');
  });
});
