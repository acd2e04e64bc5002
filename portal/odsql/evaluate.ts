/** Compiles ODSQL AST nodes into row closures (parse once per request, no per-row interpretation of text). */
import { AGGREGATES, type Node } from './ast.js';
import { dateFormat, datePart, parseDateLiteral, toMs } from './dates.js';
import { OdsqlError } from './errors.js';
import { bboxOf, centroid, haversine, parseGeom, pointInGeometry, positions, toMetres, type Geometry } from './geo.js';
import { LIKE_BUDGET, fuzzyMatch, likeMatcher, prefixMatch, words } from './text.js';
import type { FieldDef, GeoPoint, Row } from '../store/types.js';

export type Fn = (row: Row) => unknown;
export interface Env {
  fields: Map<string, FieldDef>;
  lang?: string;
  /** `timezone` of the request (date parts of datetimes are read in it). */
  tz?: string;
  /** Select aliases usable by order_by. */
  aliases?: Map<string, Fn>;
  /** LIKE work left for this request (shared by every LIKE of it). */
  budget?: { left: number };
}
type Kind = 'text' | 'number' | 'date' | 'bool' | 'geo' | 'any';

const TEXTUAL = new Set(['text']);
const wordCache = new WeakMap<Row, string[]>();

/** Words of a row's text fields (cached: full-text queries repeat on the same rows). */
export function rowWords(row: Row, fields: Iterable<FieldDef>): string[] {
  let w = wordCache.get(row);
  if (!w) {
    const parts: string[] = [];
    for (const f of fields) if (TEXTUAL.has(f.type) && row[f.name] != null) parts.push(String(row[f.name]));
    w = words(parts.join(' '));
    wordCache.set(row, w);
  }
  return w;
}

const bboxes = new WeakMap<object, [number, number, number, number] | null>();
function shapeBbox(v: unknown): [number, number, number, number] | null {
  if (!v || typeof v !== 'object') return null;
  if (!bboxes.has(v)) { const g = (v as { geometry?: Geometry }).geometry; bboxes.set(v, g ? bboxOf(positions(g)) : null); }
  return bboxes.get(v)!;
}

const centroids = new WeakMap<object, GeoPoint>();
export function geoPoint(v: unknown): GeoPoint | null {
  if (!v || typeof v !== 'object') return null;
  if ('lat' in v && 'lon' in v) return v as GeoPoint;
  let c = centroids.get(v);
  if (!c) { const g = (v as { geometry?: Geometry }).geometry; if (!g) return null; c = centroid(g); centroids.set(v, c); }
  return c;
}

function fieldOf(env: Env, name: string): FieldDef {
  const f = env.fields.get(name) ?? env.fields.get(name.toLowerCase());
  if (!f) throw new OdsqlError(`Unknown field: ${name}.`);
  return f;
}

export function kindOf(n: Node, env: Env): Kind {
  switch (n.k) {
    case 'date': return 'date';
    case 'lit': return typeof n.v === 'number' ? 'number' : typeof n.v === 'boolean' ? 'bool' : 'text';
    case 'field': {
      if (env.aliases?.has(n.name)) return 'any';
      const t = fieldOf(env, n.name).type;
      return t === 'date' || t === 'datetime' ? 'date' : t === 'int' || t === 'double' ? 'number'
        : t === 'boolean' ? 'bool' : t.startsWith('geo') ? 'geo' : 'text';
    }
    case 'call': return n.name === 'now' ? 'date' : ['min', 'max'].includes(n.name) && n.args[0] && kindOf(n.args[0], env) === 'date' ? 'date' : 'any';
    default: return 'any';
  }
}

