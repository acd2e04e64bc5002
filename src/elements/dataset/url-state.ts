import { EMPTY_VIEW, fieldRecord, type ViewState } from '../../core/view-state.js';
import { decodeDateRange, encodeDateRange, type DateRange } from '../../core/date-range.js';

/**
 * Encodes a context's view in the page URL's query string under `<prefix>.q`, `<prefix>.refine`,
 * `<prefix>.exclude`, `<prefix>.sort`, `<prefix>.page`, so a filtered view can be shared and restored.
 */
export function writeViewToUrl(url: URL, prefix: string, s: ViewState): URL {
  const next = new URL(url.href);
  const p = next.searchParams;
  for (const k of ['q', 'refine', 'exclude', 'sort', 'page', 'date']) p.delete(`${prefix}.${k}`);
  if (s.q) p.set(`${prefix}.q`, s.q);
  for (const [f, values] of Object.entries(s.refine)) for (const v of values) p.append(`${prefix}.refine`, `${f}:${v}`);
  for (const [f, values] of Object.entries(s.exclude)) for (const v of values) p.append(`${prefix}.exclude`, `${f}:${v}`);
  if (s.sort) p.set(`${prefix}.sort`, `${s.sort.desc ? '-' : ''}${s.sort.field}`);
  if (s.page) p.set(`${prefix}.page`, String(s.page + 1));
  for (const [f, r] of Object.entries(s.dates ?? {})) p.append(`${prefix}.date`, encodeDateRange(f, r));
  return next;
}

function pairs(values: string[]): Record<string, string[]> {
  // Keys come from the address bar: a Map, so `constructor:x` or `__proto__:x` is a field like any other.
  const out = new Map<string, string[]>();
  for (const v of values) {
    const i = v.indexOf(':');
    if (i <= 0) continue;
    const f = v.slice(0, i);
    out.set(f, [...(out.get(f) ?? []), v.slice(i + 1)]);
  }
  return fieldRecord(out);
}

export function readViewFromUrl(url: URL, prefix: string): ViewState {
  const p = url.searchParams;
  const sort = p.get(`${prefix}.sort`);
  const page = Number(p.get(`${prefix}.page`) ?? 1);
  const dates: Record<string, DateRange> = {};
  for (const v of p.getAll(`${prefix}.date`)) {
    const d = decodeDateRange(v);
    if (d) dates[d[0]] = d[1];
  }
  return {
    ...EMPTY_VIEW,
    q: p.get(`${prefix}.q`) ?? '',
    refine: pairs(p.getAll(`${prefix}.refine`)),
    exclude: pairs(p.getAll(`${prefix}.exclude`)),
    sort: sort ? { field: sort.replace(/^-/, ''), desc: sort.startsWith('-') } : null,
    page: Number.isFinite(page) && page > 1 ? Math.floor(page) - 1 : 0,
    ...(Object.keys(dates).length ? { dates } : {}),
  };
}

/** Parses a base-filter attribute: `field:value;field:value` (a `;` inside a value is written `\;`). */
export function parsePairs(attr: string | null | undefined): Array<[string, string]> {
  if (!attr) return [];
  return attr
    .split(/(?<!\\);/)
    .map((s) => s.replace(/\\;/g, ';').trim())
    .filter(Boolean)
    .map((s) => {
      const i = s.indexOf(':');
      return (i > 0 ? [s.slice(0, i).trim(), s.slice(i + 1).trim()] : ['', s]) as [string, string];
    })
    .filter(([f]) => f);
}
