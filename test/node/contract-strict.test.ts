// Contract tests where real portals are strict (issue 10). Each case names its evidence: a recording of
// test/fixtures/ods-samples (see the .txt sidecar), a section of ../shared/docs/explore-api-v2.1.md, or the public
// client ods-widgets (what it sends); docs/portal-queries.md lists the same evidence per query shape.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withPortal } from './portal-helpers.js';

const DIR = new URL('../fixtures/ods-samples/', import.meta.url);
const sidecar = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const recordedHeader = (name: string, header: string) =>
  new RegExp(`^\\s*${header}: (.*)$`, 'mi').exec(sidecar(name))?.[1].trim();

let P: Awaited<ReturnType<typeof withPortal>>;
before(async () => { P = await withPortal({ synthetic: 3000 }); });
after(() => P.close());
const DS = '/catalog/datasets';

test('sum()/avg() of a text field: 400 ODSQLError "StatAggregation only supports numeric or date expression." (issue 10 §1, real portal)', async () => {
  for (const select of ['sum(nbre_pl) as value', 'avg(nom_lieu)']) {
    const r = await P.api(`${DS}/finistere-aires-covoiturage/records`, { select, limit: '1' });
    assert.equal(r.status, 400, select);
    assert.deepEqual(r.json, { error_code: 'ODSQLError', message: 'ODSQL query is malformed: StatAggregation only supports numeric or date expression.' });
    // Error bodies are pretty-printed without charset, as error-400-odsqlerror-vancouver.txt records.
    assert.equal(r.headers.get('content-type'), 'application/json');
  }
  const ok = await P.api(`${DS}/finistere-aires-covoiturage/records`, { select: 'count(nbre_pl) as value', limit: '1' });
  assert.equal(ok.status, 200);
});

test('aggregate without group_by: repeated per matching record up to limit, [] when none (records-aggregate-count-vancouver, spec §5.5)', async () => {
  const one = await P.api(`${DS}/qbo-communes/records`, { select: 'count(*) as total', limit: '1' });
  assert.deepEqual(one.json, { total_count: 14, results: [{ total: 14 }] });
  const dflt = await P.api(`${DS}/qbo-communes/records`, { select: 'count(*) as total' });
  assert.equal(dflt.json.results.length, 10, 'limit defaults to 10 (spec §3), so the row repeats ten times');
  const none = await P.api(`${DS}/qbo-communes/records`, { select: 'sum(population_municipale) as s', where: 'population_municipale > 10000000', limit: '1' });
  assert.deepEqual(none.json, { total_count: 0, results: [] });
});

test('group_by GEO_CLUSTER without limit returns every cluster (records-groupby-geocluster-paris-velib: 14 groups); other group_by default to 10 (spec §3)', async () => {
  const geo = await P.api(`${DS}/synthetic-points/records`, { select: 'count(*)', group_by: 'GEO_CLUSTER(geo_point_2d,10)' });
  const all = await P.api(`${DS}/synthetic-points/records`, { select: 'count(*)', group_by: 'GEO_CLUSTER(geo_point_2d,10)', limit: '20000' });
  assert.ok(all.json.results.length > 10, 'the synthetic points make more than 10 clusters');
  assert.equal(geo.json.results.length, all.json.results.length);
  const plain = await P.api(`${DS}/qbo-kerofis-noms-de-lieux/records`, { select: 'count(*) as n', group_by: 'kumun' });
  assert.equal(plain.json.results.length, 10);
  const big = await P.api(`${DS}/qbo-kerofis-noms-de-lieux/records`, { select: 'count(*) as n', group_by: 'kumun', limit: '20000' });
  assert.equal(big.status, 200, 'spec §4: grouped limit up to 20000');
  const over = await P.api(`${DS}/qbo-kerofis-noms-de-lieux/records`, { select: 'count(*) as n', group_by: 'kumun', limit: '20001' });
  assert.equal(over.status, 400);
});

test('refine/exclude accept quoted values and date hierarchy paths (ods-widgets api-params-v1-to-v2 sends field:"value")', async () => {
  const count = async (p: Record<string, string | string[]>) => (await P.api(`${DS}/finistere-aires-covoiturage/records`, { limit: '0', ...p })).json.total_count as number;
  const bare = await count({ refine: 'com_lieu:QUIMPER' });
  assert.ok(bare > 0);
  assert.equal(await count({ refine: 'com_lieu:"QUIMPER"' }), bare);
  const all = await count({});
  assert.equal(await count({ exclude: 'com_lieu:"QUIMPER"' }), all - bare);
  const month = (await P.api(`${DS}/finistere-aires-covoiturage/facets`, { facet: 'date_maj' })).json.facets[0].facets[0].value as string;
  const byYear = await count({ refine: `date_maj:"${month.slice(0, 4)}"` });
  assert.ok(byYear > 0, 'a year path refines');
  assert.equal(await count({ refine: `date_maj:${month.slice(0, 4)}` }), byYear);
});

