/**
 * Facet counts (`/facets` endpoints): values sorted by `-count` (or the field's `facetsort`), 100 values max,
 * `state` displayed/refined/excluded, dates hierarchical (years, then months/days under a refined parent).
 */
import { OdsqlError } from '../odsql/errors.js';
import { buildFilter, type QueryParams } from './run.js';
import { parseRefinement, type Refinement } from './refine.js';
import { facetOptions } from '../store/facet-config.js';
import type { FieldDef, Row } from '../store/types.js';

export interface FacetValue { name: string; count?: number; state: string; value: string; facets?: FacetValue[] }
interface FacetSpec { field: FieldDef; sort: string; limit: number; disjunctive: boolean }

/** `facet=name` or `facet=facet(name="f", sort="alphanum", limit=20, disjunctive=true)`. */
function parseFacet(s: string, fields: Map<string, FieldDef>): FacetSpec {
  const m = /^\s*facet\s*\((.*)\)\s*$/is.exec(s);
  const opts: Record<string, string> = {};
  if (m) for (const o of m[1].matchAll(/(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,\s]+)/g)) opts[o[1].toLowerCase()] = o[2].replace(/^["']|["']$/g, '');
  const name = m ? opts.name : s.trim();
  const field = name ? fields.get(name) : undefined;
  if (!field) throw new OdsqlError(`Unknown field: ${name}.`, 'facet');
  const isDate = field.type === 'date' || field.type === 'datetime';
  const declared = facetOptions(field);
  return {
    field, sort: opts.sort ?? declared?.sort ?? (isDate ? '-alphanum' : '-count'),
    limit: Math.max(1, Math.min(1000, Number(opts.limit) || 100)),
    disjunctive: opts.disjunctive ? opts.disjunctive === 'true' : !!declared?.disjunctive,
  };
}

function sortValues(list: FacetValue[], sort: string): FacetValue[] {
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '');
  const cmp = key === 'count' ? (a: FacetValue, b: FacetValue) => (a.count ?? 0) - (b.count ?? 0) || -a.name.localeCompare(b.name, 'fr')
    : key === 'num' ? (a: FacetValue, b: FacetValue) => Number(a.name) - Number(b.name)
      : (a: FacetValue, b: FacetValue) => a.name.localeCompare(b.name, 'fr', { numeric: true });
  return list.sort((a, b) => (desc ? -cmp(a, b) : cmp(a, b)));
}

function level(rows: Row[], spec: FacetSpec, refined: Set<string>, excluded: Set<string>, prefix: string, depth: number, dates: boolean): FacetValue[] {
  const counts = new Map<string, number>();
  const name = spec.field.name;
  if (dates) {
    // Count full date paths once, then roll them up to this level (few distinct dates, many rows).
    const full = new Map<string, number>();
    for (const r of rows) { const v = r[name]; if (typeof v === 'string' && v.length >= 10) { const k = v.slice(0, 10); full.set(k, (full.get(k) ?? 0) + 1); } }
    for (const [d, c] of full) {
      const path = `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}`;
      if (prefix && !path.startsWith(prefix + '/')) continue;
      const key = path.split('/').slice(0, depth + 1).join('/');
      counts.set(key, (counts.get(key) ?? 0) + c);
    }
  } else {
    for (const r of rows) {
      const v = r[name];
      if (v == null || v === '') continue;
      if (Array.isArray(v)) { for (const x of v) counts.set(String(x), (counts.get(String(x)) ?? 0) + 1); continue; }
      const k = typeof v === 'string' ? v : String(v);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  let list: FacetValue[] = [...counts].map(([value, count]) => ({
    name: dates ? value.split('/')[depth] : value, count, value,
    state: refined.has(value) || [...refined].some((x) => dates && x.startsWith(value + '/')) ? 'refined' : 'displayed',
  }));
  list = sortValues(list, spec.sort).slice(0, spec.limit);
  for (const x of excluded) if (!counts.has(x) && (!dates || x.split('/').length === depth + 1)) list.push({ name: dates ? x.split('/')[depth] : x, state: 'excluded', value: x });
  for (const x of list) if (x.count !== undefined && excluded.has(x.value)) { x.state = 'excluded'; delete x.count; }
  if (dates && depth < 2) {
    for (const x of list) if (x.state === 'refined') x.facets = level(rows, spec, refined, excluded, x.value, depth + 1, true);
  }
  return list.map((x) => ({ name: x.name, ...(x.count !== undefined ? { count: x.count } : {}), state: x.state, value: x.value, ...(x.facets ? { facets: x.facets } : {}) }));
}

export function computeFacets(all: Row[], fields: Map<string, FieldDef>, p: QueryParams, facetParams: string[]): { name: string; facets: FacetValue[] }[] {
  const specs = (facetParams.length ? facetParams.map((f) => parseFacet(f, fields))
    : [...new Set(fields.values())].filter((f) => facetOptions(f)).map((f) => parseFacet(f.name, fields)));
  const refines = p.refine.map((s) => parseRefinement(s, fields, 'refine'));
  const excludes = p.exclude.map((s) => parseRefinement(s, fields, 'exclude'));
  const base = buildFilter({ ...p, refine: [], exclude: [] }, fields);
  const baseRows = base ? all.filter(base) : all;
  const norm = (r: Refinement) => (r.field.type === 'date' || r.field.type === 'datetime' ? r.value.replace(/-/g, '/') : r.value);
  return specs.map((spec) => {
    // A disjunctive facet ignores its own refinements so the other values stay selectable.
    const own = (r: Refinement) => r.field.name === spec.field.name;
    const others = buildFilter({ where: [], refine: p.refine.filter((_, i) => !(spec.disjunctive && own(refines[i]))), exclude: p.exclude.filter((_, i) => !own(excludes[i])), lang: p.lang, tz: p.tz }, fields);
    const rows = others ? baseRows.filter(others) : baseRows;
    const isDate = spec.field.type === 'date' || spec.field.type === 'datetime';
    const refined = new Set(refines.filter(own).map(norm));
    const excluded = new Set(excludes.filter(own).map(norm));
    return { name: spec.field.name, facets: level(rows, spec, refined, excluded, '', 0, isDate) };
  });
}
