import type { AggFn, Point } from './aggregate.js';

/** How categories are ordered: by value or by label, `-` for descending. */
export type SortOrder = 'value' | '-value' | 'label' | '-label';
export const SORTS: readonly SortOrder[] = ['value', '-value', 'label', '-label'];

/** Key of the "autres" bucket: the null character cannot come from the portal's JSON text of a label. */
export const OTHER = '\u0000autres';

export interface Arranged {
  points: Point[];
  /** Categories in display order (the "autres" bucket last). */
  categories: (string | null)[];
  /** Series in a stable order (by total, descending), absent without series. */
  series?: (string | null)[];
  /** Categories merged into the "autres" bucket (or dropped when the aggregate cannot be merged). */
  merged: number;
}

const total = (ps: Point[]) => ps.reduce((a, p) => a + (p.y ?? 0), 0);

/** Merges the values of several groups with the same aggregate, or null when that is not possible (median). */
export function combine(fn: AggFn, ps: Point[]): { y: number | null; n?: number } | null {
  const ys = ps.map((p) => p.y).filter((v): v is number => v !== null);
  if (!ys.length) return { y: null };
  switch (fn) {
    case 'count':
    case 'sum': return { y: ys.reduce((a, b) => a + b, 0) };
    case 'min': return { y: Math.min(...ys) };
    case 'max': return { y: Math.max(...ys) };
    case 'avg': {
      const n = ps.reduce((a, p) => a + (p.y !== null ? p.n ?? 0 : 0), 0);
      return n ? { y: ps.reduce((a, p) => a + (p.y ?? 0) * (p.n ?? 0), 0) / n, n } : { y: null };
    }
    default: return null;
  }
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

function byLabel(a: string | null, b: string | null, numOf: Map<string | null, number | undefined>): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const na = numOf.get(a), nb = numOf.get(b);
  return na !== undefined && nb !== undefined ? na - nb : collator.compare(a, b);
}

/**
 * Orders the categories, keeps the `top` first ones and merges the others into one "autres" bucket per series
 * (when the aggregate allows it). Pure: the element passes the data, the order and the limit.
 */
export function arrange(points: Point[], opts: { sort: SortOrder; top?: number; fn: AggFn; time?: boolean }): Arranged {
  const groups = new Map<string | null, Point[]>();
  const numOf = new Map<string | null, number | undefined>();
  for (const p of points) {
    if (!groups.has(p.x)) groups.set(p.x, []);
    groups.get(p.x)!.push(p);
    numOf.set(p.x, p.xNum);
  }
  const desc = opts.sort.startsWith('-');
  let cats = [...groups.keys()];
  const value = (c: string | null) => total(groups.get(c)!);
  cats.sort(opts.sort.endsWith('value')
    ? (a, b) => (desc ? value(b) - value(a) : value(a) - value(b)) || byLabel(a, b, numOf)
    : (a, b) => (desc ? -1 : 1) * byLabel(a, b, numOf));
  let merged = 0;
  let out = points;
  const top = opts.top && opts.top > 0 && !opts.time ? Math.floor(opts.top) : 0;
  if (top && cats.length > top + 1) {
    // The kept categories are the largest ones whatever the display order.
    const kept = new Set([...cats].sort((a, b) => value(b) - value(a) || byLabel(a, b, numOf)).slice(0, top));
    const rest = cats.filter((c) => !kept.has(c));
    merged = rest.length;
    cats = cats.filter((c) => kept.has(c));
    out = points.filter((p) => kept.has(p.x));
    const bySeries = new Map<string | null | undefined, Point[]>();
    for (const c of rest) for (const p of groups.get(c)!) {
      if (!bySeries.has(p.s)) bySeries.set(p.s, []);
      bySeries.get(p.s)!.push(p);
    }
    const extra: Point[] = [];
    for (const [s, ps] of bySeries) {
      const c = combine(opts.fn, ps);
      if (!c) break;
      extra.push({ x: OTHER, s, y: c.y, n: c.n, other: true });
    }
    if (extra.length === bySeries.size) {
      cats.push(OTHER);
      out = [...out, ...extra.map((p) => (p.s === undefined ? (delete p.s, p) : p))];
    }
  }
  let series: (string | null)[] | undefined;
  if (points.some((p) => p.s !== undefined)) {
    const sums = new Map<string | null, number>();
    for (const p of points) sums.set(p.s ?? null, (sums.get(p.s ?? null) ?? 0) + (p.y ?? 0));
    series = [...sums.keys()].sort((a, b) => sums.get(b)! - sums.get(a)! || byLabel(a, b, new Map()));
  }
  return { points: out, categories: cats, series, merged };
}
