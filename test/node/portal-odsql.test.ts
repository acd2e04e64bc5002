// ODSQL lexer, parser and evaluator of the local portal, on small in-memory rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lex } from '../../portal/odsql/lexer.js';
import { parseGroupBy, parseOrderBy, parseSelect, parseWhere } from '../../portal/odsql/parser.js';
import { OdsqlError } from '../../portal/odsql/errors.js';
import { runQuery } from '../../portal/query/run.js';
import { field } from '../../portal/store/infer.js';
import type { FieldDef, Row } from '../../portal/store/types.js';

const fields = new Map<string, FieldDef>([
  field('nom', 'text', null, true), field('commune', 'text', null, true), field('pop', 'int', null, false),
  field('surface', 'double', null, false), field('date', 'date', null, true), field('ouvert', 'boolean', null, false),
  field('geo', 'geo_point_2d', null, false),
].map((f) => [f.name, f]));
const rows: Row[] = [
  { nom: 'Quimper', commune: 'Quimper', pop: 64385, surface: 84.45, date: '2019-08-29', ouvert: true, geo: { lon: -4.1, lat: 47.996 } },
  { nom: "Ergué-Gabéric", commune: 'Ergué-Gabéric', pop: 8606, surface: 39.6, date: '2023-08-02', ouvert: false, geo: { lon: -4.02, lat: 47.99 } },
  { nom: 'Briec', commune: 'Briec', pop: 5675, surface: 78.1, date: '2019-01-15', ouvert: true, geo: { lon: -4.03, lat: 48.1 } },
  { nom: 'Locronan', commune: 'Locronan', pop: 796, surface: null, date: null, ouvert: null, geo: null },
  { nom: "Rue de l'Odet", commune: 'Quimper', pop: null, surface: 1, date: '2020-02-29', ouvert: true, geo: { lon: -4.105, lat: 47.99 } },
];
const q = (p: Partial<Parameters<typeof runQuery>[2]>, window: [number, number] = [0, 100]) =>
  runQuery(rows, fields, { where: [], refine: [], exclude: [], ...p }, window);
const names = (where: string) => q({ where: [where], select: 'nom' }).rows.map((r) => r.nom);

test('lexer: backticks, escaped quotes, date/geom literals, distances, ranges', () => {
  const t = lex("`and` = 'Don\\'t' AND d > date'2019-01' AND within_distance(g, geom'POINT(1 2)', 800m) AND x IN [1..5]");
  assert.deepEqual(t.slice(0, 3).map((x) => [x.t, x.v]), [['qid', 'and'], ['op', '='], ['str', "Don't"]]);
  assert.ok(t.some((x) => x.t === 'date' && x.v === '2019-01'));
  assert.ok(t.some((x) => x.t === 'geom' && x.v === 'POINT(1 2)'));
  const i = t.findIndex((x) => x.v === '800');
  assert.deepEqual([t[i].t, t[i + 1].v], ['num', 'm']);
  assert.deepEqual(t.filter((x) => x.v === '..').length, 1);
});

test('parser: precedence AND over OR, NOT, IN list, ranges, IS NULL, keywords in any case', () => {
  const n = parseWhere('a = 1 or b = 2 AnD not c = 3');
  assert.equal(n.k, 'or');
  assert.equal((n as any).r.k, 'and');
  assert.equal((n as any).r.r.k, 'not');
  assert.equal(parseWhere("x in ('a', 'b')").k, 'in');
  const r = parseWhere('x IN ]1 TO 5]') as any;
  assert.deepEqual([r.k, r.loInc, r.hiInc], ['range', false, true]);
  assert.equal((parseWhere('x is not null') as any).neg, true);
  assert.equal(parseWhere('"quimper"').k, 'fts');
});

test('parser: select/group_by keep the text as written and AS labels', () => {
  const s = parseSelect('count(*), sum(pop) as total, RANGE(pop,15)');
  assert.deepEqual(s.map((i) => [i.key, i.alias]), [['count(*)', undefined], ['sum(pop)', 'total'], ['RANGE(pop,15)', undefined]]);
  assert.deepEqual(parseGroupBy('range(pop, *, 10, 50, *) as tranche')[0].alias, 'tranche');
  assert.deepEqual(parseOrderBy('n DESC, nom').map((o) => o.desc), [true, false]);
});

