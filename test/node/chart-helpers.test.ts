// <od-chart> pure helpers: attribute grammar, the one group_by query, top-N with "autres", summary, CSV,
// colour validation and the spec (no attribute or data value inside an expression).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { records, type FieldMeta } from '../../src/api/index.js';
import { ConfigError } from '../../src/core/config-error.js';
import { parseFields, checkFields, groupQuery, toPoints, type ChartFields } from '../../src/elements/chart/aggregate.js';
import { arrange, OTHER } from '../../src/elements/chart/arrange.js';
import { summarize } from '../../src/elements/chart/summary.js';
import { toGrid, toCsv } from '../../src/elements/chart/table-data.js';
import { resolvePalette, DEFAULT_PALETTE, safeFont } from '../../src/elements/chart/palette.js';
import { contrast, parseColor } from '../../src/core/colour.js';
import { buildSpec } from '../../src/elements/chart/spec.js';
import { chartMessages } from '../../src/elements/chart/chart.i18n.js';

const meta = (name: string, type: string): FieldMeta => ({ name, type, label: name, description: null, annotations: {} });
const FIELDS = [meta('nom', 'text'), meta('millesime', 'int'), meta('population', 'int'), meta('date_maj', 'date'), meta('geo', 'geo_point_2d')];

describe('chart attribute grammar', () => {
  it('parses fields, time units and aggregates', () => {
    assert.deepEqual(parseFields('millesime', 'sum(population)', 'nom'),
      { x: { field: 'millesime' }, y: { fn: 'sum', field: 'population' }, series: 'nom' });
    assert.deepEqual(parseFields(' MONTH( date_maj ) ', 'count(*)').x, { field: 'date_maj', unit: 'month' });
    assert.deepEqual(parseFields('nom', undefined).y, { fn: 'count' });
  });
  it('rejects anything outside the grammar', () => {
    for (const [x, y, s] of [
      ['nom); drop', 'count(*)', undefined], ['nom', 'sum(*)', undefined], ['nom', 'sum(population) as y', undefined],
      ['nom', 'exp(population)', undefined], ['nom', 'count(*)', 'a,b'], ['`nom`', 'count(*)', undefined],
      ['nom', 'avg(population) + 1', undefined], ['year(nom', 'count(*)', undefined],
    ] as const)
      assert.throws(() => parseFields(x, y, s), ConfigError, `${x} ${y} ${s}`);
  });
  it('checks names and types against the dataset fields', () => {
    const ok = checkFields(parseFields('millesime', 'sum(population)', 'nom'), FIELDS);
    assert.equal(ok.x.name, 'millesime');
    const err = (x: string, y: string, s?: string) => {
      try { checkFields(parseFields(x, y, s), FIELDS); } catch (e) { return (e as ConfigError).kind; }
      return 'none';
    };
    assert.equal(err('commune', 'count(*)'), 'unknownField');
    assert.equal(err('nom', 'sum(date_maj)'), 'notNumeric');
    assert.equal(err('nom', 'sum(nom)'), 'none'); // numbers published as text: the portal decides
    assert.equal(err('year(nom)', 'count(*)'), 'notDate');
    assert.equal(err('geo', 'count(*)'), 'badX');
    assert.equal(err('nom', 'count(nom)'), 'none');
  });
});

describe('chart query', () => {
  it('is one group_by whose keys and aggregate are aliased and back-quoted', () => {
    const q = groupQuery(records('d').where('x > 1'), parseFields('month(date_maj)', 'avg(population)', 'nom'));
    assert.deepEqual(Object.fromEntries(q.toSearchParams()), {
      select: 'avg(`population`) as y, count(`population`) as n',
      where: 'x > 1',
      group_by: 'year(`date_maj`) as x, month(`date_maj`) as xm, `nom` as s',
      limit: '1000',
    });
  });
  it('turns rows into points with dates and the empty group', () => {
    const f = parseFields('month(date_maj)', 'count(*)');
    const ps = toPoints([{ x: 2019, xm: 8, y: 3 }, { x: null, xm: null, y: '2' }], f);
    assert.deepEqual(ps[0], { x: '2019-08', xNum: Date.UTC(2019, 7, 1), y: 3 });
    assert.deepEqual(ps[1], { x: null, y: 2 });
  });
});

const f: ChartFields = parseFields('nom', 'sum(population)', 'serie');
const pts = (rows: [string, string, number][]) => toPoints(rows.map(([x, s, y]) => ({ x, s, y })), f);

