import type { FieldMeta } from '../../api/index.js';
import type { ChartFields, Point } from './aggregate.js';
import { arrange, OTHER, type Arranged, type SortOrder } from './arrange.js';
import type { ChartMessages } from './chart.i18n.js';
import { summarize } from './summary.js';
import { toGrid, type Grid } from './table-data.js';
import type { ChartType } from './spec.js';
import type { Annotation, Reference } from './guides.js';

/** Everything the element shows for one answer: vega rows, the table, the summary and the labels. */
export interface ChartModel {
  arranged: Arranged;
  rows: Record<string, unknown>[];
  grid: Grid;
  summary: string;
  label: string;
  xTitle: string;
  yTitle: string;
  seriesTitle?: string;
  xKind: 'category' | 'time' | 'number';
  ordered: boolean;
  /** Category labels are short enough to stay horizontal under the x axis. */
  shortLabels: boolean;
  /** Display labels of the categories and of the series, in display order. */
  categoryLabels: string[];
  seriesLabels: string[];
  /** Reference rules and x marks as vega rows (`refs`: v, l, below; `notes`: x, o, l). */
  refs: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  /** Sentences about the references and marks, for the summary and the data table's note. */
  guideText: string;
}

export interface ModelInput {
  fields: ChartFields;
  metas: { x: FieldMeta; y?: FieldMeta; series?: FieldMeta };
  points: Point[];
  type: ChartType;
  sort?: SortOrder;
  top?: number;
  locale: string;
  t: ChartMessages;
  title?: string;
  /** `show` (default) or `hide` the "Autres" bucket that `top` makes. */
  others?: 'show' | 'hide';
  references?: Reference[];
  annotations?: Annotation[];
}

const NUMERIC = new Set(['int', 'double']);

/**
 * A category or series as vega groups it: vega keys its groups in plain objects, where `__proto__` is the
 * prototype, not a key (a category of that name stopped the chart). A word joiner keeps it visibly the same.
 */
const vegaKey = (s: string): string => (s === '__proto__' ? '__proto__\u2060' : s);

export function yTitle(f: ChartFields, y: FieldMeta | undefined, t: ChartMessages): string {
  const name = y?.label || y?.name || '';
  if (f.y.fn === 'count') return y ? t.countOf(name) : t.count;
  return t[f.y.fn](name);
}