test('parser: syntax errors are ODSQL errors naming the clause', () => {
  assert.throws(() => parseWhere('pop >'), (e: OdsqlError) => e instanceof OdsqlError && e.clause === 'where');
  assert.throws(() => parseWhere("nom = 'x"), OdsqlError);
  assert.throws(() => parseSelect('count(*) as'), (e: OdsqlError) => e.clause === 'select');
});

test('where: comparisons, boolean logic, IN, ranges, LIKE, IS NULL, nulls never compare', () => {
  assert.deepEqual(names('pop > 6000'), ['Quimper', 'Ergué-Gabéric']);
  assert.deepEqual(names('pop >= 796 and pop < 6000'), ['Briec', 'Locronan']);
  // NOT keeps records whose field is null (the comparison is false for them), as Elasticsearch-backed ODS does.
  assert.deepEqual(names("commune = 'Quimper' and not pop > 100"), ["Rue de l'Odet"]);
  assert.deepEqual(names('pop != 64385'), ['Ergué-Gabéric', 'Briec', 'Locronan']);
  assert.deepEqual(names("nom IN ('Briec', 'Locronan')"), ['Briec', 'Locronan']);
  assert.deepEqual(names('pop IN [796..5675]'), ['Briec', 'Locronan']);
  assert.deepEqual(names('pop IN ]796..5675['), []);
  assert.deepEqual(names('surface IS NULL'), ['Locronan']);
  assert.deepEqual(names("nom LIKE 'odet'"), ["Rue de l'Odet"]);
  assert.deepEqual(names('ouvert IS FALSE'), ['Ergué-Gabéric']);
  assert.deepEqual(names('(pop < 1000 or pop > 60000) and surface > 1'), ['Quimper']);
});

test('where: full text, search (fuzzy), suggest (prefix), startswith (case-sensitive)', () => {
  assert.deepEqual(names('"ergue"'), ['Ergué-Gabéric']);
  assert.deepEqual(names("search(nom, 'Quimpre')"), ['Quimper']);
  assert.deepEqual(names("suggest(nom, 'loc')"), ['Locronan']);
  assert.deepEqual(names("startswith(nom, 'Loc')"), ['Locronan']);
  assert.deepEqual(names("startswith(nom, 'loc')"), []);
});

test('where: dates, date functions, geo predicates', () => {
  assert.deepEqual(names("date >= date'2020'"), ['Ergué-Gabéric', "Rue de l'Odet"]);
  assert.deepEqual(names("date < '2019-08-01'"), ['Briec']);
  assert.deepEqual(names('year(date) = 2019 and month(date) = 8'), ['Quimper']);
  assert.deepEqual(names("date_format(date, 'dd/MM') = '29/02'"), ["Rue de l'Odet"]);
  assert.deepEqual(names('in_bbox(geo, 47.98, -4.11, 48.0, -4.09)'), ['Quimper', "Rue de l'Odet"]);
  assert.deepEqual(names("within_distance(geo, geom'POINT(-4.1 47.996)', 1km)"), ['Quimper', "Rue de l'Odet"]);
  assert.deepEqual(names("within_distance(geo, geom'POINT(-4.1 47.996)', 1km)").length, names("not(not(within_distance(geo, geom'POINT(-4.1 47.996)', 1000m)))").length);
});

test('where: unknown fields and functions are ODSQL errors', () => {
  assert.throws(() => q({ where: ['nope = 1'] }), /Unknown field: nope/);
  assert.throws(() => q({ select: 'invalid_function()' }), (e: OdsqlError) => e.message === 'invalid_function()' && e.clause === 'select');
  assert.throws(() => q({ where: ['count(*) > 1'] }), OdsqlError);
});

test('select: aliases, expressions keyed by their text, order_by on alias, nulls last', () => {
  const r = q({ select: 'nom, pop / 1000 as k, pop*2', orderBy: 'k desc' }).rows;
  assert.deepEqual(Object.keys(r[0]), ['nom', 'k', 'pop*2']);
  assert.deepEqual(r.map((x) => x.nom), ['Quimper', 'Ergué-Gabéric', 'Briec', 'Locronan', "Rue de l'Odet"]);
  const asc = q({ select: 'nom', orderBy: 'pop' }).rows.map((x) => x.nom);
  assert.equal(asc[asc.length - 1], "Rue de l'Odet");
});

