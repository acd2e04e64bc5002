// The one aggregate grammar (src/api/aggregate.ts) shared by od-kpi, od-chart and od-map, and its French messages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { aggregatableFields, aggregateExpr, checkAggregate, parseAggregate, ungroupedValue, type FieldMeta } from '../../src/api/index.js';
import { aggregateProblemText } from '../../src/i18n/aggregate.js';

const f = (name: string, type: string): FieldMeta => ({ name, type, label: name, description: null, annotations: {} });
const schema = [f('nbre_pl', 'text'), f('places', 'int'), f('montant', 'double'), f('date_maj', 'date'), f('geo_point_2d', 'geo_point_2d')];

describe('aggregate grammar', () => {
  it('parses fn(field) and count(*), nothing else', () => {
    assert.deepEqual(parseAggregate('count(*)'), { fn: 'count' });
    assert.deepEqual(parseAggregate(undefined), { fn: 'count' });
    assert.deepEqual(parseAggregate(' SUM( nbre_pl ) '), { fn: 'sum', field: 'nbre_pl' });
    assert.deepEqual(parseAggregate('avg(`population`)'), { fn: 'avg', field: 'population' });
    assert.deepEqual(parseAggregate('median(x)'), { fn: 'median', field: 'x' });
    assert.equal(parseAggregate('median(x)', ['count', 'sum']), undefined, 'a widget narrows the functions');
    for (const bad of ['sum(*)', 'sum(a) + 1', 'sum(a), count(*)', 'sum(a) as x', 'sum("x")', 'sum(a); drop', 'eval(a)', 'sum(a b)']) {
      assert.equal(parseAggregate(bad), undefined, bad);
    }
  });
  it('writes the field through field() quoting only', () => {
    assert.equal(aggregateExpr({ fn: 'sum', field: 'nbre_pl' }), 'sum(`nbre_pl`)');
    assert.equal(aggregateExpr({ fn: 'max', field: 'a`b' }), 'max(`a\\`b`)');
    assert.equal(aggregateExpr({ fn: 'count' }), 'count(*)');
  });
  it('checks the field type first: sum/avg/median numeric, min/max numeric or date, count anything', () => {
    assert.deepEqual(checkAggregate({ fn: 'sum', field: 'nbre_pl' }, schema), { kind: 'wrong-type', fn: 'sum', field: 'nbre_pl', type: 'text' });
    assert.equal(checkAggregate({ fn: 'sum', field: 'places' }, schema), undefined);
    assert.equal(checkAggregate({ fn: 'max', field: 'date_maj' }, schema), undefined);
    assert.equal(checkAggregate({ fn: 'avg', field: 'date_maj' }, schema)?.kind, 'wrong-type');
    assert.equal(checkAggregate({ fn: 'count', field: 'nbre_pl' }, schema), undefined);
    assert.deepEqual(checkAggregate({ fn: 'sum', field: 'nope' }, schema), { kind: 'unknown-field', fn: 'sum', field: 'nope' });
  });
  it('names the field and its type in the message, in fr, en and br', () => {
    const p = checkAggregate({ fn: 'sum', field: 'nbre_pl' }, schema)!;
    assert.equal(aggregateProblemText(p, 'fr'), '« nbre_pl » est un texte : on ne peut pas en faire la somme ; utilisez count(nbre_pl) ou un champ numérique.');
    assert.match(aggregateProblemText(p, 'en'), /“nbre_pl” is text: it cannot be summed; use count\(nbre_pl\)/);
    assert.match(aggregateProblemText(p, 'br'), /« nbre_pl » zo un destenn/);
    assert.match(aggregateProblemText(checkAggregate({ fn: 'max', field: 'geo_point_2d' }, schema)!, 'fr'), /point géographique .* ou une date\.$/);
  });
  it('offers the builder only the fields a function fits', () => {
    assert.deepEqual(aggregatableFields('sum', schema).map((x) => x.name), ['places', 'montant']);
    assert.deepEqual(aggregatableFields('min', schema).map((x) => x.name), ['places', 'montant', 'date_maj']);
    assert.deepEqual(aggregatableFields('count', schema).map((x) => x.name), ['nbre_pl', 'places', 'montant', 'date_maj']);
  });
  it('reads an ungrouped answer: repeated rows give the value, [] gives no data', () => {
    assert.equal(ungroupedValue([{ value: 3 }, { value: 3 }], 'value'), 3);
    assert.equal(ungroupedValue([], 'value'), null);
  });
});
