import { field } from '../../api/index.js';

export type AggregateFn = 'count' | 'sum' | 'avg' | 'min' | 'max';
export interface Aggregate {
  fn: AggregateFn;
  /** The field aggregated (absent for `count(*)`). */
  field?: string;
}

const RE = /^\s*(count|sum|avg|min|max)\s*\(\s*(\*|`?[A-Za-z_][\w]*`?)\s*\)\s*$/i;

/**
 * Parses the `value` attribute: `count(*)`, `count(field)`, `sum(field)`, `avg(field)`, `min(field)`, `max(field)`.
 * Anything else (expressions, several aggregates) is refused: the attribute never becomes raw ODSQL.
 */
export function parseAggregate(value: string | null | undefined): Aggregate | undefined {
  const m = RE.exec(value ?? 'count(*)');
  if (!m) return undefined;
  const fn = m[1].toLowerCase() as AggregateFn;
  const arg = m[2].replace(/`/g, '');
  if (arg === '*') return fn === 'count' ? { fn } : undefined;
  return { fn, field: arg };
}

/** The `select` of an aggregate other than `count(*)`, labelled `value`. */
export function selectOf(a: Aggregate): string {
  return `${a.fn}(${a.field ? field(a.field) : '*'}) as value`;
}
