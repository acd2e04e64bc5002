// Pure helpers of od-catalog, od-facets, od-filters and od-download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExploreClient, records, type DatasetMetadata } from '../../src/api/index.js';
import { EMPTY_VIEW } from '../../src/core/view-state.js';
import { catalogFacetsQuery, catalogListQuery, pageCount, parseFieldList, toCatalogSort, EMPTY_CATALOG_VIEW } from '../../src/elements/catalog/catalog-query.js';
import { displayValue, planFacetRequests, resolveFacetFields, shownValues } from '../../src/elements/facets/facet-plan.js';
import { baseChips, visitorChips } from '../../src/elements/filters/filter-chips.js';
import { filtersMessages } from '../../src/elements/filters/filters.i18n.js';
import { exportFormats, exportLinks, hasGeo, withViewSort } from '../../src/elements/download/export-links.js';

const meta = (fields: Array<[string, string, Record<string, unknown>?]>): DatasetMetadata => ({
  dataset_id: 'x', features: [], metas: { default: { title: 'X' } },
  fields: fields.map(([name, type, annotations = {}]) => ({ name, type, label: name.toUpperCase(), description: null, annotations })),
});

test('catalog list query: scope, search, choices, sort and page', () => {
  const q = catalogListQuery({ where: 'records_count > 0', refine: 'publisher:INSEE' }, { q: 'vélo', refine: { theme: 'Mobilité' }, sort: 'title', page: 2 }, 5);
  const p = q.toSearchParams();
  assert.deepEqual(p.getAll('where').sort(), ['records_count > 0', 'search("vélo")']);
  assert.deepEqual(p.getAll('refine').sort(), ['publisher:"INSEE"', 'theme:"Mobilité"']);
  assert.equal(p.get('order_by'), 'title asc');
  assert.equal(p.get('limit'), '5');
  assert.equal(p.get('offset'), '10');
});

test('catalog facets query has the same filters, one facet parameter per field, none without fields', () => {
  const f = catalogFacetsQuery({ refine: 'publisher:INSEE' }, { ...EMPTY_CATALOG_VIEW, q: 'eau' }, ['theme', 'keyword'])!;
  assert.equal(f.path, '/catalog/facets');
  assert.deepEqual(f.get('facet'), ['theme', 'keyword']);
  assert.deepEqual(f.get('refine'), ['publisher:"INSEE"']);
  assert.deepEqual(f.get('where'), ['search("eau")']);
  assert.equal(catalogFacetsQuery({}, EMPTY_CATALOG_VIEW, []), undefined);
});

test('page count stops where the API stops paging; sort names fall back to modified', () => {
  assert.equal(pageCount(0, 10), 1);
  assert.equal(pageCount(23, 10), 3);
  assert.equal(pageCount(50000, 100), 100);
  assert.equal(toCatalogSort('records'), 'records');
  assert.equal(toCatalogSort('constructor'), 'modified');
  assert.deepEqual(parseFieldList(' theme, keyword ,theme  publisher'), ['theme', 'keyword', 'publisher']);
});

test('facet fields: listed ones that exist (unknown apart), else those annotated facet in either encoding', () => {
  const m = meta([['com', 'text', { facet: true }], ['type', 'text', { facet: [] }], ['n', 'int'], ['off', 'text', { facet: false }]]);
  assert.deepEqual(resolveFacetFields([], m).fields.map((f) => f.name), ['com', 'type']);
  assert.deepEqual(resolveFacetFields(['n', 'nope'], m), { fields: [{ name: 'n', label: 'N', type: 'int' }], unknown: ['nope'] });
});

test('facet requests: unchosen fields share one request, each chosen field is counted without its own choices', () => {
  assert.deepEqual(planFacetRequests(['a', 'b', 'c'], {}), [{ fields: ['a', 'b', 'c'] }]);
  assert.deepEqual(planFacetRequests(['a', 'b', 'c'], { b: ['x'], z: ['y'] }), [{ fields: ['a', 'c'] }, { withoutRefineOn: 'b', fields: ['b'] }]);
  assert.deepEqual(planFacetRequests(['a'], { a: ['x'] }), [{ withoutRefineOn: 'a', fields: ['a'] }]);
});

