import type { DateRange } from './date-range.js';

/** The visitor's view of a dataset: what they searched, chose, sorted and paged. Immutable; pure reducers. */
export interface ViewState {
  /** Full-text search typed by the visitor. */
  readonly q: string;
  /** Facet values chosen by the visitor, per field (OR within a field, AND across fields). */
  readonly refine: Readonly<Record<string, readonly string[]>>;
  /** Facet values the visitor excluded, per field. */
  readonly exclude: Readonly<Record<string, readonly string[]>>;
  /** Sort chosen by the visitor (a field name), or null for the dataset's order. */
  readonly sort: { readonly field: string; readonly desc: boolean } | null;
  /** Zero-based page index of paged widgets (table, pager). */
  readonly page: number;
  /** Date filters (`<od-daterange>`), per date field. */
  readonly dates?: Readonly<Record<string, DateRange>>;
}

/**
 * A record keyed by field names, which come from data and URLs: no prototype, so `constructor`, `__proto__` or
 * `toString` are plain keys, never inherited values.
 */
export function fieldRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** `map[field]` when it is the record's own key (never an inherited `constructor` or `__proto__`). */
export function own<T>(map: Readonly<Record<string, T>>, field: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, field) ? map[field] : undefined;
}

export const EMPTY_VIEW: ViewState = Object.freeze({ q: '', refine: fieldRecord<string[]>(), exclude: fieldRecord<string[]>(), sort: null, page: 0 });

function toggleIn(map: ViewState['refine'], field: string, value: string, on?: boolean): ViewState['refine'] {
  const values = own(map, field) ?? [];
  const has = values.includes(value);
  const want = on ?? !has;
  if (want === has) return map;
  const next = want ? [...values, value] : values.filter((v) => v !== value);
  const copy = fieldRecord<readonly string[]>(Object.entries(map));
  if (next.length) copy[field] = next;
  else delete copy[field];
  return copy;
}

export const withQuery = (s: ViewState, q: string): ViewState => ({ ...s, q: q.trim(), page: 0 });
export const withRefine = (s: ViewState, field: string, value: string, on?: boolean): ViewState => ({
  ...s,
  refine: toggleIn(s.refine, field, value, on),
  page: 0,
});
export const withExclude = (s: ViewState, field: string, value: string, on?: boolean): ViewState => ({
  ...s,
  exclude: toggleIn(s.exclude, field, value, on),
  page: 0,
});
export const withSort = (s: ViewState, field: string | null, desc = false): ViewState => ({
  ...s,
  sort: field ? { field, desc } : null,
  page: 0,
});
export const withPage = (s: ViewState, page: number): ViewState => ({ ...s, page: Math.max(0, Math.floor(page)) });
export const withDates = (s: ViewState, field: string, range: DateRange | null): ViewState => {
  const dates = { ...(s.dates ?? {}) };
  if (range) dates[field] = range;
  else delete dates[field];
  return { ...s, dates, page: 0 };
};
export const cleared = (s: ViewState): ViewState => ({ ...EMPTY_VIEW, sort: s.sort });

/** True when the visitor has narrowed the data (search, choices or exclusions). */
export const hasFilters = (s: ViewState): boolean =>
  !!s.q || Object.keys(s.refine).length > 0 || Object.keys(s.exclude).length > 0 || Object.keys(s.dates ?? {}).length > 0;
