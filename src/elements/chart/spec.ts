import type { TimeUnit } from './aggregate.js';
import { LEADER, legendColumns } from './layout.js';

/**
 * Builds the vega-lite spec from validated options only. The data come in later through `view.data('table')`:
 * no data value and no attribute text is written into the spec as an expression, a URL or a format string.
 * Rows carry precomputed fields: x, o (category order), s (series), so (series order), y, t (tooltip text),
 * l (direct label text), last (last point of a series).
 */

export const CHART_TYPES = ['bar', 'line', 'area', 'pie', 'donut', 'scatter', 'treemap'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface SpecOptions {
  type: ChartType;
  horizontal?: boolean;
  stacked?: boolean;
  /** How x is drawn: ordered categories, a UTC time scale, or numbers (scatter). */
  xKind: 'category' | 'time' | 'number';
  unit?: TimeUnit;
  /** Category labels stay horizontal (else they are slanted). */
  shortLabels?: boolean;
  series: boolean;
  /** Axis titles, one string per line (see layout.ts: titles are wrapped, never cut). */
  xTitle: string | string[];
  yTitle: string | string[];
  seriesTitle?: string;
  /** French (or en/br) description; vega copies it to its container label, which we override anyway. */
  description: string;
  colors: string[];
  text: string;
  muted: string;
  /** The values are counts: whole-number ticks on the value axis (never « 0,5 »). */
  integer?: boolean;
  /** Grid lines (a faint mix of the surface). */
  grid?: string;
  font?: string;
  width: number;
  /** Height of the plot area (the axes and the legend are added around it). */
  height: number;
  /** Pixels a category label may take before vega ellipsises it (the full text is in the tooltip and the table). */
  labelLimit?: number;
  /** Room right of lines and areas for the series' end labels (0 or absent: none). */
  endLabels?: number;
  legendColumns?: number;
  legendLabelLimit?: number;
  /** Pie radius and room beside it for the labels (computed by layout.ts). */
  radius?: number;
  arcRoom?: number;
  /** One colour per series in series order ("Autres" muted), instead of the palette. */
  seriesColors?: string[];
  /** Reference values drawn as horizontal rules with a label (data set `refs`: `v`, `l`). */
  references?: boolean;
  /** Marked points of the x axis (data set `notes`: `x`, `l`). */
  annotations?: boolean;
  /** Background of the drawing (also of the PNG export). */
  background?: string;
  /** Length of the longest pie label, to leave room for it. */
  arcLabelChars?: number;
  /** Marks can be clicked: pointer cursor, and rows whose `sel` is false are faded. */
  clickable?: boolean;
}

type Obj = Record<string, unknown>;
const DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [3, 5]];
const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];
const TIME_FORMAT: Record<TimeUnit, string> = { year: '%Y', month: '%b %Y', day: '%d/%m/%Y' };

function xEncoding(o: SpecOptions): Obj {
  if (o.xKind === 'time')
    return { field: 'x', type: 'temporal', title: o.xTitle, scale: { type: 'utc' },
      // The utc scale makes vega format ticks in UTC (our dates are UTC midnights).
      axis: { format: TIME_FORMAT[o.unit ?? 'year'], ...(o.unit === 'year' ? { tickCount: { interval: 'year', step: 1 } } : {}) } };
  if (o.xKind === 'number') return { field: 'x', type: 'quantitative', title: o.xTitle, scale: { zero: false } };
  // Labels stay horizontal; those that do not fit are ellipsised (bars) or thinned out (ordered axes).
  const limit = o.labelLimit ?? Math.min(160, Math.round(o.width * 0.3));
  return { field: 'x', type: 'nominal', title: o.xTitle, sort: { field: 'o', op: 'min' },
    axis: { labelLimit: limit, labelAngle: 0, ...(o.horizontal && o.type === 'bar' ? {} : { labelOverlap: 'greedy', labelSeparation: 6 }) } };
}

function seriesEncodings(o: SpecOptions, channels: ('color' | 'strokeDash' | 'shape')[]): Obj {
  if (!o.series) return {};
  const sort = { field: 'so', op: 'min' };
  const enc: Obj = {};
  // No field name as a legend title (series from `sources` have none).
  const base = { field: 's', type: 'nominal', sort, title: o.seriesTitle ?? null };
  if (channels.includes('color')) enc.color = { ...base, scale: { range: o.seriesColors ?? o.colors } };
  if (channels.includes('strokeDash')) enc.strokeDash = { ...base, scale: { range: DASHES } };
  if (channels.includes('shape')) enc.shape = { ...base, scale: { range: SHAPES } };
  return enc;
}

/** Faded marks for categories outside the visitor's choice (a data field, not an expression). */
function selection(o: SpecOptions): Obj {
  return o.clickable ? { opacity: { field: 'sel', type: 'ordinal', scale: { domain: [true, false], range: [1, 0.3] }, legend: null } } : {};
}

