/**
 * The shape of an API request, for the query inventory (docs/portal-queries.md): the endpoint and the classes of
 * its parameters (which ODSQL functions, which limit range), not their values. With `OD_QUERY_LOG=<file>` the
 * portal appends each new shape it serves to that file (one JSON line per shape and process); the inventory
 * check (test/inventory) then fails on any shape the inventory does not list.
 */
import { appendFileSync } from 'node:fs';

export interface RequestShape {
  /** Endpoint and its main parameters, e.g. `records · select=fn:count · limit=1`. */
  key: string;
  /** Filters and options that may come with any shape of the endpoint, e.g. `where:search`, `refine:quoted`. */
  mods: string[];
}

// Function names called in an expression (`AND (`, `OR (`, `IN (` are operators, not functions).
const OPS = new Set(['and', 'or', 'in', 'as']);
const fns = (s: string) => [...new Set([...s.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""').matchAll(/([A-Za-z_]+)\s*\(/g)]
  .map((m) => m[1].toLowerCase()).filter((f) => !OPS.has(f)))].sort();

function endpoint(path: string): string {
  const seg = path.split('/').filter(Boolean);
  if (seg[0] !== 'catalog') return `other:${seg.join('/')}`;
  if (seg[1] === 'facets') return 'catalog-facets';
  if (seg[1] === 'exports') return seg[2] ? `catalog-export/${seg[2]}` : 'catalog-exports';
  if (seg[1] !== 'datasets') return `other:${seg.join('/')}`;
  if (seg.length === 2) return 'catalog';
  if (seg.length === 3) return 'dataset';
  const sub = seg[3];
  if (sub === 'records') return seg.length === 4 ? 'records' : 'record';
  if (sub === 'exports') return seg.length === 4 ? 'exports' : `export/${seg[4]}`;
  return sub;
}

function limitClass(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return 'limit=?';
  return n <= 1 ? `limit=${n}` : n <= 100 ? 'limit≤100' : n <= 1000 ? 'limit≤1000' : n <= 20000 ? 'limit≤20000' : 'limit>20000';
}

const CORE = new Set(['select', 'group_by', 'order_by', 'limit', 'offset', 'facet']);

/** The shape of a request to `path` (relative to the API root) with query `u`. */
export function requestShape(path: string, u: URLSearchParams): RequestShape {
  const parts = [endpoint(path)];
  const select = u.get('select');
  if (select !== null) parts.push(fns(select).length ? `select=fn:${fns(select).join(',')}` : 'select=fields');
  const group = u.get('group_by');
  if (group !== null) parts.push(fns(group).length ? `group_by=fn:${fns(group).join(',')}` : 'group_by=field');
  if (u.has('order_by')) parts.push('order_by');
  if (u.has('limit')) parts.push(limitClass(u.get('limit')!));
  if (u.has('offset')) parts.push('offset');
  const facets = u.getAll('facet');
  if (facets.length) {
    const kinds = new Set(facets.map((f) => (/^\s*facet\s*\(/i.test(f) ? `facet(${[...f.matchAll(/(\w+)\s*=/g)].map((m) => m[1]).filter((k) => k !== 'name').sort().join(',')})` : 'name')));
    parts.push(`facet=${[...kinds].sort().join('+')}`);
  }
  const mods = new Set<string>();
  for (const [k, v] of u) {
    if (CORE.has(k)) continue;
    if (k === 'where') { mods.add('where'); for (const f of fns(v)) mods.add(`where:${f}`); }
    else if (k === 'refine' || k === 'exclude') mods.add(`${k}:${/^[^:]+:\s*".*"\s*$/s.test(v) ? 'quoted' : 'bare'}`);
    else mods.add(k);
  }
  return { key: parts.join(' · '), mods: [...mods].sort() };
}

const seen = new Set<string>();

/** Appends a shape to `$OD_QUERY_LOG` once per process; never throws (logging must not break an answer). */
export function logShape(path: string, u: URLSearchParams, accept: string | undefined, referer: string | undefined): void {
  const file = process.env.OD_QUERY_LOG;
  if (!file) return;
  const isExport = /\/exports\/[^/]+$/.test(path);
  // The widgets' client asks `Accept: application/json`; tests' own plain fetches do not (downloads are links).
  if (!isExport && !(accept ?? '').startsWith('application/json')) return;
  const s = requestShape(path, u);
  const line = JSON.stringify({ ...s, from: referer ? new URL(referer, 'http://x').pathname : undefined });
  if (seen.has(line)) return;
  seen.add(line);
  try { appendFileSync(file, line + '\n'); } catch { /* the check reports missing shapes, not this */ }
}