test('shown facet values drop excluded ones and keep chosen values the answer lacks', () => {
  const values = shownValues([
    { name: 'Brest', value: 'Brest', count: 3, state: 'displayed' },
    { name: 'Morlaix', value: 'Morlaix', state: 'excluded' },
  ], ['Quimper']);
  assert.deepEqual(values, [{ value: 'Brest', label: 'Brest', count: 3 }, { value: 'Quimper', label: 'Quimper', count: 0 }]);
});

test('filter chips: visitor filters are removable, base filters are not', () => {
  const t = filtersMessages.fr;
  const label = (f: string) => ({ com: 'Commune' })[f] ?? f;
  const chips = visitorChips({ ...EMPTY_VIEW, q: 'gare', refine: { com: ['Quimper'] }, exclude: { type: ['Parking'] } }, label, t);
  assert.deepEqual(chips.map((c) => c.label), ['Recherche : « gare »', 'Commune : Quimper', 'type : sauf Parking']);
  assert.deepEqual(chips[1].remove, { kind: 'refine', field: 'com', value: 'Quimper' });
  const base = baseChips({ refine: 'com:Brest;type:Aire', commune: '29232', where: 'n > 1' }, label, t);
  assert.deepEqual(base.map((c) => c.label), ['Commune (code INSEE) : 29232', 'Commune : Brest', 'type : Aire', 'Sélection : n > 1']);
  assert.ok(base.every((c) => !c.remove));
});

test('export links: CSV with ; and BOM, JSON, GeoJSON only with geo fields, XLSX only when listed', () => {
  const client = new ExploreClient('https://data.example.fr');
  const q = records('x').refine('com', 'Quimper');
  const geo = meta([['com', 'text'], ['pos', 'geo_point_2d']]);
  const plain = meta([['com', 'text']]);
  assert.equal(hasGeo(geo), true);
  assert.equal(hasGeo(plain), false);
  const all = exportLinks(client, q, geo, new Set(['csv', 'json', 'geojson', 'xlsx']));
  assert.deepEqual(all.map((l) => l.format), ['csv', 'json', 'geojson', 'xlsx']);
  const csv = new URL(all[0].href);
  assert.equal(csv.pathname, '/api/explore/v2.1/catalog/datasets/x/exports/csv');
  assert.equal(csv.searchParams.get('delimiter'), ';');
  assert.equal(csv.searchParams.get('with_bom'), 'true');
  assert.equal(csv.searchParams.get('refine'), 'com:"Quimper"');
  assert.deepEqual(exportLinks(client, q, plain, undefined).map((l) => l.format), ['csv', 'json']);
  assert.deepEqual(exportLinks(client, q, geo, new Set(['csv', 'json'])).map((l) => l.format), ['csv', 'json']);
});

test('export formats are read from the exports list; the view sort orders the files', () => {
  assert.deepEqual([...exportFormats({ links: [{ rel: 'self' }, { rel: 'csv' }, { rel: 'xlsx' }] })!], ['csv', 'xlsx']);
  // Spec schema (explore-api-v2.1.md §3 include_links) names the list `_links`: read both, so XLSX is offered.
  assert.deepEqual([...exportFormats({ _links: [{ rel: 'self' }, { rel: 'csv' }, { rel: 'XLSX' }] })!], ['csv', 'xlsx']);
  assert.deepEqual([...exportFormats({ links: [{ rel: 'csv' }], _links: [{ rel: 'xlsx' }] })!], ['csv', 'xlsx']);
  assert.equal(exportFormats({ nope: 1 }), undefined);
  assert.equal(exportFormats(null), undefined);
  const sorted = withViewSort(records('x'), { ...EMPTY_VIEW, sort: { field: 'nom', desc: true } });
  assert.equal(sorted.get('order_by')[0], '`nom` desc');
  assert.equal(withViewSort(records('x'), EMPTY_VIEW).get('order_by').length, 0);
});

test('boolean values read yes/no in the UI language; other types stay as given', () => {
  assert.equal(displayValue('boolean', 'true', 'Oui', 'Non'), 'Oui');
  assert.equal(displayValue('boolean', 'false', 'Ya', 'Nann'), 'Nann');
  assert.equal(displayValue('text', 'true', 'Oui', 'Non'), 'true');
  assert.equal(displayValue(undefined, 'x', 'Oui', 'Non'), 'x');
});
