/** group_by keys: fields/expressions, range(f, width), range(f, *, b1, …, *), range(date, 1 month), geo_cluster. */
import type { Item, Node } from '../odsql/ast.js';
import { toMs } from '../odsql/dates.js';
import { OdsqlError } from '../odsql/errors.js';
import { compile, geoPoint, type Env } from '../odsql/evaluate.js';
import { isoUtc } from '../store/infer.js';
import type { Row } from '../store/types.js';

export interface GroupKey {
  name: string;
  /** Grouping value (a string/number/null; geo clusters use a cell id). */
  key: (row: Row) => unknown;
  /** Output value of the group (defaults to the key). */
  value?: (rows: Row[]) => unknown;
  /** Keys that keep insertion order instead of sorting (geo clusters). */
  unsorted?: boolean;
}

const fmt = (x: number) => String(Math.round(x * 1e9) / 1e9);
const num = (n: Node) => { if (n.k !== 'lit' || typeof n.v !== 'number') throw new OdsqlError(`Invalid range bound: ${n.src}`); return n.v; };
const DATE_UNITS: Record<string, string> = { ms: 'ms', millisecond: 'ms', milliseconds: 'ms', s: 's', second: 's', seconds: 's', m: 'min', minute: 'min', minutes: 'min',
  h: 'h', hour: 'h', hours: 'h', d: 'd', day: 'd', days: 'd', w: 'w', week: 'w', weeks: 'w', M: 'M', month: 'M', months: 'M',
  q: 'q', quarter: 'q', quarters: 'q', y: 'y', year: 'y', years: 'y' };
const FIXED_MS: Record<string, number> = { ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 };

function dateRange(f: (r: Row) => unknown, n: number, unitRaw: string, isDate: boolean): (r: Row) => unknown {
  const unit = DATE_UNITS[unitRaw] ?? DATE_UNITS[unitRaw.toLowerCase()];
  if (!unit) throw new OdsqlError(`Invalid range unit: ${unitRaw}`);
  const out = (ms: number) => (isDate ? isoUtc(ms).slice(0, 10) : isoUtc(ms));
  return (r) => {
    const ms = toMs(f(r));
    if (Number.isNaN(ms)) return null;
    const d = new Date(ms);
    const y = d.getUTCFullYear(), mo = d.getUTCMonth();
    switch (unit) {
      case 'y': return out(Date.UTC(y, 0, 1));
      case 'q': return out(Date.UTC(y, mo - (mo % 3), 1));
      case 'M': return out(Date.UTC(y, mo, 1));
      case 'w': { const dow = (d.getUTCDay() + 6) % 7; return out(Date.UTC(y, mo, d.getUTCDate() - dow)); }
      default: { const w = FIXED_MS[unit] * n; return out(Math.floor(ms / w) * w); }
    }
  };
}

function rangeKey(n: Extract<Node, { k: 'call' }>, env: Env): (r: Row) => unknown {
  const f = compile(n.args[0], env);
  const ftype = n.args[0].k === 'field' ? env.fields.get(n.args[0].name)?.type : undefined;
  const isInt = ftype === 'int';
  const rest = n.args.slice(1);
  if (rest.length === 1 && rest[0].k === 'qty') return dateRange(f, rest[0].n, rest[0].unit, ftype === 'date');
  if (rest.length === 1) {
    const w = num(rest[0]);
    if (!(w > 0)) throw new OdsqlError(`Invalid range width: ${rest[0].src}`);
    return (r) => {
      const v = f(r);
      if (v == null) return null;
      const lo = Math.floor(Number(v) / w) * w;
      return isInt && Number.isInteger(w) ? `[${fmt(lo)}, ${fmt(lo + w - 1)}]` : `[${fmt(lo)}, ${fmt(lo + w)}[`;
    };
  }
  const openLo = rest[0]?.k === 'star', openHi = rest[rest.length - 1]?.k === 'star';
  const bounds = rest.filter((x) => x.k !== 'star').map(num).sort((a, b) => a - b);
  if (!bounds.length) throw new OdsqlError(`Invalid range: ${n.src}`);
  const hiOf = (b: number) => (isInt ? fmt(b - 1) : fmt(b));
  return (r) => {
    const v = f(r);
    if (v == null) return null;
    const x = Number(v);
    if (x < bounds[0]) return openLo ? `[*, ${hiOf(bounds[0])}]` : undefined;
    for (let i = 0; i < bounds.length - 1; i++) if (x < bounds[i + 1]) return `[${fmt(bounds[i])}, ${hiOf(bounds[i + 1])}]`;
    return openHi ? `[${fmt(bounds[bounds.length - 1])}, *]` : undefined;
  };
}

function geoCluster(n: Extract<Node, { k: 'call' }>, env: Env, name: string): GroupKey {
  const f = compile(n.args[0], env);
  const zoom = n.args[1] ? num(n.args[1]) : 10;
  if (!(zoom >= 0 && zoom <= 25)) throw new OdsqlError(`Invalid geo_cluster precision: ${n.src}`);
  // Web-Mercator tiles two levels below the precision (64 px cells of a 256 px tile): as many clusters as the
  // recorded Vélib' answer gives at precision 10 (14 clusters over Paris, 0.035–0.095° apart).
  const tiles = 2 ** Math.min(zoom + 2, 26);
  const rad = Math.PI / 180;
  return {
    name,
    unsorted: true,
    key: (r) => {
      const p = geoPoint(f(r));
      if (!p) return null;
      const x = Math.floor(((p.lon + 180) / 360) * tiles);
      const s = Math.sin(Math.max(-85.05, Math.min(85.05, p.lat)) * rad);
      const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * tiles);
      return x * tiles + y; // numeric cell id: cheap to hash for 200k points
    },
    value: (rows) => {
      let lat = 0, lon = 0, c = 0;
      for (const r of rows) { const p = geoPoint(f(r)); if (p) { lat += p.lat; lon += p.lon; c++; } }
      return c ? { cluster_centroid: { lat: lat / c, lon: lon / c } } : null;
    },
  };
}

export function groupKey(item: Item, env: Env): GroupKey {
  const name = item.alias ?? (item.expr.k === 'field' ? item.expr.name : item.key);
  const e = item.expr;
  if (e.k === 'call' && e.name === 'geo_cluster') return geoCluster(e, env, name);
  if (e.k === 'call' && e.name === 'range') return { name, key: rangeKey(e, env) };
  if (e.k === 'field') {
    const fd = env.fields.get(e.name);
    if (fd?.type === 'geo_shape' || fd?.type === 'geo_point_2d') {
      const f = compile(e, env);
      return { name, key: (r) => JSON.stringify(f(r) ?? null), value: (rows) => (rows.length ? f(rows[0]) : null) };
    }
  }
  return { name, key: compile(e, env) };
}
