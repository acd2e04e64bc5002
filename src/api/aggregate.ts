/**
 * The one aggregate grammar of the widgets (`od-kpi value`, `od-chart y`, `od-map value`): `count(*)`,
 * `count(f)`, `sum(f)`, `avg(f)`, `median(f)`, `min(f)`, `max(f)`. Text is parsed against this grammar and checked
 * against the dataset's schema before any query: a real portal refuses statistics on text with a 400
 * (`StatAggregation only supports numeric or date expression.`), so widgets refuse first and say why.
 * Field names are written into ODSQL only through `field()`; no attribute text reaches the portal as is.
 */
import { field } from './odsql.js';
import type { FieldMeta, FieldType } from './types.js';

export type AggregateFn = 'count' | 'sum' | 'avg' | 'median' | 'min' | 'max';
export interface Aggregate {
  fn: AggregateFn;
  /** The field aggregated; absent for `count(*)`. */
  field?: string;
}

/** Why an aggregate cannot be asked for: the field is unknown, or its type does not fit the function. */
export type AggregateProblem =
  | { kind: 'unknown-field'; fn: AggregateFn; field: string }
  | { kind: 'wrong-type'; fn: AggregateFn; field: string; type: FieldType };

export const AGGREGATE_FNS: readonly AggregateFn[] = ['count', 'sum', 'avg', 'median', 'min', 'max'];

const RE = /^\s*([a-z]+)\s*\(\s*(\*|`(?:[^`\\]|\\.)+`|[A-Za-z_][\w]*)\s*\)\s*$/i;

/** Parses `fn(field)` / `count(*)` (the default when absent); undefined for anything else (expressions, several aggregates, unknown functions). */
export function parseAggregate(text: string | null | undefined, allowed: readonly AggregateFn[] = AGGREGATE_FNS): Aggregate | undefined {
  const m = RE.exec(text ?? 'count(*)');
  if (!m) return undefined;
  const fn = m[1].toLowerCase() as AggregateFn;
  if (!allowed.includes(fn)) return undefined;
  if (m[2] === '*') return fn === 'count' ? { fn } : undefined;
  const name = m[2].startsWith('`') ? m[2].slice(1, -1).replace(/\\(.)/g, '$1') : m[2];
  return { fn, field: name };
}

/** The ODSQL expression, e.g. ``sum(`nbre_pl`)``; `count(*)` as is. */
export function aggregateExpr(a: Aggregate): string {
  return a.field ? `${a.fn}(${field(a.field)})` : 'count(*)';
}

/** The aggregate written back as a user would type it (messages, builder). */
export function aggregateText(a: Aggregate): string {
  return `${a.fn}(${a.field ?? '*'})`;
}

export const isNumericType = (t: string | undefined): boolean => t === 'int' || t === 'double';
export const isDateType = (t: string | undefined): boolean => t === 'date' || t === 'datetime';

/** True when `fn` can run on a field of type `type`: count on any, min/max on numbers and dates, others on numbers. */
export function fitsType(fn: AggregateFn, type: string | undefined): boolean {
  if (fn === 'count') return true;
  if (fn === 'min' || fn === 'max') return isNumericType(type) || isDateType(type);
  return isNumericType(type);
}

/** Checks an aggregate against the schema; undefined when it can be asked for. */
export function checkAggregate(a: Aggregate, fields: readonly FieldMeta[]): AggregateProblem | undefined {
  if (!a.field) return undefined;
  const f = fields.find((x) => x.name === a.field);
  if (!f) return { kind: 'unknown-field', fn: a.fn, field: a.field };
  return fitsType(a.fn, f.type) ? undefined : { kind: 'wrong-type', fn: a.fn, field: f.name, type: f.type };
}

/** The fields `fn` may aggregate (the builder offers only these). */
export function aggregatableFields(fn: AggregateFn, fields: readonly FieldMeta[]): FieldMeta[] {
  return fields.filter((f) => fitsType(fn, f.type) && (fn !== 'count' || !f.type.startsWith('geo')));
}

/**
 * Most groups a widget asks for in one `group_by` request. Well under the spec's grouped maximum (20000), so the
 * strictest reading of a real portal holds; a widget that gets this many says the list is truncated.
 */
export const GROUP_LIMIT = 1000;

/**
 * The value of an ungrouped aggregate answer. Real portals repeat the aggregate once per matching record (widgets
 * ask `limit=1`) and answer `results: []` when nothing matches: that is "no data", not an error.
 */
export function ungroupedValue(rows: readonly Record<string, unknown>[], key: string): unknown {
  return rows.length ? rows[0][key] ?? null : null;
}
