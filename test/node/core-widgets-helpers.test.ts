// Pure helpers of the table, pager and KPI: columns, sort cycle, page lists, API window, aggregates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextSort, parseFieldList, pickColumns, selectOf } from '../../src/elements/table/columns.js';
import { parseFieldLangs } from '../../src/core/field-lang.js';
import { clampPageSize, pageCount, pageItems } from '../../src/elements/pager/pager-model.js';
import type { FieldMeta } from '../../src/api/index.js';

const fm = (name: string, type: string, label = ''): FieldMeta => ({ name, type, label, description: null, annotations: {} });
const schema = [fm('nom_lieu', 'text', 'Nom du lieu'), fm('nbre_pl', 'int', 'Nombre de places'), fm('geo', 'geo_point_2d', 'Position'), fm('shape', 'geo_shape', 'Contour')];

describe('table columns', () => {
  it('keep the order chosen in fields, with schema labels', () => {
    const { columns, unknown } = pickColumns(schema, 'nbre_pl, nom_lieu');
    assert.deepEqual(columns.map((c) => [c.name, c.label]), [['nbre_pl', 'Nombre de places'], ['nom_lieu', 'Nom du lieu']]);
    assert.deepEqual(unknown, []);
  });
  it('default to every field but shapes, and report unknown names', () => {
    assert.deepEqual(pickColumns(schema).columns.map((c) => c.name), ['nom_lieu', 'nbre_pl', 'geo']);
    assert.deepEqual(pickColumns(schema, 'nom_lieu nope').unknown, ['nope']);
  });
  it('fall back to the field name when the label is empty; geo is not sortable', () => {
    const { columns } = pickColumns([fm('x', 'text')]);
    assert.equal(columns[0].label, 'x');
    assert.equal(pickColumns(schema, 'geo').columns[0].sortable, false);
  });
  it('select only the shown fields, back-quoted', () => {
    assert.equal(selectOf(pickColumns(schema, 'nom_lieu,nbre_pl').columns), '`nom_lieu`, `nbre_pl`');
    assert.deepEqual(parseFieldList(' a,b;;a  c '), ['a', 'b', 'c']);
  });
  it('cycle sort: ascending, descending, dataset order; another column starts ascending', () => {
    assert.deepEqual(nextSort(null, 'a'), { field: 'a', desc: false });
    assert.deepEqual(nextSort({ field: 'a', desc: false }, 'a'), { field: 'a', desc: true });
    assert.equal(nextSort({ field: 'a', desc: true }, 'a'), null);
    assert.deepEqual(nextSort({ field: 'a', desc: true }, 'b'), { field: 'b', desc: false });
  });
});

describe('field languages', () => {
  it('keeps plain language tags only', () => {
    assert.deepEqual([...parseFieldLangs('dibab:br, kumun:br-FR x:"><img y:')], [['dibab', 'br'], ['kumun', 'br-FR']]);
    assert.equal(parseFieldLangs(undefined).size, 0);
  });
});

describe('pager model', () => {
  it('clamps page sizes to what the API serves', () => {
    assert.equal(clampPageSize(undefined), 10);
    assert.equal(clampPageSize(NaN), 10);
    assert.equal(clampPageSize(0), 10);
    assert.equal(clampPageSize(500), 100);
    assert.equal(clampPageSize(25.7), 25);
  });
  it('counts pages and caps them at the 10 000-row window', () => {
    assert.deepEqual(pageCount(63, 10), { pages: 7, capped: false });
    assert.deepEqual(pageCount(0, 10), { pages: 1, capped: false });
    assert.deepEqual(pageCount(10000, 10), { pages: 1000, capped: false });
    assert.deepEqual(pageCount(25000, 100), { pages: 100, capped: true });
  });
  it('lists first, last and neighbours with gaps', () => {
    assert.deepEqual(pageItems(0, 5), [0, 1, 2, 3, 4]);
    assert.deepEqual(pageItems(0, 20), [0, 1, 2, 3, null, 19]);
    assert.deepEqual(pageItems(10, 20), [0, null, 9, 10, 11, null, 19]);
    assert.deepEqual(pageItems(19, 20), [0, null, 16, 17, 18, 19]);
    // a gap of one page shows that page rather than an ellipsis
    assert.deepEqual(pageItems(3, 20), [0, 1, 2, 3, 4, null, 19]);
  });
});