function cartesian(o: SpecOptions): Obj {
  const x = xEncoding(o);
  const valueAxis = o.integer ? { axis: { tickMinStep: 1, format: ',d' } } : {};
  const y = { field: 'y', type: 'quantitative', title: o.yTitle, ...valueAxis };
  const tooltip = { field: 't', type: 'nominal' };
  const cursor = o.clickable ? 'pointer' : undefined;
  const one = o.colors[0];
  if (o.type === 'bar') {
    const [cat, val, offset] = o.horizontal ? ['y', 'x', 'yOffset'] : ['x', 'y', 'xOffset'];
    const enc: Obj = { [cat]: x, [val]: { ...y, ...(o.series && o.stacked ? { stack: 'zero' } : { stack: null }) }, tooltip,
      // Without series each bar carries its colour (`c`: the "Autres" bar is muted), as data, not as an expression.
      ...(o.series ? seriesEncodings(o, ['color', 'strokeDash']) : { color: { field: 'c', type: 'nominal', scale: null, legend: null } }), ...selection(o) };
    if (o.series && !o.stacked) enc[offset] = { field: 's', sort: { field: 'so', op: 'min' } };
    // Dashed outlines tell the series apart without colour.
    return { mark: { type: 'bar', color: one, cursor, ...(o.series ? { stroke: o.text, strokeWidth: 1.5 } : {}) }, encoding: enc };
  }
  if (o.type === 'scatter')
    return { mark: { type: 'point', filled: true, size: 70, color: one, opacity: 0.9, cursor },
      encoding: { x, y, tooltip, ...seriesEncodings(o, ['color', 'shape']), ...selection(o) } };
  // Lines and areas use our own stacking (y0, y1) so that the direct labels know where each band ends.
  const area = o.type === 'area';
  const yStack = { field: 'y1', type: 'quantitative', title: o.yTitle, stack: null, ...valueAxis };
  const layers: Obj[] = [
    ...(area ? [{ mark: { type: 'area', color: one, fillOpacity: 0.35, line: false },
      encoding: { y2: { field: 'y0' }, ...seriesEncodings(o, ['color']) } }] : []),
    { mark: { type: 'line', color: one, strokeWidth: 2 }, encoding: seriesEncodings(o, ['color', 'strokeDash']) },
    { mark: { type: 'point', filled: true, size: 55, color: one, cursor, opacity: 1 },
      encoding: { tooltip, ...seriesEncodings(o, ['color', 'shape']), ...selection(o) } },
  ];
  if (o.series && (o.endLabels ?? 96) > 0) {
    const ends = [{ filter: { field: 'last', equal: true } }];
    // A leader line in the series' colour from the end of each line to its label, which may have been moved apart
    // from the others (`ly`, see labels.ts): a label never reads as belonging to the line beside it.
    layers.push({ transform: ends, mark: { type: 'rule', strokeWidth: 1.5, xOffset: 6, x2Offset: LEADER + 4 },
      encoding: { y: { field: 'ay', type: 'quantitative' }, x2: { field: 'x' }, y2: { field: 'ly' }, ...seriesEncodings(o, ['color']) } });
    layers.push({ transform: ends,
      mark: { type: 'text', align: 'left', dx: LEADER + 8, fontSize: 12, color: o.text, limit: Math.max(30, (o.endLabels ?? 96) - LEADER - 8) },
      encoding: { text: { field: 'l', type: 'nominal' }, y: { field: 'ly', type: 'quantitative', stack: null } } });
  }
  return { encoding: { x, y: yStack }, layer: layers };
}

function arc(o: SpecOptions): Obj {
  // Room beside the pie for the longest label (about 7 px per character at 12 px), within bounds.
  const want = Math.min(150, Math.max(48, (o.arcLabelChars ?? 18) * 7 + 24));
  const r = o.radius ?? Math.max(40, Math.min(o.width / 2 - want, o.height / 2 - 24));
  const room = o.arcRoom ?? Math.max(56, o.width / 2 - r - 10);
  const theta = { field: 'y', type: 'quantitative', stack: true };
  const order = { field: 'o', type: 'quantitative', sort: 'ascending' };
  const color = { field: 'c', type: 'nominal', scale: null, legend: null };
  return {
    encoding: { theta, order },
    layer: [
      { mark: { type: 'arc', outerRadius: r, innerRadius: o.type === 'donut' ? r * 0.55 : 0, stroke: o.background ?? '#ffffff', strokeWidth: 2,
        cursor: o.clickable ? 'pointer' : undefined }, encoding: { color, tooltip: { field: 't', type: 'nominal' }, ...selection(o) } },
      ...(['r', 'l'] as const).map((side) => ({
        mark: { type: 'text', radius: r + 8, fontSize: 12, color: o.text, limit: room, align: side === 'r' ? 'left' : 'right', baseline: 'middle' },
        encoding: { text: { field: side === 'r' ? 'lr' : 'll', type: 'nominal' } },
      })),
    ],
  };
}

