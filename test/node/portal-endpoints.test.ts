// The local portal's endpoints through a real HTTP server: shapes, headers, errors, limits, exports.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortal } from './portal-helpers.js';

let P: Awaited<ReturnType<typeof withPortal>>;
before(async () => { P = await withPortal({ synthetic: 3000 }); });
after(() => P.close());

test('catalog lists every data file as a dataset, with French metadata and licences', async () => {
  const r = await P.api('/catalog/datasets', { limit: '100', select: 'dataset_id, title, license' });
  assert.equal(r.status, 200);
  const ids = r.json.results.map((d: any) => d.dataset_id);
  for (const id of ['finistere-aires-covoiturage', 'qbo-population-historique', 'qbo-kerofis-noms-de-lieux', 'qbo-communes',
    'communes-29-finistere', 'finistere-communes', 'synthetic-points']) assert.ok(ids.includes(id), id);
  assert.equal(r.json.total_count, ids.length);
  const cov = r.json.results.find((d: any) => d.dataset_id === 'finistere-aires-covoiturage');
  assert.match(cov.license, /ODbL/);
  assert.match(r.json.results.find((d: any) => d.dataset_id === 'synthetic-points').title, /^Jeu de données synthétique \(/);
});

test('catalog where/refine/order_by over metadata', async () => {
  const r = await P.api('/catalog/datasets', { where: "theme = 'Mobilité'", order_by: 'modified desc', select: 'dataset_id, modified' });
  assert.deepEqual(r.json.results.map((d: any) => d.dataset_id)[0], 'finistere-aires-covoiturage');
  const m = r.json.results.map((d: any) => d.modified);
  assert.deepEqual(m, [...m].sort().reverse());
  const ref = await P.api('/catalog/datasets', { refine: 'keyword:breton', select: 'dataset_id' });
  assert.deepEqual(ref.json.results.map((d: any) => d.dataset_id).sort(), ['qbo-communes-noms-bretons', 'qbo-kerofis-noms-de-lieux']);
  const ft = await P.api('/catalog/datasets', { where: '"covoiturage"' });
  assert.equal(ft.json.results[0].dataset_id, 'finistere-aires-covoiturage');
  assert.ok(ft.json.results[0].metas.default, 'full dataset objects without select');
});

test('dataset metadata: fields with French labels and types, metas.default, geo bbox', async () => {
  const r = await P.api('/catalog/datasets/qbo-communes');
  const d = r.json;
  assert.deepEqual(Object.keys(d).slice(0, 4), ['visibility', 'fields', 'dataset_id', 'dataset_uid']);
  const f = Object.fromEntries(d.fields.map((x: any) => [x.name, x]));
  assert.equal(f.code_insee.type, 'text');
  assert.equal(f.code_insee.label, 'Code INSEE');
  assert.equal(f.population_municipale.type, 'int');
  assert.equal(f.geo_shape.type, 'geo_shape');
  assert.equal(d.metas.default.language, 'fr');
  assert.equal(d.metas.default.records_count, 14);
  assert.equal(d.metas.default.bbox.geometry.type, 'Polygon');
  assert.ok(d.features.includes('geo'));
  const covo = (await P.api('/catalog/datasets/finistere-aires-covoiturage')).json;
  assert.equal(covo.fields.find((x: any) => x.name === 'com_lieu').annotations.facet, true);
  assert.equal(covo.fields.find((x: any) => x.name === 'date_maj').type, 'date');
});

test('records: envelope, geo_point_2d {lon,lat}, geo_shape Feature, compact ASCII-escaped JSON, rate-limit headers', async () => {
  const r = await P.api('/catalog/datasets/qbo-communes/records', { where: "code_insee = '29232'" });
  assert.equal(r.json.total_count, 1);
  const q = r.json.results[0];
  assert.equal(q.nom, 'Quimper');
  assert.deepEqual(Object.keys(q.geo_point_2d), ['lon', 'lat']);
  assert.equal(q.geo_shape.type, 'Feature');
  assert.match(r.text, /^\{"total_count": 1, "results": \[\{"code_insee": "29232", /);
  assert.ok([...r.text].every((c) => c.charCodeAt(0) < 128), "non-ASCII is escaped");
  assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.match(r.headers.get('x-ratelimit-reset')!, /^\d{4}-\d{2}-\d{2} 00:00:00\+00:00$/);
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  const a = Number(r.headers.get('x-ratelimit-remaining'));
  const b = Number((await P.api('/catalog/datasets')).headers.get('x-ratelimit-remaining'));
  assert.equal(b, a - 1);
});

test('records: default limit 10, paging, limit/offset errors with the real messages', async () => {
  const r = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records');
  assert.equal(r.json.results.length, 10);
  assert.equal(r.json.total_count, 2051);
  const p2 = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records', { limit: '5', offset: '5' });
  assert.deepEqual(p2.json.results, r.json.results.slice(5, 10));
  const bad = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records', { limit: '1473' });
  assert.equal(bad.status, 400);
  assert.equal(bad.text, '{\n  "error_code": "InvalidRESTParameterError",\n  "message": "Invalid value for limit API parameter: 1473 was found but -1 <= limit <= 100 is expected."\n}');
  assert.equal(bad.headers.get('x-ratelimit-limit'), null);
  const sum = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records', { limit: '100', offset: '9999' });
  assert.equal(sum.json.message, 'Invalid value for sum of offset + limit API parameter: 10099 was found but <= 10000 is expected.');
  assert.equal((await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records', { limit: '100', offset: '9900' })).status, 200);
  const zero = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records', { limit: '0' });
  assert.deepEqual(zero.json, { total_count: 2051, results: [] });
});

test('records: ODSQL and not-found errors as recorded', async () => {
  const e = await P.api('/catalog/datasets/qbo-communes/records', { select: 'no_such_field' });
  assert.equal(e.status, 400);
  assert.deepEqual(e.json, { error_code: 'ODSQLError', message: 'ODSQL query is malformed: Unknown field: no_such_field. Clause(s) containing the error(s): select.' });
  const nf = await P.api('/catalog/datasets/does-not-exist');
  assert.equal(nf.status, 404);
  assert.deepEqual(nf.json, { error_code: 'NotFoundResource', message: 'The requested dataset does-not-exist does not exist.' });
  assert.equal((await P.api('/catalog/datasets/does-not-exist/records')).status, 404);
});

test('group_by: no total_count, keys first, labels, order_by alias, big limits allowed', async () => {
  const r = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/records',
    { select: 'kumun, count(*) as n', group_by: 'kumun', order_by: 'n desc', limit: '3' });
  assert.deepEqual(Object.keys(r.json), ['results']);
  assert.equal(r.json.results[0].kumun, 'Kemper');
  assert.ok(r.json.results[0].n >= r.json.results[1].n);
  const big = await P.api('/catalog/datasets/synthetic-points/records', { select: 'count(*)', group_by: 'identifiant', limit: '5000' });
  assert.equal(big.json.results.length, 3000);
  const gc = await P.api('/catalog/datasets/synthetic-points/records', { select: 'count(*)', group_by: 'GEO_CLUSTER(geo_point_2d,8)', limit: '-1' });
  const c = gc.json.results[0];
  assert.deepEqual(Object.keys(c), ['GEO_CLUSTER(geo_point_2d,8)', 'count(*)']);
  assert.deepEqual(Object.keys(c['GEO_CLUSTER(geo_point_2d,8)'].cluster_centroid), ['lat', 'lon']);
  assert.equal(gc.json.results.reduce((s: number, x: any) => s + x['count(*)'], 0), 3000);
});

test('single record by id, and 404 for an unknown id', async () => {
  const first = await P.api('/catalog/datasets/finistere-ecluses/records', { limit: '1' });
  const ids = await import('../../portal/routes/records.js');
  const { getStore } = await import('../../portal/store/index.js');
  const ds = getStore(3000).byId.get('finistere-ecluses')!;
  const id = ids.recordIds(ds).ofRow.get(ds.rows[0])!;
  const one = await P.get(`/api/explore/v2.1/catalog/datasets/finistere-ecluses/records/${id}`);
  assert.deepEqual(one.json, first.json.results[0]);
  assert.equal((await P.get('/api/explore/v2.1/catalog/datasets/finistere-ecluses/records/0000')).status, 404);
});

test('dataset facets: -count order, refined/excluded states, date hierarchy, catalog facets', async () => {
  const f = await P.api('/catalog/datasets/finistere-aires-covoiturage/facets', { facet: ['type', 'date_maj'], refine: 'date_maj:2023', exclude: 'type:Parking' });
  assert.deepEqual(f.json.links.map((l: any) => l.rel), ['self', 'dataset']);
  const type = f.json.facets.find((x: any) => x.name === 'type').facets;
  assert.deepEqual(type.find((v: any) => v.value === 'Parking'), { name: 'Parking', state: 'excluded', value: 'Parking' });
  const year = f.json.facets.find((x: any) => x.name === 'date_maj').facets.find((v: any) => v.value === '2023');
  assert.equal(year.state, 'refined');
  assert.equal(year.facets[0].value, '2023/08');
  const all = await P.api('/catalog/datasets/qbo-kerofis-noms-de-lieux/facets');
  const rummad = all.json.facets.find((x: any) => x.name === 'rummad').facets;
  assert.deepEqual(rummad.map((v: any) => v.count), [...rummad.map((v: any) => v.count)].sort((a, b) => b - a));
  assert.deepEqual(Object.keys(rummad[0]), ['name', 'count', 'state', 'value']);
  const cat = await P.api('/catalog/facets');
  assert.deepEqual(cat.json.facets.map((x: any) => x.name), ['features', 'theme', 'keyword', 'publisher', 'license']);
  assert.equal(cat.json.links[1].rel, 'source');
});

test('exports: csv (BOM, ;, CRLF, geo as "lat, lon"), delimiter/with_bom/quote_all, json, jsonl, geojson', async () => {
  const c = await P.api('/catalog/datasets/finistere-aires-covoiturage/exports/csv', { select: 'id_lieu, geo_point_2d', limit: '2' });
  assert.equal(c.headers.get('content-disposition'), 'attachment; filename="finistere-aires-covoiturage.csv"');
  assert.equal(c.text.split('\r\n')[0], '\ufeffid_lieu;geo_point_2d');
  assert.equal(c.text.split('\r\n')[1], '29005-C-001;47.85639796, -3.605252657');
  const c2 = await P.api('/catalog/datasets/qbo-communes/exports/csv', { select: 'nom', with_bom: 'false', delimiter: ',', quote_all: 'true', limit: '1' });
  assert.equal(c2.text, '"nom"\r\n"Quimper"\r\n');
  const j = await P.api('/catalog/datasets/qbo-population-historique/exports/json', { select: 'count(*) as n', group_by: 'millesime' });
  assert.match(j.text, /^\[\{"millesime": 2019, "n": 14\},\{"millesime": 2020/);
  assert.equal(j.json.length, 5);
  const l = await P.api('/catalog/datasets/qbo-population-historique/exports/jsonl');
  assert.equal(l.text.trim().split('\n').length, 70, 'exports default to every record');
  const g = await P.api('/catalog/datasets/qbo-contour/exports/geojson');
  assert.equal(g.json.type, 'FeatureCollection');
  assert.equal(g.json.features[0].geometry.type, 'Polygon');
  assert.equal((await P.api('/catalog/datasets/qbo-population-historique/exports/geojson')).status, 404);
  const list = await P.api('/catalog/datasets/qbo-contour/exports');
  assert.ok(list.json.links.some((x: any) => x.rel === 'geojson'));
  const cat = await P.api('/catalog/exports/csv', { with_bom: 'false' });
  assert.match(cat.text.split('\r\n')[0], /^dataset_id;default\.title;/);
});

test('CORS preflight, attachments, unknown paths go to next()', async () => {
  const o = await P.get('/api/explore/v2.1/catalog/datasets', { method: 'OPTIONS' });
  assert.equal(o.headers.get('access-control-allow-methods'), 'POST, GET, OPTIONS');
  const a = await P.api('/catalog/datasets/qbo-communes/attachments');
  assert.deepEqual(Object.keys(a.json), ['links', 'attachments']);
  const src = await P.get(new URL(a.json.attachments[0].href).pathname);
  assert.match(src.text, /^# qbo-communes/);
  const byTheme = await P.api('/catalog/datasets', { select: 'count(*) as n', group_by: 'theme' });
  assert.ok(byTheme.json.results.some((g: any) => g.theme === 'Mobilité' && g.n === 3), 'multivalued metadata groups per value');
  assert.equal((await P.get('/not-the-api')).status, 404);
});

test('xss option adds the xss-corpus dataset (portal/fixtures), absent by default', async () => {
  assert.equal((await P.api('/catalog/datasets/xss-corpus')).status, 404, 'absent by default');
  const X = await withPortal({ synthetic: 0, xss: true });
  try {
    const r = await X.api('/catalog/datasets/xss-corpus/records', { limit: '3' });
    assert.match(r.text, /onerror=/, 'payloads are data, served as JSON text');
    const cat = await X.api('/catalog/datasets', { where: '"xss"', select: 'dataset_id' });
    assert.deepEqual(cat.json.results.map((d: any) => d.dataset_id), ['xss-corpus']);
  } finally { await X.close(); }
});

test('malformed input gives clean JSON errors, never a crash', async () => {
  const bad = await P.get('/api/explore/v2.1/catalog/datasets/%E0%A4%A');
  assert.equal(bad.status, 404);
  assert.equal(bad.json.error_code, 'NotFoundResource');
  const syntax = await P.api('/catalog/datasets/qbo-communes/records', { where: "nom = 'Quimper" });
  assert.equal(syntax.status, 400);
  assert.match(syntax.json.message, /^ODSQL query is malformed: .* Clause\(s\) containing the error\(s\): where\.$/);
  const lim = await P.api('/catalog/datasets/qbo-communes/records', { limit: 'abc' });
  assert.equal(lim.json.error_code, 'InvalidRESTParameterError');
  assert.equal((await P.api('/catalog/datasets/qbo-communes/records')).status, 200, 'still serving');
});

test('in_bbox on a geo_shape field keeps shapes overlapping the box', async () => {
  // A small box between Quimper and Ergué-Gabéric: both polygons overlap it, neither centre is inside.
  const r = await P.api('/catalog/datasets/qbo-communes/records', { select: 'nom', where: 'in_bbox(geo_shape, 47.99, -4.03, 48.0, -4.02)' });
  const names = r.json.results.map((x: any) => x.nom);
  assert.deepEqual(names, ['Quimper', 'Ergué-Gabéric']);
  const c = await P.api('/catalog/datasets/qbo-communes/records', { select: 'nom', where: 'in_bbox(geo_point_2d, 47.99, -4.03, 48.0, -4.02)' });
  assert.equal(c.json.total_count, 0);
});