/** Builds the model. Labels and numbers are formatted here, with Intl, so that vega only draws text. */
export function buildModel(i: ModelInput): ChartModel {
  const { fields, metas, t, type } = i;
  const unit = fields.x.unit;
  const numericX = !unit && NUMERIC.has(metas.x.type);
  // A scatter plot has no "latest value": only bars, lines and areas along an ordered axis tell a trend.
  const whole = type === 'pie' || type === 'donut' || type === 'treemap';
  const ordered = (!!unit || numericX) && !whole && type !== 'scatter';
  const xKind = unit && (type === 'line' || type === 'area' || type === 'scatter') ? 'time'
    : type === 'scatter' && numericX ? 'number' : 'category';
  const sort = i.sort ?? (ordered || type === 'line' || type === 'area' ? 'label' : '-value');
  // With series on an ordered axis, "top" keeps the largest series (the axis keeps every step).
  const topOn = fields.series && (ordered || type === 'line' || type === 'area') ? 's' : 'x';
  const a = withoutOthers(arrange(i.points, { sort, top: i.top, fn: fields.y.fn, time: !!unit, topOn }), i.others === 'hide');
  const nf = new Intl.NumberFormat(i.locale, { maximumFractionDigits: 2 });
  const pf = new Intl.NumberFormat(i.locale, { style: 'percent', maximumFractionDigits: 1 });
  const dateFmt = unit === 'month' ? new Intl.DateTimeFormat(i.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    : unit === 'day' ? new Intl.DateTimeFormat(i.locale, { dateStyle: 'medium', timeZone: 'UTC' }) : undefined;
  const xNum = new Map(i.points.map((p) => [p.x, p.xNum]));
  const cat = (x: string | null): string => {
    if (x === null || x === '') return t.none;
    if (x === OTHER) return t.other;
    const n = xNum.get(x);
    if (n !== undefined && dateFmt) return dateFmt.format(n);
    return n !== undefined && xKind === 'number' ? nf.format(n) : x;
  };
  const ser = (s: string | null | undefined) => (s === null || s === undefined ? t.none : s === OTHER ? t.other : s);
  const order = new Map(a.categories.map((c, k) => [c, k]));
  const sOrder = new Map((a.series ?? []).map((s, k) => [s, k]));
  const arcTotal = a.points.reduce((acc, p) => acc + Math.max(0, p.y ?? 0), 0);
  const lastOf = new Map<string | null | undefined, Point>();
  for (const p of a.points) {
    const prev = lastOf.get(p.s);
    if (p.y !== null && (!prev || order.get(p.x)! > order.get(prev.x)!)) lastOf.set(p.s, p);
  }
  // Pie labels go outside the slice, left-aligned on the right half and right-aligned on the left half.
  const side = new Map<Point, 'r' | 'l'>();
  if (type === 'pie' || type === 'donut') {
    let acc = 0;
    for (const p of [...a.points].sort((p, q) => order.get(p.x)! - order.get(q.x)!)) {
      const share = arcTotal ? Math.max(0, p.y ?? 0) / arcTotal : 0;
      side.set(p, (acc + share / 2) % 1 < 0.5 ? 'r' : 'l');
      acc += share;
    }
  }
  const pct = (p: Point) => ` (${pf.format(arcTotal ? Math.max(0, p.y ?? 0) / arcTotal : 0)})`;
  const rows = a.points
    .filter((p) => p.y !== null && (type !== 'scatter' || xKind !== 'number' || p.xNum !== undefined))
    .map((p) => {
      const label = cat(p.x);
      const y = p.y as number;
      return {
        x: xKind === 'category' ? vegaKey(label) : p.xNum,
        k: p.x,
        o: order.get(p.x),
        ...(p.s !== undefined ? { s: vegaKey(ser(p.s)), so: sOrder.get(p.s ?? null) } : {}),
        // Slices cannot be negative: drawn as empty, the table keeps the real value.
        y: whole ? Math.max(0, y) : y,
        t: `${label}${p.s !== undefined ? ` — ${ser(p.s)}` : ''} : ${nf.format(y)}`,
        l: ser(p.s),
        last: lastOf.get(p.s) === p,
        // Both label layers stack every slice (a filter would shift the angles): each shows only its side.
        lr: side.get(p) === 'r' ? label + pct(p) : '',
        ll: side.get(p) === 'l' ? label + pct(p) : '',
      };
    });
  const xTitle = metas.x.label || metas.x.name;
  const yT = yTitle(fields, metas.y, t);
  const seriesTitle = metas.series ? metas.series.label || metas.series.name : undefined;
  const hasOther = a.categories.includes(OTHER) || !!a.series?.includes(OTHER);
  const merged = a.merged ? (hasOther ? t.merged(a.merged) + otherNote(a, nf, t) : t.dropped(a.merged)) : undefined;
  const g = guideRows(i, { a, cat, xKind, nf, order });
  return {
    arranged: a,
    rows,
    grid: toGrid(a, { x: xTitle, y: yT, cat, series: ser }),
    summary: [summarize({ points: a.points, series: a.series, ordered, label: cat, seriesLabel: ser,
      number: (v) => nf.format(v), percent: (v) => pf.format(v), merged }, t), g.text].filter(Boolean).join(' '),
    label: i.title || t.plotLabel(yT, xTitle, seriesTitle),
    xTitle,
    yTitle: yT,
    seriesTitle,
    xKind,
    ordered,
    shortLabels: a.categories.length <= 12 && a.categories.every((c) => cat(c).length <= 10),
    categoryLabels: a.categories.map(cat),
    seriesLabels: (a.series ?? []).map(ser),
    refs: g.refs,
    notes: g.notes,
    guideText: g.text,
  };
}

/** `others="hide"`: the "Autres" bucket is left out of the drawing and the table (the summary says how many). */
function withoutOthers(a: Arranged, hide: boolean): Arranged {
  if (!hide || !a.merged) return a;
  return { ...a, points: a.points.filter((p) => p.x !== OTHER && p.s !== OTHER), categories: a.categories.filter((c) => c !== OTHER),
    series: a.series?.filter((s) => s !== OTHER) };
}

/** When "Autres" outweighs every named category, the summary says so (it is drawn last, muted, not ranked). */
function otherNote(a: Arranged, nf: Intl.NumberFormat, t: ChartMessages): string {
  if (a.series) return '';
  const other = a.points.find((p) => p.x === OTHER)?.y ?? null;
  const named = Math.max(-Infinity, ...a.points.filter((p) => p.x !== OTHER && p.y !== null).map((p) => p.y as number));
  return other !== null && other > named ? ' ' + t.otherLargest(nf.format(other)) : '';
}

function guideRows(i: ModelInput, c: { a: Arranged; cat: (x: string | null) => string; xKind: string; nf: Intl.NumberFormat; order: Map<string | null, number> }) {
  const { t } = i;
  const refs = i.references ?? [];
  const max = Math.max(0, ...c.a.points.map((p) => p.y ?? 0), ...refs.map((r) => r.value));
  const texts: string[] = refs.map((r) => t.reference(r.label, c.nf.format(r.value)));
  const notes: Record<string, unknown>[] = [];
  for (const n of i.annotations ?? []) {
    const p = c.a.points.find((q) => q.x === n.at);
    texts.push(t.annotation(p ? c.cat(p.x) : n.at, n.label));
    if (!p) console.warn(`[opendata-widgets] <od-chart> annotate : « ${n.at} » n’est pas une valeur de l’axe x.`);
    else notes.push({ x: c.xKind === 'category' ? c.cat(p.x) : p.xNum, o: c.order.get(p.x), l: n.label });
  }
  return {
    refs: refs.map((r) => ({ v: r.value, l: r.label ? `${r.label} (${c.nf.format(r.value)})` : c.nf.format(r.value), below: r.value >= 0.85 * max })),
    notes,
    text: texts.join(' '),
  };
}