test('facet(name="x", disjunctive=true): a disjunctive facet counts ignore its own refinements (ods-widgets; spec §3 facet)', async () => {
  const r = await P.api(`${DS}/finistere-etablissements-sante/facets`, { facet: 'facet(name="city", disjunctive=true)', refine: 'city:"QUIMPER"' });
  const values = r.json.facets[0].facets as { value: string; state: string }[];
  assert.ok(values.length > 1, 'other cities stay listed');
  assert.equal(values.find((v) => v.value === 'QUIMPER')?.state, 'refined');
});

test('facets declared in the back office (asset_content_configuration.facets, ods-widgets 2.1.2), no annotations; /facets without facet= lists them', async () => {
  for (const id of ['finistere-france-services', 'finistere-etablissements-sante', 'finistere-irve-points-de-charge']) {
    const meta = (await P.api(`${DS}/${id}`)).json;
    assert.ok(!meta.fields.some((f: { annotations: Record<string, unknown> }) => f.annotations.facet), `${id}: no facet annotation`);
    const declared = (meta.metas.asset_content_configuration.facets as { name: string }[]).map((f) => f.name);
    assert.ok(declared.length >= 3, id);
    const facets = (await P.api(`${DS}/${id}/facets`)).json.facets as { name: string }[];
    assert.deepEqual(facets.map((f) => f.name).sort(), [...declared].sort(), id);
  }
});

test('OPTIONS preflight: the recorded CORS headers, no Retry-After exposed (records-aggregate-count-vancouver.txt)', async () => {
  const r = await P.get('/api/explore/v2.1/catalog/datasets', { method: 'OPTIONS', headers: { Origin: 'https://www.quimper.bzh', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
  assert.equal(r.status, 200);
  const rec = 'records-aggregate-count-vancouver.txt';
  for (const h of ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-expose-headers', 'access-control-max-age']) {
    assert.equal(r.headers.get(h), recordedHeader(rec, h), h);
  }
  assert.ok(!/retry-after/i.test(r.headers.get('access-control-expose-headers') ?? ''));
  assert.ok(!/x-api-key|apikey/i.test(r.headers.get('access-control-allow-headers') ?? ''), 'an API key travels as Authorization only');
});

test('/explore/dataset/<id>/ answers 302 to /explore/assets/<id>/, a French page with title, licence, API and exports', async () => {
  const r = await fetch(`${P.url}/explore/dataset/qbo-communes/`, { redirect: 'manual' });
  assert.equal(r.status, 302);
  assert.equal(new URL(r.headers.get('location')!).pathname, '/explore/assets/qbo-communes/');
  const tab = await fetch(`${P.url}/explore/dataset/qbo-communes/table/`, { redirect: 'manual' });
  assert.equal(tab.status, 302, 'old tabs redirect too');
  const page = await P.get('/explore/assets/qbo-communes/');
  assert.equal(page.status, 200);
  assert.match(page.text, /<html lang="fr">/);
  assert.match(page.text, /<h1>Communes membres de Quimper Bretagne Occidentale<\/h1>/);
  assert.match(page.text, /Licence/);
  assert.match(page.text, /\/api\/explore\/v2\.1\/catalog\/datasets\/qbo-communes\/records/);
  assert.match(page.text, /exports\/csv/);
  assert.equal((await P.get('/explore/assets/no-such-dataset/')).status, 404);
});

test('the client sends only headers the recorded preflight allows; the API key only as Authorization: Apikey', async () => {
  const { ExploreClient, records } = await import('../../src/api/index.js');
  const sent: Headers[] = [];
  const fetch = async (_url: string, init: RequestInit) => { sent.push(new Headers(init.headers)); return new Response('{"total_count": 0, "results": []}', { status: 200 }); };
  await new ExploreClient('https://data.example.huwise.com', { fetch, apiKey: 'k3y' }).records(records('x'));
  const allowed = recordedHeader('records-aggregate-count-vancouver.txt', 'access-control-allow-headers')!.toLowerCase().split(/,\s*/);
  const names = [...sent[0].keys()];
  assert.ok(names.every((n) => allowed.includes(n)), `sent ${names.join(', ')}`);
  assert.equal(sent[0].get('authorization'), 'Apikey k3y');
});