// Spec §5.5 (recorded limit=1 body, VancouvR's note that the aggregate repeats once per record).
test('aggregates without group_by: the aggregate row repeats once per matching record up to limit, [] when none match', () => {
  const r = q({ select: 'count(*) as n, sum(pop), avg(pop), min(date), max(pop), count(distinct commune), count(pop), median(pop)' }, [0, 1]);
  assert.equal(r.totalCount, 5);
  assert.deepEqual(r.rows, [{ n: 5, 'sum(pop)': 79462, 'avg(pop)': 19865.5, 'min(date)': '2019-01-15', 'max(pop)': 64385,
    'count(distinct commune)': 4, 'count(pop)': 4, 'median(pop)': 7140.5 }]);
  assert.deepEqual(q({ select: 'count(*) as n' }, [0, 10]).rows, Array(5).fill({ n: 5 }));
  assert.deepEqual(q({ select: 'count(*) as n' }, [3, 10]).rows, [{ n: 5 }, { n: 5 }]);
  const none = q({ select: 'sum(pop) as s', where: ['pop > 1000000'] }, [0, 1]);
  assert.deepEqual([none.rows, none.totalCount], [[], 0]);
});

test('sum/avg/min/max of a text field: the real StatAggregation refusal, whatever the clause', () => {
  for (const expr of ['sum(nom)', 'avg(commune)', 'max(nom)']) {
    assert.throws(() => q({ select: expr }, [0, 1]), (e: unknown) => e instanceof OdsqlError && e.message === 'StatAggregation only supports numeric or date expression.' && e.clause === '');
    assert.throws(() => q({ select: expr, groupBy: 'commune' }, [0, 10]), /StatAggregation/);
  }
  assert.equal(q({ select: 'count(nom) as n' }, [0, 1]).rows[0].n, 5);
});

test('group_by: keys first, text keys, default ascending key order, order_by aggregate, null group', () => {
  const r = q({ select: 'count(*) as n, sum(pop)', groupBy: 'commune' });
  assert.equal(r.grouped, true);
  assert.deepEqual(r.rows.map((x) => Object.keys(x)), r.rows.map(() => ['commune', 'n', 'sum(pop)']));
  assert.deepEqual(r.rows.map((x) => x.commune), ['Briec', 'Ergué-Gabéric', 'Locronan', 'Quimper']);
  assert.deepEqual(q({ select: 'count(*) as n', groupBy: 'commune', orderBy: 'n desc, commune' }).rows[0], { commune: 'Quimper', n: 2 });
  assert.deepEqual(q({ select: 'count(*)', groupBy: 'year(date) as y' }).rows.map((x) => x.y), [null, 2019, 2020, 2023]);
});

test('group_by: range width/static, date_format, refine and exclude', () => {
  assert.deepEqual(q({ select: 'count(*)', groupBy: 'RANGE(pop,5000)' }).rows.slice(0, 3),
    [{ 'RANGE(pop,5000)': null, 'count(*)': 1 }, { 'RANGE(pop,5000)': '[0, 4999]', 'count(*)': 1 }, { 'RANGE(pop,5000)': '[5000, 9999]', 'count(*)': 2 }]);
  assert.deepEqual(q({ select: 'count(*)', groupBy: 'range(pop, *, 1000, 10000, *) as t' }).rows.map((x) => x.t),
    [null, '[*, 999]', '[1000, 9999]', '[10000, *]']);
  assert.deepEqual(q({ select: 'count(*) as n', groupBy: "date_format(date, 'yyyy') as y", refine: ['commune:Quimper'] }).rows,
    [{ y: '2019', n: 1 }, { y: '2020', n: 1 }]);
  assert.equal(q({ refine: ['date:2019'] }).totalCount, 2);
  assert.equal(q({ refine: ['date:2019/08'] }).totalCount, 1);
  assert.equal(q({ exclude: ['commune:Quimper'] }).totalCount, 3);
  assert.equal(q({ refine: ['commune:Quimper', 'commune:Briec'] }).totalCount, 3, 'disjunctive facet values are OR-ed');
});

