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

/**
 * The text summary read with the chart (linked by aria-describedby): lowest and highest values, and for
 * ordered axes the latest value and the trend from first to last. One sentence group per series (at most 6).
 */
export function summarize(input: SummaryInput, t: ChartMessages): string {
  const parts: string[] = [];
  if (!input.series) parts.push(...describe(input.points, input, t));
  else
    for (const s of input.series.slice(0, 6)) {
      const lines = describe(input.points.filter((p) => (p.s ?? null) === s), input, t);
      if (lines.length) parts.push(`${input.seriesLabel(s)} — ${lines.join(' ')}`);
    }
  if (input.merged) parts.push(input.merged);
  return parts.join(' ');
}
