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
 * Merges the points whose `dim` value is not kept into one OTHER point per value of the other dimension.
 * Returns undefined when the aggregate cannot be merged (median): the small ones are then dropped.
 */
function mergeRest(points: Point[], dim: 'x' | 's', kept: Set<string | null>, fn: AggFn): Point[] | undefined {
  const other: 'x' | 's' = dim === 'x' ? 's' : 'x';
  const rest = new Map<string | null | undefined, Point[]>();
  for (const p of points) if (!kept.has(p[dim] ?? null)) {
    const k = p[other];
    if (!rest.has(k)) rest.set(k, []);
    rest.get(k)!.push(p);
  }
  const out: Point[] = [];
  for (const [k, ps] of rest) {
    const c = combine(fn, ps);
    if (!c) return undefined;
    const p: Point = { x: OTHER, y: c.y, other: true, ...(c.n !== undefined ? { n: c.n } : {}) };
    if (dim === 'x') { if (k !== undefined) p.s = k; } else { p.x = k as string | null; p.s = OTHER; p.xNum = ps[0].xNum; }
    out.push(p);
  }
  return out;
}

/**
 * Orders the categories, keeps the `top` largest categories (or series, with `topOn: 's'`) and merges the others
 * into one "autres" bucket (when the aggregate allows it). Pure: the element passes the data, the order and the limit.
 */
export function arrange(points: Point[], opts: { sort: SortOrder; top?: number; fn: AggFn; time?: boolean; topOn?: 'x' | 's' }): Arranged {
  const top = opts.top && opts.top > 0 ? Math.floor(opts.top) : 0;
  const dim = opts.topOn ?? 'x';
  let merged = 0;
  let out = points;
  const totals = new Map<string | null, number>();
  for (const p of points) totals.set(p[dim] ?? null, (totals.get(p[dim] ?? null) ?? 0) + (p.y ?? 0));
  if (top && totals.size > top + 1 && !(dim === 'x' && opts.time) && (dim === 'x' || points.some((p) => p.s !== undefined))) {
    // The kept ones are the largest whatever the display order.
    const keys = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || byLabel(a, b, new Map()));
    const kept = new Set(keys.slice(0, top));
    merged = keys.length - top;
    const extra = mergeRest(points, dim, kept, opts.fn);
    out = [...points.filter((p) => kept.has(p[dim] ?? null)), ...(extra ?? [])];
  }
  const groups = new Map<string | null, Point[]>();
  const numOf = new Map<string | null, number | undefined>();
  for (const p of out) {
    if (!groups.has(p.x)) groups.set(p.x, []);
    groups.get(p.x)!.push(p);
    if (p.x !== OTHER) numOf.set(p.x, p.xNum);
  }
  const desc = opts.sort.startsWith('-');
  const value = (c: string | null) => total(groups.get(c)!);
  const cats = [...groups.keys()].filter((c) => c !== OTHER);
  cats.sort(opts.sort.endsWith('value')
    ? (a, b) => (desc ? value(b) - value(a) : value(a) - value(b)) || byLabel(a, b, numOf)
    : (a, b) => (desc ? -1 : 1) * byLabel(a, b, numOf));
  if (groups.has(OTHER)) cats.push(OTHER);
  let series: (string | null)[] | undefined;
  if (out.some((p) => p.s !== undefined)) {
    const sums = new Map<string | null, number>();
    for (const p of out) sums.set(p.s ?? null, (sums.get(p.s ?? null) ?? 0) + (p.y ?? 0));
    series = [...sums.keys()].filter((k) => k !== OTHER)
      .sort((a, b) => sums.get(b)! - sums.get(a)! || byLabel(a, b, new Map()));
    if (sums.has(OTHER)) series.push(OTHER);
  }
  return { points: out, categories: cats, series, merged };
}