test('limit/offset window and top-k ordering agree with a full sort', () => {
  const all = q({ select: 'nom', orderBy: 'surface desc' }).rows.map((x) => x.nom);
  const page = q({ select: 'nom', orderBy: 'surface desc' }, [1, 2]).rows.map((x) => x.nom);
  assert.deepEqual(page, all.slice(1, 3));
});

test('where: v2.0 colon equality and now() with offsets', () => {
  assert.deepEqual(names("commune: 'Briec'"), ['Briec']);
  assert.deepEqual(names('date >= now(years=-100)').length, 4);
  assert.deepEqual(names('date >= now(days=1)'), []);
});

test('select: include()/exclude() name patterns', () => {
  assert.deepEqual(q({ select: 'include(no*), pop' }, [0, 1]).columns, ['nom', 'pop']);
  assert.deepEqual(q({ select: 'exclude(geo), exclude(d*)' }, [0, 1]).columns, ['nom', 'commune', 'pop', 'surface', 'ouvert']);
});

test('order_by: aggregations (or their labels) must come before plain fields in grouped queries', () => {
  assert.deepEqual(q({ select: 'count(*) as n', groupBy: 'commune', orderBy: 'n desc, commune' }).rows.length, 4);
  assert.throws(() => q({ select: 'count(*) as n', groupBy: 'commune', orderBy: 'commune, n desc' }), (e: OdsqlError) => e.clause === 'order_by');
  assert.throws(() => q({ select: 'count(*) as n', groupBy: 'commune', orderBy: 'commune, sum(pop)' }), OdsqlError);
});

test('geo_cluster: {cluster_centroid: {lat, lon}}, nearby points merge, distant ones split, finer precision → more clusters', () => {
  const c = (z: number) => q({ select: 'count(*) as n', groupBy: `geo_cluster(geo, ${z}) as c` }).rows;
  const z10 = c(10);
  const quimper = z10.find((r) => r.n === 2) as any; // Quimper and the Odet street, 400 m apart
  assert.ok(quimper, JSON.stringify(z10));
  assert.deepEqual(Object.keys(quimper.c.cluster_centroid), ['lat', 'lon']);
  assert.ok(Math.abs(quimper.c.cluster_centroid.lon - -4.1025) < 1e-9);
  assert.equal(z10.filter((r) => r.c).length, 3, 'Briec (12 km north) and Ergué-Gabéric (6 km east) are their own clusters');
  assert.ok(c(18).filter((r) => r.c).length > c(10).filter((r) => r.c).length);
  assert.equal(c(2).filter((r) => r.c).length, 1);
});

test('order_by text uses French collation (É sorts with E)', () => {
  assert.deepEqual(q({ select: 'nom', orderBy: 'nom' }).rows.map((r) => r.nom), ['Briec', 'Ergué-Gabéric', 'Locronan', 'Quimper', "Rue de l'Odet"]);
  const r = runQuery([{ nom: 'Zoé' }, { nom: 'Édern' }, { nom: 'edern' }, { nom: 'Ergué' }], fields, { where: [], refine: [], exclude: [], select: 'nom', orderBy: 'nom' }, [0, 10]);
  assert.deepEqual(r.rows.map((x) => x.nom), ['edern', 'Édern', 'Ergué', 'Zoé']);
});

test('timezone: date parts of a datetime are read in the request zone, dates stay as they are (spec §3 timezone)', () => {
  const f = new Map([field('t', 'datetime', null, false), field('d', 'date', null, false)].map((x) => [x.name, x]));
  const r: Row[] = [{ t: '2020-11-30T23:30:00+00:00', d: '2020-11-30' }];
  const run = (tz?: string) => runQuery(r, f, { where: [], refine: [], exclude: [], select: 'day(t) as td, month(t) as tm, day(d) as dd', tz }, [0, 1]).rows[0];
  assert.deepEqual(run(), { td: 30, tm: 11, dd: 30 });
  assert.deepEqual(run('Europe/Paris'), { td: 1, tm: 12, dd: 30 });
  assert.equal(runQuery(r, f, { where: ['day(t) = 1'], refine: [], exclude: [], tz: 'Europe/Paris' }, [0, 10]).totalCount, 1);
});
