/** Aggregations (count/sum/avg/min/max/median/percentile/bbox) over a group's rows, and group-level expressions. */
import { AGGREGATES, hasAggregate, type Node } from '../odsql/ast.js';
import { toMs } from '../odsql/dates.js';
import { OdsqlError } from '../odsql/errors.js';
import { compile, geoPoint, kindOf, type Env } from '../odsql/evaluate.js';
import type { Row } from '../store/types.js';

/** Aggregations a real portal computes as Elasticsearch stats: numeric or date arguments only. */
const STATS = new Set(['sum', 'avg', 'min', 'max', 'median', 'percentile']);

export type GroupFn = (rows: Row[], out: Record<string, unknown>) => unknown;

function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const idx = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(idx), hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}

function compileAggCall(n: Extract<Node, { k: 'call' }>, env: Env): GroupFn {
  if (n.name === 'count' && (!n.args.length || n.args[0].k === 'star')) return (rows) => rows.length;
  if (!n.args[0]) throw new OdsqlError(`Missing argument in ${n.src}`);
  const f = compile(n.args[0], env);
  const kind = kindOf(n.args[0], env);
  const isDate = kind === 'date';
  // Real portals refuse statistics on text (recorded message, no clause suffix): 400 ODSQLError.
  if (STATS.has(n.name) && (kind === 'text' || kind === 'bool' || kind === 'geo')) {
    throw new OdsqlError('StatAggregation only supports numeric or date expression.', '');
  }
  const nums = (rows: Row[]) => {
    const out: number[] = [];
    for (const r of rows) { const v = f(r); if (v != null && v !== '') { const x = isDate ? toMs(v) : Number(v); if (!Number.isNaN(x)) out.push(x); } }
    return out;
  };
  switch (n.name) {
    case 'count':
      if (n.distinct) return (rows) => { const s = new Set<string>(); for (const r of rows) { const v = f(r); if (v != null) s.add(JSON.stringify(v)); } return s.size; };
      return (rows) => { let c = 0; for (const r of rows) if (f(r) != null) c++; return c; };
    case 'sum': return (rows) => { const xs = nums(rows); return xs.length ? xs.reduce((a, b) => a + b, 0) : null; };
    case 'avg': return (rows) => { const xs = nums(rows); return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null; };
    case 'min': case 'max': {
      const pickMax = n.name === 'max';
      return (rows) => {
        let best: unknown = null, bestX = NaN;
        for (const r of rows) {
          const v = f(r);
          if (v == null) continue;
          const x = isDate ? toMs(v) : Number(v);
          if (Number.isNaN(bestX) || (pickMax ? x > bestX : x < bestX)) { bestX = x; best = v; }
        }
        return best;
      };
    }
    case 'median': case 'percentile': {
      const p = n.name === 'median' ? 50 : Number((n.args[1] as { v?: unknown })?.v);
      if (!(p >= 0 && p <= 100)) throw new OdsqlError(`Invalid percentile in ${n.src}`);
      return (rows) => percentile(nums(rows).sort((a, b) => a - b), p);
    }
    case 'bbox': case 'envelope':
      return (rows) => {
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (const r of rows) { const p = geoPoint(f(r)); if (!p) continue; x0 = Math.min(x0, p.lon); x1 = Math.max(x1, p.lon); y0 = Math.min(y0, p.lat); y1 = Math.max(y1, p.lat); }
        if (x0 === Infinity) return null;
        return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] }, properties: {} };
      };
    default: throw new OdsqlError(n.src);
  }
}

/** Compiles an expression evaluated once per group (aggregates over rows, plain fields from the first row). */
export function compileGroup(n: Node, env: Env, outKeys?: Map<string, string>): GroupFn {
  const outKey = outKeys?.get(n.src) ?? (n.k === 'field' ? outKeys?.get(n.name) : undefined);
  if (outKey !== undefined) return (_rows, out) => out[outKey];
  if (n.k === 'call' && AGGREGATES.has(n.name)) return compileAggCall(n, env);
  if (!hasAggregate(n)) { const f = compile(n, env); return (rows) => (rows.length ? f(rows[0]) : null); }
  if (n.k === 'bin' && '+-*/%'.includes(n.op)) {
    const l = compileGroup(n.l, env, outKeys), r = compileGroup(n.r, env, outKeys);
    return (rows, out) => {
      const a = l(rows, out), b = r(rows, out);
      if (a == null || b == null) return null;
      const x = Number(a), y = Number(b);
      return n.op === '+' ? x + y : n.op === '-' ? x - y : n.op === '*' ? x * y : y === 0 ? null : n.op === '/' ? x / y : x % y;
    };
  }
  if (n.k === 'neg') { const e = compileGroup(n.e, env, outKeys); return (rows, out) => { const v = e(rows, out); return v == null ? null : -Number(v); }; }
  throw new OdsqlError(`Unsupported aggregate expression: ${n.src}`);
}