/** Reference rules (value axis) and marked x points, from the `refs` and `notes` data sets (values, not code). */
function guides(o: SpecOptions, x: Obj): Obj[] {
  const horizontal = o.type === 'bar' && o.horizontal;
  const [val, cat] = horizontal ? ['x', 'y'] : ['y', 'x'];
  const rule = { type: 'rule', color: o.muted, strokeDash: [4, 3], strokeWidth: 1.5 };
  const text = { type: 'text', fontSize: 12, color: o.text, align: 'left', dx: 4, limit: Math.max(100, o.width - 110) };
  const out: Obj[] = [];
  if (o.references) {
    const v = { field: 'v', type: 'quantitative' };
    out.push({ data: { name: 'refs' }, mark: rule, encoding: { [val]: v } });
    if (horizontal) out.push({ data: { name: 'refs' }, mark: { ...text, baseline: 'top', dy: 2 }, encoding: { x: v, y: { value: 0 }, text: { field: 'l' } } });
    else
      // Near the top the label goes under its rule, so that it stays inside the plot.
      for (const below of [false, true])
        out.push({ data: { name: 'refs' }, transform: [{ filter: { field: 'below', equal: below } }],
          mark: { ...text, baseline: below ? 'top' : 'bottom', dy: below ? 3 : -3 }, encoding: { y: v, x: { value: 0 }, text: { field: 'l' } } });
  }
  if (o.annotations) {
    const at = { ...x, axis: undefined, title: undefined };
    const label = { field: 'l' };
    out.push({ data: { name: 'notes' }, mark: rule, encoding: { [cat]: horizontal ? { ...at, bandPosition: 0 } : at } });
    // Horizontal bars: the rule runs above the marked category's bar, its label at its right end.
    out.push(horizontal
      ? { data: { name: 'notes' }, mark: { ...text, align: 'right', baseline: 'bottom', dx: 0, dy: -1 },
        encoding: { y: { ...at, bandPosition: 0 }, x: { value: 'width' }, text: label } }
      : { data: { name: 'notes' }, mark: { ...text, baseline: 'top', dy: 2 }, encoding: { x: at, y: { value: 0 }, text: label } });
  }
  return out;
}

/** The whole vega-lite spec. `config.aria: false` removes vega's English ARIA; the element labels the plot. */
export function buildSpec(o: SpecOptions): Obj {
  const arcType = o.type === 'pie' || o.type === 'donut';
  const axis = { labelColor: o.text, titleColor: o.text, domainColor: o.muted, tickColor: o.muted, gridColor: o.grid ?? '#dddddd',
    labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', titleLimit: Math.max(80, o.width - 16) };
  // The y axis title sits above the plot, written horizontally (above the names for horizontal bars): readable,
  // wrapped rather than cut, and it takes no width from the plot.
  const hbar = o.type === 'bar' && o.horizontal;
  const topTitle = arcType ? {} : { axisY: { titleAngle: 0, titleAlign: 'left', titleAnchor: 'start', titleBaseline: 'bottom',
    titleX: hbar ? -((o.labelLimit ?? 160) + 8) : 0, titleY: -12 } };
  const body = arcType ? arc(o) : cartesian(o);
  const extra = arcType ? [] : guides(o, xEncoding(o));
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: o.description,
    width: o.width,
    height: o.height,
    // The width fits the container; the height is the plot's own, axes and legend are added to it.
    autosize: { type: 'fit-x', contains: 'padding' },
    background: o.background ?? null,
    padding: { left: 4, top: 8, right: o.series && (o.type === 'line' || o.type === 'area') ? o.endLabels ?? 96 : 8, bottom: 4 },
    data: { name: 'table' },
    config: {
      aria: false,
      font: o.font,
      view: { stroke: null },
      axis,
      ...topTitle,
      // A little more room under the x axis: its first label stays clear of the y axis' "0".
      axisX: { labelPadding: 5 },
      legend: { labelColor: o.text, titleColor: o.text, labelFontSize: 12, titleFontSize: 12, orient: 'bottom',
        labelLimit: o.legendLabelLimit ?? 200, columns: o.legendColumns ?? legendColumns(o.width), rowPadding: 4 },
      text: { color: o.text },
    },
    ...(extra.length ? { layer: [body, ...extra] } : body),
  };
  // Plain JSON: options left undefined disappear instead of reaching vega-lite as explicit undefined.
  return JSON.parse(JSON.stringify(spec)) as Obj;
}
