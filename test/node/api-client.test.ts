// Client surface: portal URL forms, one shared client per portal+key, and typed results read from
// the real recorded bodies.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ExploreClient, getClient, resetClients, normalizePortal, annotation,
  records, catalog, datasetFacets, catalogFacets, field, str,
} from '../../src/api/index.js';
import { fakeFetch, json } from './api-fake-fetch.js';

const sample = (name: string) => readFileSync(new URL(`../fixtures/ods-samples/${name}`, import.meta.url), 'utf8');

describe('portal URL', () => {
  it('accepts an origin, an API root, a fault prefix, domain names (any host, Huwise or custom)', () => {
    const cases: [string, string][] = [
      ['https://data.example.fr', 'https://data.example.fr/api/explore/v2.1'],
      ['https://data.example.fr/', 'https://data.example.fr/api/explore/v2.1'],
      ['https://data.example.fr/api/explore/v2.1/', 'https://data.example.fr/api/explore/v2.1'],
      ['https://data.example.fr/api/explore/v2.1?x=1#y', 'https://data.example.fr/api/explore/v2.1'],
      ['http://127.0.0.1:8000/__fault/status=503;times=1', 'http://127.0.0.1:8000/__fault/status=503;times=1/api/explore/v2.1'],
      ['  data.example.fr ', 'https://data.example.fr/api/explore/v2.1'],
      ['data.example.fr:8443/sub', 'https://data.example.fr:8443/sub/api/explore/v2.1'],
      ['localhost:8787', 'http://localhost:8787/api/explore/v2.1'],
      ['https://d.example/api/explore/v2.1/catalog/datasets/x/records?limit=2', 'https://d.example/api/explore/v2.1'],
      ['data.example.huwise.com', 'https://data.example.huwise.com/api/explore/v2.1'],
    ];
    for (const [input, out] of cases) assert.equal(normalizePortal(input), out, input);
  });

  it('resolves relative URLs against the page, and refuses them without one', () => {
    assert.equal(normalizePortal('/', 'http://localhost:8000/demo/page.html'), 'http://localhost:8000/api/explore/v2.1');
    assert.equal(normalizePortal('', 'http://localhost:8000/demo/page.html'), 'http://localhost:8000/api/explore/v2.1');
    assert.equal(normalizePortal('./od', 'http://h/demo/page.html'), 'http://h/demo/od/api/explore/v2.1');
    assert.throws(() => normalizePortal('/'), TypeError);
  });

  it('refuses non-http(s) schemes, junk and bare names (no host is guessed from a short name)', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://h.example', 'file:///etc/passwd', 'a b', 'qbo']) {
      assert.throws(() => normalizePortal(bad), TypeError, bad);
    }
  });
});

describe('shared clients', () => {
  afterEach(() => resetClients());

  it('getClient() gives one client per portal and API key', () => {
    const a = getClient('https://data.example.fr');
    assert.equal(getClient('https://data.example.fr/api/explore/v2.1/'), a);
    assert.equal(getClient('data.example.fr'), a);
    assert.notEqual(getClient('https://data.example.fr', { apiKey: 'k' }), a);
    assert.notEqual(getClient('https://other.example.fr'), a);
    assert.equal(a.baseUrl, 'https://data.example.fr/api/explore/v2.1');
  });

  it('url() and exportUrl() are absolute and stable', () => {
    const c = new ExploreClient('https://p.example');
    const q = records('finistere-aires-covoiturage').where(`${field('com_lieu')} = ${str('Quimper')}`).refine('type', 'Aire');
    assert.equal(c.url(q), 'https://p.example/api/explore/v2.1/catalog/datasets/finistere-aires-covoiturage/records?where=%60com_lieu%60+%3D+%22Quimper%22&refine=type%3A%22Aire%22');
    const u = new URL(c.exportUrl(q, 'csv', { delimiter: ';', with_bom: 'true' }));
    assert.equal(u.pathname, '/api/explore/v2.1/catalog/datasets/finistere-aires-covoiturage/exports/csv');
    assert.equal(u.searchParams.get('where'), '`com_lieu` = "Quimper"');
    assert.equal(u.searchParams.get('delimiter'), ';');
  });
});

