// Which fields are facets (annotations, or the back office's asset_content_configuration.facets read by ods-widgets
// 2.1.2) and how facet choices reach a query: refine only on facets, where equality elsewhere (issue 10 §4, §5).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backOfficeFacets, datasetFacetNames, records, type DatasetMetadata, type FieldMeta } from '../../src/api/index.js';
import { applyFacetFilters } from '../../src/elements/dataset/facet-filters.js';
import { facetParam } from '../../src/elements/facets/facet-plan.js';

const f = (name: string, type: string, annotations: Record<string, unknown> = {}): FieldMeta => ({ name, type, label: name, description: null, annotations });
const meta = (fields: FieldMeta[], metas: Record<string, unknown> = {}) =>
  ({ dataset_id: 'd', features: [], fields, metas: { default: { title: 'd' }, ...metas } }) as unknown as DatasetMetadata;

describe('declared facets', () => {
  const fields = [f('lib_com', 'text'), f('type', 'text', { facet: true }), f('places', 'int'), f('date_maj', 'date')];
  it('reads asset_content_configuration.facets as names, objects or a {value} wrapper; back office first, then annotations', () => {
    for (const facets of [['lib_com', 'date_maj'], [{ name: 'lib_com', facetsort: 'alphanum' }, { name: 'date_maj' }], { value: ['lib_com', 'date_maj'] }]) {
      const m = meta(fields, { asset_content_configuration: { facets } });
      assert.deepEqual(backOfficeFacets(m), ['lib_com', 'date_maj']);
      assert.deepEqual(datasetFacetNames(m), ['lib_com', 'date_maj', 'type']);
    }
    assert.deepEqual(datasetFacetNames(meta(fields, { asset_content_configuration: { facets: ['nope', 'lib_com'] } })), ['lib_com', 'type'], 'unknown names dropped');
    assert.deepEqual(datasetFacetNames(meta(fields)), ['type']);
  });
  it('filters a facet with refine (quoted) and another field with typed where equality', () => {
    const m = meta(fields, { asset_content_configuration: { facets: ['lib_com'] } });
    const q = applyFacetFilters(records('d'), m, [['lib_com', ['Quimper']], ['places', ['12']], ['type', ['Aire', 'Parking']]], [['lib_com', ['Brest']], ['places', ['0']]]);
    assert.deepEqual(q.get('refine'), ['lib_com:"Quimper"']);
    assert.deepEqual(q.get('exclude'), ['lib_com:"Brest"']);
    assert.deepEqual([...q.get('where')].sort(), ['(`type` = "Aire") OR (`type` = "Parking")', '`places` = 12', 'not(`places` = 0)'].sort());
    assert.equal(q.get('timezone').length, 0);
  });
  it('sends the page timezone with a date choice, and keeps refine when the metadata is unknown', () => {
    const m = meta(fields, { asset_content_configuration: { facets: ['date_maj'] } });
    assert.deepEqual(applyFacetFilters(records('d'), m, [['date_maj', ['2020/11']]], []).get('timezone'), ['Europe/Paris']);
    assert.deepEqual(applyFacetFilters(records('d'), undefined, [['x', ['a']]], []).get('refine'), ['x:"a"']);
  });
  it('asks multi-choice facets for disjunctive counts with the facet() syntax, dates by name', () => {
    assert.equal(facetParam('lib_com', 'text'), 'facet(name="lib_com", disjunctive=true)');
    assert.equal(facetParam('date_maj', 'date'), 'date_maj');
  });
});
