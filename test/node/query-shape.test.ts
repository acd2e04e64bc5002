// The request shapes of the query inventory (portal/query-shape.ts, docs/portal-queries.md).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { requestShape } from '../../portal/query-shape.js';
import { readInventory } from '../inventory/inventory.js';

const shape = (path: string, qs: string) => requestShape(path, new URLSearchParams(qs));

describe('request shapes', () => {
  it('keep the endpoint, the functions and the limit range, not the values', () => {
    assert.deepEqual(shape('/catalog/datasets/x/records', 'select=sum(`a`) as value&where=search("b(c)") AND (a = 1 OR a = 2)&refine=t:"v"&limit=1'),
      { key: 'records · select=fn:sum · limit=1', mods: ['refine:quoted', 'where', 'where:search'] });
    assert.deepEqual(shape('/catalog/datasets/x/records', 'select=count(*) as n&group_by=geo_cluster(g, 7)&limit=1000&timezone=Europe/Paris'),
      { key: 'records · select=fn:count · group_by=fn:geo_cluster · limit≤1000', mods: ['timezone'] });
    assert.equal(shape('/catalog/datasets/x/facets', 'facet=facet(name="a", disjunctive=true)&facet=d').key, 'facets · facet=facet(disjunctive)+name');
    assert.equal(shape('/catalog/datasets/x/exports/csv', 'delimiter=;&refine=a:b').mods.join(), 'delimiter,refine:bare');
    assert.equal(shape('/catalog/datasets/x', '').key, 'dataset');
  });
  it('the inventory lists shapes and filters, each with its evidence', () => {
    const inv = readInventory();
    assert.ok(inv.shapes.size > 10 && inv.mods.size > 5);
    for (const [k, evidence] of [...inv.shapes, ...inv.mods]) assert.ok(evidence.length > 3, `${k}: no evidence`);
    for (const k of inv.shapes.keys()) assert.ok(/^[a-z-]+(\/[a-z]+)?( · |$)/.test(k), k);
  });
});
