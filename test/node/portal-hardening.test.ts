// The local portal against hostile input (issue 18): LIKE patterns, deep nesting, broken geometries, faults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWhere } from '../../portal/odsql/parser.js';
import { OdsqlError } from '../../portal/odsql/errors.js';
import { positions } from '../../portal/odsql/geo.js';
import { likeMatch } from '../../portal/odsql/text.js';
import { FaultCounters, MAX_COUNTERS, MAX_LATENCY, parseFault } from '../../portal/faults.js';
import { runQuery } from '../../portal/query/run.js';
import { buildDataset } from '../../portal/store/dataset.js';
import { field } from '../../portal/store/infer.js';
import type { FieldDef, Row } from '../../portal/store/types.js';

const fields = new Map<string, FieldDef>([field('commentaire', 'text', null, false)].map((f) => [f.name, f]));
const rows: Row[] = Array.from({ length: 300 }, (_, i) => ({ commentaire: `${'e'.repeat(40)} ${i} ${'ee '.repeat(20)}fin` }));
const where = (w: string) => runQuery(rows, fields, { where: [w], refine: [], exclude: [] }, [0, 100]);

test('LIKE keeps its meaning: words, wildcards, case and accents', () => {
  assert.equal(likeMatch('Aire de Kerdrézec', 'kerdr*'), true);
  assert.equal(likeMatch('Aire de Kerdrézec', '*drezec'), true);
  assert.equal(likeMatch('Aire de Kerdrézec', 'aire de'), true);
  assert.equal(likeMatch('Aire de Kerdrézec', 'aire*kerdrezec'), true);
  assert.equal(likeMatch('Aire de Kerdrézec', 'quimper'), false);
  assert.equal(likeMatch('Saint-Évarzec', 'saint evarzec'), true);
  assert.equal(likeMatch('abc', '%b%'), true);
  assert.equal(likeMatch('abc', 'b'), false);
});

test('LIKE with many wildcards answers (a linear matcher, no backtracking)', { timeout: 20000 }, () => {
  const r = where('commentaire like "*e*e*e*e*e*e*e*e*e*e*e*e*e*e*e*e*e*e*e*e*zzz"');
  assert.equal(r.rows.length, 0);
  assert.equal(where('commentaire like "*e*e*e*e*e*e*e*e*e*e*fin"').rows.length, 100);
});

test('LIKE work per request is bounded: an over-long pattern or too costly a scan is a 400, not a freeze', () => {
  assert.throws(() => where(`commentaire like "${'*e'.repeat(150)}"`), OdsqlError);
  const big: Row[] = Array.from({ length: 5000 }, () => ({ commentaire: 'e'.repeat(5000) }));
  assert.throws(() => runQuery(big, fields, { where: [`commentaire like "${'*e'.repeat(90)}*z"`], refine: [], exclude: [] }, [0, 10]),
    /too costly/);
});

test('deep nesting is refused with an ODSQL error, not a stack overflow', () => {
  assert.throws(() => parseWhere('('.repeat(1000) + 'commentaire = "x"' + ')'.repeat(1000)), /nested too deeply/);
  assert.throws(() => parseWhere('not '.repeat(5000) + 'commentaire = "x"'), OdsqlError);
  assert.throws(() => parseWhere('commentaire = ' + '-'.repeat(5000) + '1'), OdsqlError);
  assert.doesNotThrow(() => parseWhere('('.repeat(20) + 'commentaire = "x"' + ')'.repeat(20)));
});

test('a broken geometry ("coordinates": ["x"]) is skipped, and its dataset still answers', () => {
  assert.deepEqual(positions({ type: 'Polygon', coordinates: ['x'] }), []);
  assert.deepEqual(positions({ type: 'Polygon', coordinates: [[[1, 2], 'x', [[['deep']]]]] }), [[1, 2]]);
  const ds = buildDataset('geo-casse', [field('forme', 'geo_shape', null, false)],
    [{ forme: { type: 'Feature', geometry: { type: 'Polygon', coordinates: ['x'] }, properties: {} } }], undefined, 'synthetic');
  assert.equal(ds.rows.length, 1);
  assert.equal((ds.meta as { metas: { default: { bbox: unknown } } }).metas.default.bbox, null);
});

test('fault latency is capped and the fault counters are bounded', () => {
  assert.equal(parseFault('latency=2147483647').latency, MAX_LATENCY);
  assert.equal(parseFault('latency=300').latency, 300);
  const c = new FaultCounters();
  for (let i = 0; i < MAX_COUNTERS * 5; i++) c.active(`status=500;id=${i}`, { status: 500, times: 1 });
  assert.equal(c.size, MAX_COUNTERS);
  // The most recent specs keep their count.
  assert.equal(c.active(`status=500;id=${MAX_COUNTERS * 5 - 1}`, { status: 500, times: 1 }), false);
});

test('select=include(…) wildcards match field names without backtracking', async () => {
  const { wildcardMatch } = await import('../../portal/odsql/text.js');
  assert.equal(wildcardMatch('pop*', 'population'), true);
  assert.equal(wildcardMatch('*_code', 'insee_code'), true);
  assert.equal(wildcardMatch('p*p*n', 'population'), true);
  assert.equal(wildcardMatch('pop', 'population'), false);
  assert.equal(wildcardMatch('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(64)), false);
});

test('a field or a value named __proto__ or constructor is data like any other', () => {
  const f = new Map<string, FieldDef>([field('__proto__', 'text', null, true), field('constructor', 'text', null, true)].map((x) => [x.name, x]));
  const data: Row[] = [JSON.parse('{"__proto__": "a", "constructor": "toString"}'), JSON.parse('{"__proto__": "__proto__", "constructor": "b"}')];
  const plain = runQuery(data, f, { where: [], refine: [], exclude: [], select: '__proto__, constructor' }, [0, 10]);
  assert.deepEqual(plain.rows.map((r) => JSON.stringify(r)), ['{"__proto__":"a","constructor":"toString"}', '{"__proto__":"__proto__","constructor":"b"}']);
  const grouped = runQuery(data, f, { where: [], refine: [], exclude: [], select: '__proto__, count(*) as n', groupBy: '__proto__' }, [0, 10]);
  assert.deepEqual(grouped.rows.map((r) => JSON.stringify(r)).sort(), ['{"__proto__":"__proto__","n":1}', '{"__proto__":"a","n":1}']);
});
