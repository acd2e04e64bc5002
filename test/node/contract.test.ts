// Contract tests: for the recordings in test/fixtures/ods-samples (real Explore API v2.1 bodies; see each .txt sidecar
// for the request) the local portal answers an equivalent query on our data with the same keys, value types
// and nesting (see contract-shape.ts), and the same bytes where the recording is an error body.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withPortal } from './portal-helpers.js';
import { shapeDiff, type ShapeOpts } from './contract-shape.js';

const DIR = new URL('../fixtures/ods-samples/', import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const sampleJson = (name: string) => JSON.parse(sample(name));

let P: Awaited<ReturnType<typeof withPortal>>;
before(async () => { P = await withPortal({ synthetic: 3000 }); });
after(() => P.close());

function same(name: string, ours: unknown, opts: ShapeOpts = {}): void {
  assert.deepEqual(shapeDiff(sampleJson(name), ours, opts), [], name);
}
const DS = '/catalog/datasets';

const cases: [string, string, Record<string, string | string[]>, ShapeOpts?][] = [
  ['dataset-metadata-vancouver-public-trees.json', `${DS}/finistere-aires-covoiturage`, {}, { ignore: ['$.metas.custom'] }],
  ['dataset-metadata-vancouver-property-tax-report.json', `${DS}/qbo-population-historique`, {}, { ignore: ['$.metas.custom'] }],
  ['records-aggregate-count-vancouver.json', `${DS}/qbo-kerofis-noms-de-lieux/records`, { limit: '1', select: 'count(*) as total' }, { exactKeys: true }],
  ['facets-dataset-vancouver-public-trees.json', `${DS}/qbo-kerofis-noms-de-lieux/facets`, { facet: 'kumun' }, { exactKeys: true, keyOrder: true }],
  ['facets-catalog-vancouver.json', '/catalog/facets', {}, { exactKeys: true }],
  ['records-geopoint-paris-velib.json', `${DS}/finistere-aires-covoiturage/records`, { select: 'id_lieu as stationcode, nom_lieu as name, ouvert, geo_point_2d as coordonnees_geo, insee as code_insee_commune' },
    { ignore: ['$.results[0].is_installed', '$.results[0].capacity', '$.results[0].numdocksavailable', '$.results[0].numbikesavailable', '$.results[0].mechanical',
      '$.results[0].ebike', '$.results[0].is_renting', '$.results[0].is_returning', '$.results[0].duedate', '$.results[0].nom_arrondissement_communes'] }],
  ['records-select-paris-velib.json', `${DS}/finistere-aires-covoiturage/records`, { select: 'id_lieu, nom_lieu' }, { rename: { stationcode: 'id_lieu', name: 'nom_lieu' }, exactKeys: true, keyOrder: true }],
  ['records-select-where-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'identifiant, capacite', where: 'capacite>30' }, { rename: { stationcode: 'identifiant', capacity: 'capacite' }, exactKeys: true }],
  ['records-orderby-desc-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'identifiant, capacite', where: 'capacite>30', order_by: 'capacite DESC' }, { rename: { stationcode: 'identifiant', capacity: 'capacite' }, exactKeys: true }],
  ['records-where-in-list-paris-velib.json', `${DS}/finistere-aires-covoiturage/records`, { select: 'id_lieu, com_lieu', where: "com_lieu IN ('QUIMPER','BRIEC','PLUGUFFAN')" }, { rename: { stationcode: 'id_lieu', nom_arrondissement_communes: 'com_lieu' }, exactKeys: true }],
  ['records-in-bbox-paris-velib.json', `${DS}/finistere-aires-covoiturage/records`, { select: 'id_lieu, nom_lieu', where: 'in_bbox(geo_point_2d,47.9,-4.2,48.2,-3.9)' }, { rename: { stationcode: 'id_lieu', name: 'nom_lieu' }, exactKeys: true }],
  ['records-not-in-bbox-paris-velib.json', `${DS}/finistere-aires-covoiturage/records`, { select: 'id_lieu, nom_lieu', where: 'not(in_bbox(geo_point_2d,47.9,-4.2,48.2,-3.9))' }, { rename: { stationcode: 'id_lieu', name: 'nom_lieu' }, exactKeys: true }],
  ['records-within-distance-select-distance-paris-velib.json', `${DS}/finistere-aires-covoiturage/records`,
    { select: "id_lieu, nom_lieu, distance(geo_point_2d, geom'POINT(-4.1 47.99)') as distance", where: "within_distance(geo_point_2d, geom'POINT(-4.1 47.99)', 20km)" },
    { rename: { stationcode: 'id_lieu', name: 'nom_lieu' }, exactKeys: true, keyOrder: true }],
  ['records-groupby-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'commune, count(*), sum(capacite)', group_by: 'commune' },
    { rename: { nom_arrondissement_communes: 'commune', 'sum(capacity)': 'sum(capacite)' }, exactKeys: true, keyOrder: true }],
  ['records-groupby-orderby-label-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'commune, count(*) as nb_stations, sum(capacite)', group_by: 'commune', order_by: 'nb_stations DESC' },
    { rename: { nom_arrondissement_communes: 'commune', 'sum(capacity)': 'sum(capacite)' }, exactKeys: true, keyOrder: true }],
  ['records-groupby-range-static-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'count(*)', group_by: 'RANGE(capacite,*,15,20,25,30,40,*) as capacity' }, { exactKeys: true, keyOrder: true }],
  ['records-groupby-range-width-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'count(*)', group_by: 'RANGE(capacite,15)' }, { rename: { 'RANGE(capacity,15)': 'RANGE(capacite,15)' }, exactKeys: true, keyOrder: true }],
  ['records-groupby-geocluster-paris-velib.json', `${DS}/synthetic-points/records`, { select: 'count(*)', group_by: 'GEO_CLUSTER(geo_point_2d,10)' },
    { rename: { 'GEO_CLUSTER(coordonnees_geo,10)': 'GEO_CLUSTER(geo_point_2d,10)' }, exactKeys: true, keyOrder: true }],
  ['docexample-records-groupby-v2.1.json', `${DS}/qbo-kerofis-noms-de-lieux/records`, { select: 'count(*) as count', group_by: 'kumun' }, { rename: { cou_name_en: 'kumun' }, exactKeys: true }],
  ['export-json-groupby-vancouver.json', `${DS}/qbo-kerofis-noms-de-lieux/exports/json`, { select: 'count(*) as count', group_by: 'kumun' }, { rename: { genus_name: 'kumun' }, exactKeys: true, keyOrder: true }],
];

/** The recorded object reduced to the keys we have an equivalent for, renamed to ours. */
function pick(rec: Record<string, unknown>, map: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([k, ours]) => [ours, rec[k]]));
}

test('same shape as docexample-catalog-datasets-v2.1.json and docexample-dataset-v2.1.json (spec examples)', async () => {
  const list = await P.api(DS, { limit: '3' });
  // Annotations differ per field (and the spec prints them as arrays, real portals as booleans): not compared.
  same('docexample-catalog-datasets-v2.1.json', list.json, { ignore: ['$.results[0].fields[0].annotations'] });
  same('docexample-dataset-v2.1.json', (await P.api(`${DS}/finistere-france-services`)).json, { ignore: ['$.fields[0].annotations'] });
});

test('same envelope and value types as docexample-records-geopoint-v2.1.json and docexample-record-v2.1.json', async () => {
  const map = { name: 'nom_lieu', modification_date: 'date_maj', coordinates: 'geo_point_2d', geoname_id: 'id_lieu', country_code: 'insee' };
  const list = await P.api(`${DS}/finistere-aires-covoiturage/records`, { limit: '2' });
  const rec = sampleJson('docexample-records-geopoint-v2.1.json');
  assert.deepEqual(shapeDiff({ total_count: rec.total_count, results: [pick(rec.results[0], map)] }, list.json), []);
  const { getStore } = await import('../../portal/store/index.js');
  const { recordIds } = await import('../../portal/routes/records.js');
  const ds = getStore(3000).byId.get('finistere-aires-covoiturage')!;
  const one = await P.get(`/api/explore/v2.1${DS}/finistere-aires-covoiturage/records/${recordIds(ds).ofRow.get(ds.rows[1])}`);
  assert.deepEqual(shapeDiff(pick(sampleJson('docexample-record-v2.1.json'), map), one.json), []);
  assert.deepEqual(one.json, list.json.results[1]);
});

for (const [name, path, params, opts] of cases) {
  test(`same shape as ${name}`, async () => {
    const r = await P.api(path, params);
    assert.equal(r.status, 200, r.text);
    same(name, r.json, opts);
  });
}

test('error bodies are byte-identical to the recordings (400 ODSQLError, 400 limit, 404)', async () => {
  const odsql = await P.api(`${DS}/finistere-aires-covoiturage/exports/csv`, { select: 'no_such_field' });
  assert.equal(odsql.text, sample('error-400-odsqlerror-vancouver.json'));
  const limit = await P.api(`${DS}/finistere-aires-covoiturage/records`, { limit: '1473' });
  assert.equal(limit.text, sample('error-400-invalidrestparameter-limit-paris-velib.json'));
  const nf = await P.api(`${DS}/does-not-exist`);
  assert.equal(nf.text, sample('error-404-notfoundresource-vancouver.json'));
});

test('429 body has the documented keys and types', async () => {
  const r = await P.get('/__fault/status=429/api/explore/v2.1/catalog/datasets');
  same('docexample-error-429-quota-v2.1.json', r.json, { exactKeys: true, keyOrder: true });
});

test('CSV export writes geo columns like the recording (geo_shape geometry JSON, geo_point_2d "lat, lon")', async () => {
  const rec = sample('export-csv-vancouver-public-trees.csv').split('\r\n');
  const ours = (await P.api(`${DS}/qbo-communes/exports/csv`, { select: 'nom, geo_shape, geo_point_2d', limit: '1', with_bom: 'false' })).text.split('\r\n');
  const recCells = rec[1].split(';');
  const ourCells = ours[1].match(/^([^;]*);("(?:[^"]|"")*");(.*)$/)!.slice(1);
  assert.match(recCells[recCells.length - 1], /^-?\d+\.\d+, -?\d+\.\d+$/);
  assert.match(ourCells[2], /^-?\d+\.\d+, -?\d+\.\d+$/);
  assert.match(rec[1], /"\{""coordinates"": \[/);
  assert.match(ourCells[1], /^"\{""coordinates"": \[\[\[/);
  assert.match(ourCells[1], /""type"": ""Polygon""\}"$/);
  const s = sample('export-csv-vancouver-property-tax-report.csv');
  assert.ok(s.includes('\r\n') && !s.startsWith('\ufeff'));
});

test('the shape comparer itself catches missing keys, type changes, extra keys and key order', () => {
  assert.deepEqual(shapeDiff({ a: 1, b: { c: 'x' } }, { a: 2, b: { c: 'y' } }), []);
  assert.deepEqual(shapeDiff({ a: 1 }, { b: 1 }), ['$.a: missing (as a)']);
  assert.deepEqual(shapeDiff({ r: [{ p: { lon: 1 } }] }, { r: [{ p: 'x' }] }), ['$.r[0].p: recorded object, ours string']);
  assert.deepEqual(shapeDiff({ a: 1 }, { a: 1, z: 2 }, { exactKeys: true }), ['$: extra keys z']);
  assert.equal(shapeDiff({ a: 1, b: 2 }, { b: 2, a: 1 }, { exactKeys: true, keyOrder: true }).length, 1);
  assert.deepEqual(shapeDiff({ a: null }, { a: [1] }), [], 'null is compatible with any type');
});