describe('top-N and sort', () => {
  const ps = pts([['A', 'u', 10], ['A', 'v', 1], ['B', 'u', 5], ['C', 'u', 2], ['C', 'v', 2], ['D', 'v', 1]]);
  it('keeps the largest categories and sums the rest per series into "autres"', () => {
    const a = arrange(ps, { sort: 'label', top: 2, fn: 'sum' });
    assert.deepEqual(a.categories, ['A', 'B', OTHER]);
    assert.equal(a.merged, 2);
    const other = a.points.filter((p) => p.other).map((p) => [p.s, p.y]);
    assert.deepEqual(other.sort(), [['u', 2], ['v', 3]]);
    assert.deepEqual(a.series, ['u', 'v']);
  });
  it('does not merge a median (drops the small ones instead, and says how many)', () => {
    const a = arrange(ps, { sort: '-value', top: 2, fn: 'median' });
    assert.deepEqual(a.categories, ['A', 'B']);
    assert.equal(a.merged, 2);
  });
  it('merges averages with their weights', () => {
    const g = parseFields('nom', 'avg(population)');
    const a = arrange(toPoints([{ x: 'A', y: 100, n: 1 }, { x: 'B', y: 10, n: 1 }, { x: 'C', y: 1, n: 3 }], g),
      { sort: '-value', top: 1, fn: 'avg' });
    assert.equal(a.points.find((p) => p.other)?.y, (10 + 3) / 4);
  });
  it('sorts by value or label, numbers as numbers', () => {
    const g = parseFields('millesime', 'count(*)');
    const a = arrange(toPoints([{ x: 10, y: 1 }, { x: 9, y: 3 }, { x: 100, y: 2 }], g), { sort: 'label', fn: 'count' });
    assert.deepEqual(a.categories, ['9', '10', '100']);
    assert.deepEqual(arrange(a.points, { sort: '-value', fn: 'count' }).categories, ['9', '100', '10']);
  });
});

describe('summary, grid and CSV', () => {
  const t = chartMessages.fr;
  const g = parseFields('millesime', 'sum(population)');
  const points = toPoints([{ x: 2019, y: 100 }, { x: 2020, y: 90 }, { x: 2021, y: 120 }], g);
  const fmt = new Intl.NumberFormat('fr-FR');
  const base = { points, ordered: true, label: (x: string | null) => x ?? '?', seriesLabel: (s: string | null) => s ?? '?',
    number: (v: number) => fmt.format(v), percent: (v: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(v) };
  it('tells min, max, latest value and trend in French', () => {
    const s = summarize(base, t);
    assert.match(s, /la plus basse : 90 \(2020\) ; la plus haute : 120 \(2021\)/);
    assert.match(s, /Dernière valeur \(2021\) : 120\./);
    assert.match(s, /en hausse de 20\s?% entre 2019 et 2021/);
  });
  it('tells the total for unordered categories', () => {
    assert.match(summarize({ ...base, ordered: false }, t), /Total : 310 sur 3 catégories/);
  });
  it('writes a CSV that spreadsheets will not run as formulas', () => {
    const a = arrange(pts([['=HYPERLINK("x")', 'u', 1.5], ['B;C', 'v', 2]]), { sort: 'label', fn: 'sum' });
    const grid = toGrid(a, { x: 'Nom', y: 'Pop', cat: (x) => x ?? '', series: (s) => s ?? '' });
    assert.deepEqual(grid.head, ['Nom', 'v', 'u']);
    const csv = toCsv(grid, 'fr');
    assert.ok(csv.startsWith('\ufeffNom;v;u\r\n'));
    assert.match(csv, /\r\n"B;C";2;\r\n/);
    assert.match(csv, /\r\n"'=HYPERLINK\(""x""\)";;1,5\r\n/);
  });
});

describe('palette and spec', () => {
  it('keeps only valid colours with 3:1 against the background', () => {
    for (const c of DEFAULT_PALETTE) assert.ok(contrast(parseColor(c)!, [255, 255, 255]) >= 3, c);
    const r = resolvePalette('#ffff00, rgb(0 0 0) red;background:url(x) #123', '#ffffff');
    assert.deepEqual(r.colors, ['#000000', '#112233']);
    assert.deepEqual(r.rejected, ['#ffff00', 'red;background:url(x)']);
    assert.equal(safeFont('Marianne, "Helvetica Neue", sans-serif'), 'Marianne, "Helvetica Neue", sans-serif');
    assert.equal(safeFont('x;}@import url(evil)'), undefined);
  });
  it('holds no expression, URL or data value; only our field names', () => {
    const spec = buildSpec({ type: 'line', xKind: 'time', unit: 'year', series: true, xTitle: '"); alert(1)//', yTitle: 'y',
      description: 'd', colors: ['#000091'], text: '#1e1e1e', muted: '#595959', width: 400, height: 300 });
    const text = JSON.stringify(spec);
    assert.doesNotMatch(text, /"(expr|signal|calculate|url|labelExpr|format":"[^%])/);
    assert.equal((spec.config as { aria: boolean }).aria, false);
    assert.deepEqual(spec.data, { name: 'table' });
  });
});