describe('typed results from recordings', () => {
  const with200 = (body: string) => new ExploreClient('https://p.example', { fetch: fakeFetch(json(body)) });

  it('dataset(): fields with label/type/annotations, metas.default, features', async () => {
    const meta = await with200(sample('dataset-metadata-vancouver-public-trees.json')).dataset('public-trees');
    assert.equal(meta.dataset_id, 'public-trees');
    assert.equal(meta.metas.default.title, 'Public trees');
    assert.equal(meta.metas.default.records_count, 185845);
    assert.deepEqual(meta.features, ['analyze', 'timeserie', 'geo']);
    const species = meta.fields.find((f) => f.name === 'species_name')!;
    assert.equal(species.type, 'text');
    assert.equal(annotation(species, 'facet'), true);
    assert.equal(annotation(species, 'facetsort'), 'alphanum');
    assert.equal(annotation(species, 'hierarchical'), undefined);
  });

  it('annotation() also reads the array encoding of the spec examples', () => {
    const f = { annotations: { facet: [], facetsort: ['-count'], hierarchical: ['/'], sortable: false } };
    assert.equal(annotation(f, 'facet'), true);
    assert.equal(annotation(f, 'facetsort'), '-count');
    assert.equal(annotation(f, 'hierarchical'), '/');
    assert.equal(annotation(f, 'sortable'), undefined);
  });

  it('dataset() fills fields/features/title when a portal omits them', async () => {
    const meta = await with200('{"dataset_id": "bare"}').dataset('bare');
    assert.deepEqual(meta.fields, []);
    assert.deepEqual(meta.features, []);
    assert.equal(meta.metas.default.title, 'bare');
  });

  it('catalog(): total_count and dataset objects', async () => {
    const page = await with200(sample('docexample-catalog-datasets-v2.1.json')).catalog(catalog().limit(10));
    assert.equal(page.total_count, 19);
    assert.ok(page.results.length > 0);
    assert.equal(typeof page.results[0].dataset_id, 'string');
    assert.ok(Array.isArray(page.results[0].fields));
  });

  it('groups(): group_by rows without total_count', async () => {
    const rows = await with200(sample('records-groupby-paris-velib.json')).groups(records('velib').groupBy('nom_arrondissement_communes'));
    assert.ok(rows.length > 0);
    assert.equal(typeof rows[0]['nom_arrondissement_communes'], 'string');
    assert.equal(typeof rows[0]['count(*)'], 'number');
  });

  it('facets(): dataset and catalog facet values', async () => {
    const ds = await with200(sample('facets-dataset-vancouver-public-trees.json')).facets(datasetFacets('public-trees').facet('genus_name'));
    const genus = ds.facets.find((f) => f.name === 'genus_name')!;
    assert.deepEqual(Object.keys(genus.facets[0]).sort(), ['count', 'name', 'state', 'value']);
    const cat = await with200(sample('facets-catalog-vancouver.json')).facets(catalogFacets());
    assert.ok(cat.facets.some((f) => f.name === 'theme'));
    await assert.rejects(with200('{"links": []}').facets(catalogFacets()), { kind: 'bad-response' });
  });

  it('records(): a page with total_count and flat records', async () => {
    const page = await with200(sample('records-geopoint-paris-velib.json')).records<{ coordonnees_geo: { lon: number } }>(records('velib'));
    assert.equal(page.total_count, 1473);
    assert.equal(typeof page.results[0].coordonnees_geo.lon, 'number');
  });

  it('count() asks for limit=0 and returns total_count', async () => {
    const f = fakeFetch(json(sample('records-aggregate-count-vancouver.json')));
    const c = new ExploreClient('https://p.example', { fetch: f });
    assert.equal(await c.count(records('public-trees').where('a = 1').limit(50).offset(20)), 185845);
    const u = new URL(f.calls[0].url);
    assert.equal(u.searchParams.get('limit'), '0');
    assert.equal(u.searchParams.get('offset'), null);
    assert.equal(u.searchParams.get('where'), 'a = 1');
  });

  it('exportJson() reads the exports/json array (group rows with a null group)', async () => {
    const f = fakeFetch(json(sample('export-json-groupby-vancouver.json')));
    const c = new ExploreClient('https://p.example', { fetch: f });
    const rows = await c.exportJson<{ genus_name: string | null; count: number }>(records('public-trees').groupBy('genus_name'));
    assert.equal(new URL(f.calls[0].url).pathname, '/api/explore/v2.1/catalog/datasets/public-trees/exports/json');
    assert.equal(rows[0].genus_name, null);
    assert.equal(typeof rows[0].count, 'number');
    await assert.rejects(with200('{"results": []}').exportJson(records('d')), { kind: 'bad-response' });
  });
});
