import { aggregateExpr, checkAggregate, field as q, GROUP_LIMIT, parseAggregate, type AggregateFn, type FieldMeta, type RecordsQuery } from '../../api/index.js';
import { ConfigError } from '../../core/config-error.js';
import { pageTimezone } from '../../core/timezone.js';

/**
 * The chart's attribute grammar and its one group_by query. Attributes are parsed against a small grammar and
 * checked against the dataset's fields; only then are they written into ODSQL (field names back-quoted), so no
 * attribute text ever reaches the portal or vega as an expression.
 */

export type TimeUnit = 'year' | 'month' | 'day';
export type AggFn = AggregateFn;

/** `x`: a field, or a date field cut by year, month or day. */
export interface XSpec { field: string; unit?: TimeUnit }
/** `y`: an aggregate; `field` is absent for `count(*)`. */
export interface YSpec { fn: AggFn; field?: string }
export interface ChartFields { x: XSpec; y: YSpec; series?: string }

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const X_RE = new RegExp(`^\\s*(?:(year|month|day)\\s*\\(\\s*(${NAME})\\s*\\)|(${NAME}))\\s*$`, 'i');
const S_RE = new RegExp(`^\\s*(${NAME})\\s*$`);

/** Parses `x`, `y`, `series` (grammar only, no dataset needed). Throws ConfigError. */
export function parseFields(x: string | undefined, y: string | undefined, series?: string): ChartFields {
  const mx = X_RE.exec(x ?? '');
  if (!mx) throw new ConfigError('badX', x ?? '');
  const agg = parseAggregate(y ?? 'count(*)');
  if (!agg) throw new ConfigError('badY', y ?? '');
  let s: string | undefined;
  if (series && series.trim()) {
    const ms = S_RE.exec(series);
    if (!ms) throw new ConfigError('badSeries', series);
    s = ms[1];
  }
  return {
    x: mx[3] ? { field: mx[3] } : { field: mx[2], unit: mx[1].toLowerCase() as TimeUnit },
    y: agg,
    series: s,
  };
}

const DATES = new Set(['date', 'datetime']);
const GEO = new Set(['geo_point_2d', 'geo_shape', 'file', 'image', 'json_blob', 'json']);

/** Checks parsed fields against the dataset's metadata; returns the metas of x, y and series. */
export function checkFields(f: ChartFields, fields: readonly FieldMeta[]) {
  const names = fields.map((fm) => fm.name);
  const find = (name: string) => {
    const m = fields.find((fm) => fm.name === name);
    if (!m) throw new ConfigError('unknownField', name, names);
    return m;
  };
  const x = find(f.x.field);
  if (f.x.unit && !DATES.has(x.type)) throw new ConfigError('notDate', x.name);
  if (GEO.has(x.type)) throw new ConfigError('badX', x.name);
  const y = f.y.field ? find(f.y.field) : undefined;
  // A real portal answers 400 to sum()/avg() of text: the schema decides first, with the shared message.
  const problem = checkAggregate(f.y, fields);
  if (problem) throw ConfigError.aggregate(problem, names);
  const s = f.series ? find(f.series) : undefined;
  if (s && GEO.has(s.type)) throw new ConfigError('badSeries', s.name);
  return { x, y, series: s };
}

/** Most groups one chart asks for; beyond that a chart is unreadable anyway (the status says so). */
export const MAX_GROUPS = GROUP_LIMIT;

/** Adds select/group_by/limit to the context's filtered query: one request, sized by the number of groups. */
export function groupQuery(base: RecordsQuery, f: ChartFields): RecordsQuery {
  const xf = q(f.x.field);
  const keys = !f.x.unit
    ? [`${xf} as x`]
    : [`year(${xf}) as x`, ...(f.x.unit !== 'year' ? [`month(${xf}) as xm`] : []), ...(f.x.unit === 'day' ? [`day(${xf}) as xd`] : [])];
  if (f.series) keys.push(`${q(f.series)} as s`);
  const agg = aggregateExpr(f.y);
  // avg needs its weight so that an "autres" bucket can be a true average.
  const select = [`${agg} as y`, ...(f.y.fn === 'avg' ? [`count(${q(f.y.field!)}) as n`] : [])];
  const grouped = base.select(select.join(', ')).groupBy(keys.join(', ')).limit(MAX_GROUPS);
  // Date parts are cut in the page's zone (Europe/Paris by default), not in UTC.
  return f.x.unit ? grouped.timezone(pageTimezone()) : grouped;
}

/** One aggregated value: a category (or date), a series and a number. */
export interface Point {
  /** Category label, or ISO date (`2019`, `2019-08`, `2019-08-14`) on time axes; null for the empty group. */
  x: string | null;
  /** Numeric sort key of `x` when it has one (time, numbers). */
  xNum?: number;
  s?: string | null;
  y: number | null;
  n?: number;
  /** True for the "autres" bucket. */
  other?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(+v) ? +v : null);

/** Turns group_by rows into points; values are kept as data (strings or numbers), never interpreted. */
export function toPoints(rows: readonly Record<string, unknown>[], f: ChartFields): Point[] {
  return rows.map((r) => {
    const p: Point = { x: null, y: num(r.y) };
    if (f.x.unit) {
      const y = num(r.x), m = num(r.xm) ?? 1, d = num(r.xd) ?? 1;
      if (y !== null) {
        p.xNum = Date.UTC(y, m - 1, d);
        p.x = f.x.unit === 'year' ? String(y) : f.x.unit === 'month' ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
      }
    } else if (r.x !== null && r.x !== undefined) {
      p.x = typeof r.x === 'object' ? JSON.stringify(r.x) : String(r.x);
      const n = num(r.x);
      if (typeof r.x === 'number' && n !== null) p.xNum = n;
    }
    if (f.series) p.s = r.s === null || r.s === undefined ? null : String(r.s);
    if (r.n !== undefined) p.n = num(r.n) ?? 0;
    return p;
  });
}
