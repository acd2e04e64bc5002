// Every spec our builder can produce compiles with vega-lite without a warning and runs in vega with the
// expression interpreter (no eval), drawing the expected number of marks from the model's rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
import type { FieldMeta } from '../../src/api/index.js';
import { parseFields, toPoints } from '../../src/elements/chart/aggregate.js';
import { chartMessages } from '../../src/elements/chart/chart.i18n.js';
import { buildModel } from '../../src/elements/chart/model.js';
import { buildSpec, type ChartType } from '../../src/elements/chart/spec.js';
import { stackAndLabel } from '../../src/elements/chart/labels.js';

const meta = (name: string, type: string): FieldMeta => ({ name, type, label: name, description: null, annotations: {} });
const metas = { nom: meta('nom', 'text'), an: meta('an', 'int'), d: meta('d', 'date'), v: meta('v', 'double'), s: meta('s', 'text') };

interface Case { type: ChartType; x: string; series?: boolean; horizontal?: boolean; stacked?: boolean; marks: [string, number] }
const CASES: Case[] = [
  { type: 'bar', x: 'nom', marks: ['rect', 3] },
  { type: 'bar', x: 'nom', horizontal: true, marks: ['rect', 3] },
  { type: 'bar', x: 'nom', series: true, marks: ['rect', 6] },
  { type: 'bar', x: 'nom', series: true, stacked: true, horizontal: true, marks: ['rect', 6] },
  { type: 'bar', x: 'month(d)', marks: ['rect', 3] },
  { type: 'line', x: 'an', series: true, marks: ['line', 2] },
  { type: 'line', x: 'year(d)', marks: ['line', 1] },
  { type: 'area', x: 'day(d)', series: true, marks: ['area', 2] },
  { type: 'pie', x: 'nom', marks: ['arc', 3] },
  { type: 'donut', x: 'nom', marks: ['arc', 3] },
  { type: 'scatter', x: 'v', series: true, marks: ['symbol', 6] },
];

function rowsFor(c: Case) {
  const f = parseFields(c.x, 'sum(v)', c.series ? 's' : undefined);
  const raw: Record<string, unknown>[] = [];
  for (let i = 0; i < 3; i++)
    for (const s of c.series ? ['a', 'b'] : [undefined]) {
      const x = f.x.unit ? 2019 + i : f.x.field === 'nom' ? `n${i}` : 10 * i + (s === 'b' ? 5 : 0);
      raw.push({ x, xm: i + 1, xd: i + 2, s, y: i * 7 + (s === 'b' ? 3 : 1) });
    }
  const x = f.x.field as keyof typeof metas;
  return buildModel({ fields: f, metas: { x: metas[x], y: metas.v, series: c.series ? metas.s : undefined }, points: toPoints(raw, f),
    type: c.type, locale: 'fr-FR', t: chartMessages.fr });
}

describe('chart specs', () => {
  for (const c of CASES)
    it(`${c.type} ${c.x}${c.series ? ' with series' : ''}${c.horizontal ? ' horizontal' : ''}${c.stacked ? ' stacked' : ''}`, async () => {
      const model = rowsFor(c);
      const spec = buildSpec({ type: c.type, horizontal: c.horizontal, stacked: c.stacked, xKind: model.xKind, unit: parseFields(c.x, 'count(*)').x.unit,
        series: !!model.arranged.series, xTitle: 'x', yTitle: 'y', seriesTitle: 's', description: 'd', colors: ['#000091', '#b34000'],
        text: '#1e1e1e', muted: '#595959', width: 500, height: 300, clickable: true, background: '#ffffff', shortLabels: model.shortLabels });
      const warnings: unknown[] = [];
      const log = { level: () => log, warn: (...w: unknown[]) => (warnings.push(w), log), info: () => log, debug: () => log, error: (...e: unknown[]) => { throw e[0]; } };
      const compiled = vl.compile(spec as never, { logger: log as never }).spec;
      assert.deepEqual(warnings, []);
      const errors: unknown[] = [];
      const vlog = { ...log, warn: () => vlog, level: () => vlog, error: (e: unknown) => (errors.push(e), vlog) };
      const view = new vega.View(vega.parse(compiled, undefined, { ast: true }), { renderer: 'none', expr: expressionInterpreter, logger: vlog } as never);
      const lines = c.type === 'line' || c.type === 'area';
      view.data('table', lines ? stackAndLabel(model.rows, { width: 500, height: 300, stacked: c.type === 'area' }) : model.rows);
      await view.runAsync();
      assert.deepEqual(errors, []);
      const svg = await view.toSVG();
      // Lines and areas with series are drawn one mark group per series: count the items of every group.
      const groups = [...svg.matchAll(new RegExp(`<g class="mark-${c.marks[0]} role-mark[^>]*>(.*?)</g>`, 'gs'))];
      assert.ok(groups.length, `no ${c.marks[0]} marks`);
      assert.equal(groups.reduce((n, g) => n + (g[1].match(/<path/g) ?? []).length, 0), c.marks[1]);
      view.finalize();
    });
});

describe('direct labels of lines and areas', () => {
  const rows = ['a', 'b', 'c'].flatMap((s, so) => [2019, 2020].map((x) => ({ x, s, so, y: 100 + so, last: x === 2020 })));
  it('moves overlapping end labels at least 14 px apart, in the series order', () => {
    const out = stackAndLabel(rows, { width: 500, height: 300, stacked: false });
    const ly = out.filter((r) => r.last).map((r) => r.ly!);
    assert.equal(ly.length, 3);
    // the plot area is 300 px high; ~7 ticks of 10 make the domain 0–110
    const px = (a: number, b: number) => (Math.abs(a - b) / 110) * 300;
    assert.ok(px(ly[0], ly[1]) >= 13.9 && px(ly[1], ly[2]) >= 13.9, ly.join());
    assert.ok(ly[2] > ly[1] && ly[1] > ly[0]); // "c" has the largest value: its label stays on top
  });
  it('stacks areas in series order and labels the middle of each band', () => {
    const out = stackAndLabel(rows, { width: 500, height: 300, stacked: true });
    const last = out.filter((r) => r.last);
    assert.deepEqual(last.map((r) => [r.y0, r.y1]), [[0, 100], [100, 201], [201, 303]]);
    assert.ok(last.every((r) => r.ly! > r.y0 && r.ly! < Number(r.y1)));
  });
});
