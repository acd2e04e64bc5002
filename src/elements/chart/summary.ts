import type { Point } from './aggregate.js';
import type { ChartMessages } from './chart.i18n.js';

export interface SummaryInput {
  points: Point[];
  series?: (string | null)[];
  /** True when x is ordered (time, years, numbers): the summary then tells the latest value and the trend. */
  ordered: boolean;
  /** Display text of a category and of a series. */
  label: (x: string | null) => string;
  seriesLabel: (s: string | null) => string;
  number: (v: number) => string;
  percent: (v: number) => string;
  merged?: string;
}

/** Changes below this share of the first value read as "stable". */
const FLAT = 0.005;

function describe(ps: Point[], input: SummaryInput, t: ChartMessages): string[] {
  const valued = ps.filter((p): p is Point & { y: number } => p.y !== null && !p.other);
  if (!valued.length) return [];
  let min = valued[0], max = valued[0];
  for (const p of valued) {
    if (p.y < min.y) min = p;
    if (p.y > max.y) max = p;
  }
  const out = [t.minMax(input.number(min.y), input.label(min.x), input.number(max.y), input.label(max.x))];
  if (input.ordered && valued.length > 1) {
    const sorted = [...valued].sort((a, b) => (a.xNum ?? 0) - (b.xNum ?? 0));
    const first = sorted[0], last = sorted[sorted.length - 1];
    out.push(t.latest(input.label(last.x), input.number(last.y)));
    const from = input.label(first.x), to = input.label(last.x);
    if (first.y !== 0) {
      const change = (last.y - first.y) / Math.abs(first.y);
      out.push(Math.abs(change) < FLAT ? t.flat(from, to) : (change > 0 ? t.up : t.down)(input.percent(Math.abs(change)), from, to));
    }
  } else if (!input.ordered) {
    const sum = ps.reduce((a, p) => a + (p.y ?? 0), 0);
    out.push(t.total(input.number(sum), new Set(ps.map((p) => p.x)).size));
  }
  return out;
}

/** One short sentence per series: latest value and change for ordered axes, else the range. */
function describeSeries(s: string | null, ps: Point[], input: SummaryInput, t: ChartMessages): string | undefined {
  const valued = ps.filter((p): p is Point & { y: number } => p.y !== null);
  if (!valued.length) return undefined;
  const name = input.seriesLabel(s);
  if (input.ordered) {
    const sorted = [...valued].sort((a, b) => (a.xNum ?? 0) - (b.xNum ?? 0));
    const first = sorted[0], last = sorted[sorted.length - 1];
    let text = t.seriesLatest(name, input.number(last.y), input.label(last.x));
    if (sorted.length > 1 && first.y !== 0) {
      const change = (last.y - first.y) / Math.abs(first.y);
      text += ` (${t.since(`${change > 0 ? '+' : change < 0 ? '−' : ''}${input.percent(Math.abs(change))}`, input.label(first.x))})`;
    }
    return text + '.';
  }
  const by = [...valued].sort((a, b) => a.y - b.y);
  const min = by[0], max = by[by.length - 1];
  return t.seriesRange(name, input.number(min.y), input.label(min.x), input.number(max.y), input.label(max.x));
}

/**
 * The text summary read with the chart (linked by aria-describedby): lowest and highest values, and for
 * ordered axes the latest value and the trend from first to last; with series, one short sentence per series
 * (at most 6).
 */
export function summarize(input: SummaryInput, t: ChartMessages): string {
  const parts: string[] = [];
  if (!input.series) parts.push(...describe(input.points, input, t));
  else
    for (const s of input.series.slice(0, 6)) {
      const line = describeSeries(s, input.points.filter((p) => (p.s ?? null) === s), input, t);
      if (line) parts.push(line);
    }
  if (input.merged) parts.push(input.merged);
  return parts.join(' ');
}
