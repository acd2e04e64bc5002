/** `refine=field:value` / `exclude=field:value` (facet filters, not ODSQL): dates by prefix `2019`, `2019/08`. */
import { OdsqlError } from '../odsql/errors.js';
import { facetOptions } from '../store/facet-config.js';
import type { FieldDef, Row } from '../store/types.js';

export interface Refinement { field: FieldDef; value: string }

export function parseRefinement(s: string, fields: Map<string, FieldDef>, clause: string): Refinement {
  const m = /^\s*(`(?:[^`\\]|\\.)+`|[^:]+?)\s*:(.*)$/s.exec(s);
  if (!m) throw new OdsqlError(`Invalid ${clause} parameter: ${s}.`, clause);
  const name = m[1].startsWith('`') ? m[1].slice(1, -1).replace(/\\(.)/g, '$1') : m[1];
  const field = fields.get(name);
  if (!field) throw new OdsqlError(`Unknown field: ${name}.`, clause);
  return { field, value: unquote(m[2]) };
}

/** `field:"value"` (what current ods-widgets send) and `field:value` name the same value; `\"` and `\\` escape. */
function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/\\(["\\])/g, '$1') : v;
}

/** The hierarchical facet path of a date value: `2019/08/14`. */
export function datePath(v: unknown): string | null {
  if (typeof v !== 'string' || v.length < 10) return null;
  return `${v.slice(0, 4)}/${v.slice(5, 7)}/${v.slice(8, 10)}`;
}

/** The facet value of a cell (what refine compares against and facets count). */
export function facetValues(v: unknown, field: FieldDef): string[] {
  if (v == null || v === '') return [];
  if (Array.isArray(v)) return v.map(String);
  if (field.type === 'date' || field.type === 'datetime') { const p = datePath(v); return p ? [p] : []; }
  return [String(v)];
}

export function matches(row: Row, r: Refinement): boolean {
  const v = row[r.field.name];
  if (r.field.type === 'date' || r.field.type === 'datetime') {
    const p = datePath(v);
    const want = r.value.trim().replace(/-/g, '/');
    return !!p && (p === want || p.startsWith(want + '/'));
  }
  if (r.field.type === 'int' || r.field.type === 'double') return v != null && Number(v) === Number(r.value);
  if (Array.isArray(v)) return v.some((x) => String(x) === r.value);
  return v != null && (v === r.value || String(v) === r.value);
}

/** One predicate for all refinements: same-field values OR'ed when the field is disjunctive, else AND'ed. */
export function refinementFilter(refines: Refinement[], excludes: Refinement[]): ((row: Row) => boolean) | null {
  if (!refines.length && !excludes.length) return null;
  const byField = new Map<string, Refinement[]>();
  for (const r of refines) byField.set(r.field.name, [...(byField.get(r.field.name) ?? []), r]);
  const groups = [...byField.values()];
  return (row) => groups.every((g) => (facetOptions(g[0].field)?.disjunctive ? g.some((r) => matches(row, r)) : g.every((r) => matches(row, r))))
    && !excludes.some((r) => matches(row, r));
}
