import { aggregateExpr, field, type Aggregate, type FieldMeta, type RecordsQuery } from '../../api/index.js';

/**
 * `compare-field`, `thresholds` and the sparkline of `<od-kpi>`: one group_by query per period (latest first),
 * the change against the previous period, and the state given by thresholds. Pure except for the query text.
 */

export interface Period { period: string; value: number }
export interface Threshold { value: number; label: string }

/** Periods fetched: the latest and the previous one, or as many as the sparkline shows. */
export const periodsWanted = (sparkline: number) => Math.max(2, sparkline);

/** Sparkline length from the attribute: absent → 0, present but empty → 5, else 2 to 24. */
export function sparklineLength(raw: string | null | undefined): number {
  if (raw === null || raw === undefined) return 0;
  const n = raw.trim() === '' ? 5 : Math.floor(Number(raw));
  return Number.isFinite(n) ? Math.max(2, Math.min(24, n)) : 5;
}

/** Values per period of `f` (a year by date fields), latest first. */
export function periodQuery(base: RecordsQuery, agg: Aggregate, f: FieldMeta, n: number): RecordsQuery {
  const key = f.type === 'date' || f.type === 'datetime' ? `year(${field(f.name)})` : field(f.name);
  const value = `${aggregateExpr(agg)} as value`;
  return base.select(value).groupBy(`${key} as p`).orderBy('p desc').limit(n);
}

/** Rows of the answer as periods, latest first; rows without a period or a value are left out. */
export function toPeriods(rows: readonly Record<string, unknown>[]): Period[] {
  const out: Period[] = [];
  for (const r of rows) {
    const v = typeof r.value === 'number' ? r.value : typeof r.value === 'string' && r.value.trim() ? Number(r.value) : NaN;
    if (r.p === null || r.p === undefined || r.p === '' || !Number.isFinite(v)) continue;
    out.push({ period: String(r.p), value: v });
  }
  return out;
}

export interface Change { direction: 'up' | 'down' | 'flat'; /** Relative change, or undefined when the previous value is 0. */ ratio?: number; delta: number; previous: Period }

/** The latest period against the previous one. */
export function change(periods: Period[]): Change | undefined {
  const [last, prev] = periods;
  if (!last || !prev) return undefined;
  const delta = last.value - prev.value;
  const ratio = prev.value !== 0 ? delta / Math.abs(prev.value) : undefined;
  const direction = delta === 0 || (ratio !== undefined && Math.abs(ratio) < 0.0005) ? 'flat' : delta > 0 ? 'up' : 'down';
  return { direction, ratio, delta, previous: prev };
}

/** `80:Objectif atteint;50:Presque` → thresholds in increasing order; undefined when the text does not parse. */
export function parseThresholds(raw: string | undefined): Threshold[] | undefined {
  if (!raw?.trim()) return [];
  const out: Threshold[] = [];
  for (const item of raw.split(';').map((s) => s.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    const v = (at < 0 ? item : item.slice(0, at)).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    const label = at < 0 ? '' : item.slice(at + 1).trim().slice(0, 80);
    if (!/^-?\d+(\.\d+)?$/.test(v) || !label) return undefined;
    out.push({ value: Number(v), label });
  }
  return out.sort((a, b) => a.value - b.value);
}

/** The highest threshold the value reaches (and whether it is the top one), or the lowest one it misses. */
export function thresholdState(value: number, ts: Threshold[]): { reached?: Threshold; top: boolean; missed?: Threshold } | undefined {
  if (!ts.length) return undefined;
  const reached = [...ts].reverse().find((t) => value >= t.value);
  return reached ? { reached, top: reached === ts[ts.length - 1] } : { missed: ts[0], top: false };
}

/** Points of the sparkline (oldest first) in a `w` × `h` box, as the SVG `points` attribute. */
export function sparkPoints(periods: Period[], w: number, h: number): string {
  const ps = [...periods].reverse();
  const ys = ps.map((p) => p.value);
  const min = Math.min(...ys), max = Math.max(...ys);
  const step = ps.length > 1 ? w / (ps.length - 1) : 0;
  return ps.map((p, k) => `${(k * step).toFixed(1)},${(max === min ? h / 2 : h - 2 - ((p.value - min) / (max - min)) * (h - 4)).toFixed(1)}`).join(' ');
}