function eq(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return a.some((x) => eq(x, b));
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && a === Number(b);
  if (typeof a === 'string' && typeof b === 'number') return a === String(b);
  if (typeof a === 'boolean' && typeof b === 'string') return String(a) === b.toLowerCase();
  return a === b;
}
function cmp(a: unknown, b: unknown): number {
  if (typeof a === 'number' || typeof b === 'number') return Number(a) - Number(b);
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
const CMPS: Record<string, (c: number) => boolean> = {
  '<': (c) => c < 0, '<=': (c) => c <= 0, '>': (c) => c > 0, '>=': (c) => c >= 0,
};

function lit(n: Node, what: string): unknown {
  if (n.k === 'lit') return n.v;
  if (n.k === 'date') return parseDateLiteral(n.v);
  throw new OdsqlError(`${what} expects a literal, got ${n.src}`);
}

export function compile(n: Node, env: Env): Fn {
  switch (n.k) {
    case 'lit': { const v = n.v; return () => v; }
    case 'date': { const v = parseDateLiteral(n.v); return () => v; }
    case 'qty': { const v = n.n; return () => v; }
    case 'geom': { const g = parseGeom(n.v); return () => g; }
    case 'star': throw new OdsqlError('Unexpected *');
    case 'field': {
      const alias = env.aliases?.get(n.name);
      if (alias) return alias;
      const name = fieldOf(env, n.name).name;
      return (r) => r[name] ?? null;
    }
    case 'neg': { const e = compile(n.e, env); return (r) => { const v = e(r); return v == null ? null : -Number(v); }; }
    case 'and': { const l = compile(n.l, env), rr = compile(n.r, env); return (r) => !!l(r) && !!rr(r); }
    case 'or': { const l = compile(n.l, env), rr = compile(n.r, env); return (r) => !!l(r) || !!rr(r); }
    case 'not': { const e = compile(n.e, env); return (r) => !e(r); }
    case 'is': {
      const e = compile(n.e, env);
      const test = n.what === 'null' ? (v: unknown) => v == null || v === ''
        : n.what === 'true' ? (v: unknown) => v === true : (v: unknown) => v === false;
      return n.neg ? (r) => !test(e(r)) : (r) => test(e(r));
    }
    case 'fts': { const q = n.text; return (r) => prefixMatch(rowWords(r, env.fields.values()), q); }
    case 'like': {
      const e = compile(n.e, env), match = likeMatcher(n.pat, (env.budget ??= { left: LIKE_BUDGET }));
      return (r) => { const v = e(r); return v != null && match(String(v)); };
    }
    case 'in': {
      const e = compile(n.e, env);
      const isDate = kindOf(n.e, env) === 'date';
      const vals = n.list.map((x) => lit(x, 'IN'));
      if (isDate) { const ms = vals.map((v) => toMs(typeof v === 'string' ? parseDateLiteral(v) : v)); return (r) => ms.includes(toMs(e(r))); }
      return (r) => { const v = e(r); return v != null && vals.some((x) => eq(v, x)); };
    }
    case 'range': return compileRange(n, env);
    case 'bin': return compileBin(n, env);
    case 'call': return compileCall(n, env);
  }
}

function compileRange(n: Extract<Node, { k: 'range' }>, env: Env): Fn {
  const e = compile(n.e, env);
  const isDate = kindOf(n.e, env) === 'date' || n.lo?.k === 'date' || n.hi?.k === 'date';
  const conv = (x: Node | null) => (x == null ? null : isDate ? toMs(typeof lit(x, 'IN') === 'string' ? parseDateLiteral(String(lit(x, 'IN'))) : lit(x, 'IN')) : lit(x, 'IN'));
  const lo = conv(n.lo), hi = conv(n.hi);
  const { loInc, hiInc } = n;
  return (r) => {
    let v = e(r);
    if (v == null) return false;
    if (isDate) v = toMs(v);
    if (lo != null) { const c = cmp(v, lo); if (c < 0 || (c === 0 && !loInc)) return false; }
    if (hi != null) { const c = cmp(v, hi); if (c > 0 || (c === 0 && !hiInc)) return false; }
    return true;
  };
}

function compileBin(n: Extract<Node, { k: 'bin' }>, env: Env): Fn {
  const l = compile(n.l, env), rr = compile(n.r, env);
  const op = n.op;
  if ('+-*/%'.includes(op)) {
    return (r) => {
      const a = l(r), b = rr(r);
      if (a == null || b == null) return null;
      const x = Number(a), y = Number(b);
      switch (op) {
        case '+': return x + y;
        case '-': return x - y;
        case '*': return x * y;
        case '/': return y === 0 ? null : x / y;
        default: return y === 0 ? null : x % y;
      }
    };
  }
  if (kindOf(n.l, env) === 'date' || kindOf(n.r, env) === 'date') {
    const conv = (f: Fn, side: Node): Fn => (side.k === 'lit' && typeof side.v === 'string' ? (() => { const ms = parseDateLiteral(side.v as string); return () => ms; })() : (r) => toMs(f(r)));
    const a = conv(l, n.l), b = conv(rr, n.r);
    const test = op === '=' ? (c: number) => c === 0 : op === '!=' ? (c: number) => c !== 0 : CMPS[op];
    return (r) => { const x = a(r) as number, y = b(r) as number; return !Number.isNaN(x) && !Number.isNaN(y) && test(x - y); };
  }
  if (op === '=') return (r) => { const a = l(r), b = rr(r); return a != null && b != null && eq(a, b); };
  if (op === '!=') return (r) => { const a = l(r), b = rr(r); return a != null && b != null && !eq(a, b); };
  const test = CMPS[op];
  return (r) => { const a = l(r), b = rr(r); return a != null && b != null && test(cmp(a, b)); };
}

function textArgs(n: Extract<Node, { k: 'call' }>, env: Env): { get: (r: Row) => string[]; q: string } {
  const last = n.args[n.args.length - 1];
  if (!last || last.k !== 'lit' || typeof last.v !== 'string') throw new OdsqlError(`${n.name}() expects a text as last argument`);
  const targets = n.args.slice(0, -1);
  if (!targets.length || targets.some((a) => a.k === 'star')) return { get: (r) => rowWords(r, env.fields.values()), q: last.v };
  const fns = targets.map((a) => compile(a, env));
  return { get: (r) => words(fns.map((f) => String(f(r) ?? '')).join(' ')), q: last.v };
}

function compileCall(n: Extract<Node, { k: 'call' }>, env: Env): Fn {
  const a = n.args;
  if (AGGREGATES.has(n.name)) throw new OdsqlError(`Aggregation ${n.src} is not allowed here.`);
  const arg = (i: number) => { if (!a[i]) throw new OdsqlError(`Missing argument in ${n.src}`); return compile(a[i], env); };
  const geoArg = (i: number) => { const f = arg(i); return (r: Row) => geoPoint(f(r)); };
  switch (n.name) {
    case 'search': { const { get, q } = textArgs(n, env); return (r) => fuzzyMatch(get(r), q); }
    case 'suggest': { const { get, q } = textArgs(n, env); return (r) => prefixMatch(get(r), q); }
    case 'startswith': {
      const q = lit(a[a.length - 1], 'startswith'); const fns = a.length > 1 && a[0].k !== 'star' ? [arg(0)]
        : [...env.fields.values()].filter((f) => f.type === 'text').map((f) => (r: Row) => r[f.name]);
      return (r) => fns.some((f) => { const v = f(r); return v != null && String(v).startsWith(String(q)); });
    }
    case 'in_bbox': {
      const g = geoArg(0);
      const [la1, lo1, la2, lo2] = [1, 2, 3, 4].map((i) => Number(lit(a[i], 'in_bbox')));
      const [minLa, maxLa, minLo, maxLo] = [Math.min(la1, la2), Math.max(la1, la2), Math.min(lo1, lo2), Math.max(lo1, lo2)];
      if (a[0].k === 'field' && env.fields.get(a[0].name)?.type === 'geo_shape') {
        // A shape is in the box when their extents overlap (not only its centre).
        const f = arg(0);
        return (r) => { const b = shapeBbox(f(r)); return !!b && b[0] <= maxLo && b[2] >= minLo && b[1] <= maxLa && b[3] >= minLa; };
      }
      return (r) => { const p = g(r); return !!p && p.lat >= minLa && p.lat <= maxLa && p.lon >= minLo && p.lon <= maxLo; };
    }
    case 'within_distance': case 'distance': {
      const g = geoArg(0);
      const c = a[1]?.k === 'geom' ? centroid(parseGeom(a[1].v)) : null;
      if (!c) throw new OdsqlError(`${n.name}() expects a geom'…' point`);
      if (n.name === 'distance' && a.length === 2) return (r) => { const p = g(r); return p ? haversine(p, c) : null; };
      const d = a[2]?.k === 'qty' ? toMetres(a[2].n, a[2].unit) : Number(lit(a[2], n.name));
      return (r) => { const p = g(r); return !!p && haversine(p, c) <= d; };
    }
    case 'intersects': case 'within': case 'disjoint': case 'polygon': {
      const g = geoArg(0);
      if (a[1]?.k !== 'geom') throw new OdsqlError(`${n.name}() expects a geom'…' literal`);
      const shape = parseGeom(a[1].v);
      const inside = (r: Row) => { const p = g(r); return !!p && pointInGeometry(p, shape); };
      return n.name === 'disjoint' ? (r) => !!g(r) && !inside(r) : inside;
    }
    case 'year': case 'month': case 'day': case 'hour': case 'minute': case 'second': case 'millisecond': case 'quarter': case 'dayofweek': {
      const f = arg(0); const part = n.name; const tz = env.tz; return (r) => datePart(part, f(r), tz);
    }
    case 'date_format': {
      const f = arg(0); const p = String(lit(a[1], 'date_format')); const lang = env.lang ?? 'fr';
      return (r) => dateFormat(f(r), p, lang);
    }
    case 'lower': { const f = arg(0); return (r) => { const v = f(r); return v == null ? null : String(v).toLowerCase(); }; }
    case 'upper': { const f = arg(0); return (r) => { const v = f(r); return v == null ? null : String(v).toUpperCase(); }; }
    case 'length': { const f = arg(0); return (r) => { const v = f(r); return v == null ? null : String(v).length; }; }
    case 'abs': { const f = arg(0); return (r) => { const v = f(r); return v == null ? null : Math.abs(Number(v)); }; }
    case 'ifnull': { const f = arg(0), g = arg(1); return (r) => f(r) ?? g(r); }
    case 'now': return compileNow(n);
    case 'random': { return () => Math.random(); }
    default: throw new OdsqlError(`${n.src}`);
  }
}

/** now([years=-1, days=+7, month=1, …]): plural units shift, singular ones set (UTC). */
function compileNow(n: Extract<Node, { k: 'call' }>): Fn {
  const ops = n.args.map((a) => {
    if (a.k !== 'bin' || a.op !== '=' || a.l.k !== 'field' || a.r.k !== 'lit' || typeof a.r.v !== 'number') throw new OdsqlError(n.src);
    return [a.l.name.toLowerCase(), a.r.v] as const;
  });
  const SET: Record<string, string> = { year: 'FullYear', month: 'Month', day: 'Date', hour: 'Hours', minute: 'Minutes', second: 'Seconds' };
  return () => {
    const d = new Date();
    for (const [unit, v] of ops) {
      const base = unit.replace(/s$/, '');
      const m = SET[base];
      if (!m) continue;
      const get = (d as any)[`getUTC${m}`].bind(d);
      const set = (d as any)[`setUTC${m}`].bind(d);
      if (unit.endsWith('s')) set(get() + v); else set(base === 'month' ? v - 1 : v);
    }
    return d.getTime();
  };
}
