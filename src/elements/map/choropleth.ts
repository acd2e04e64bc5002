import { field, type GroupRow, type RecordsQuery } from '../../api/index.js';
import type { FeatureCollection } from './geojson.js';

/**
 * Sequential palette, light to dark (viridis hues). Every colour has at least 3:1 contrast against white and
 * against the basemap's land colour, so each class stays visible as a graphic (WCAG 1.4.11).
 */
export const PALETTE = ['#1f9e89', '#26828e', '#31688e', '#3b528b', '#472d7b', '#440154'] as const;
/** Land colour of the built-in basemap (also the fill of areas without data). */
export const LAND = '#f6f6f2';
export const MAX_CLASSES = PALETTE.length;

export type ClassMethod = 'quantile' | 'equal';

/** `k` colours spread over the palette (light to dark). */
export function classColors(k: number): string[] {
  const n = Math.max(1, Math.min(MAX_CLASSES, Math.round(k)));
  if (n === 1) return [PALETTE[Math.floor(PALETTE.length / 2)]];
  return Array.from({ length: n }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (n - 1))]);
}

/**
 * Class limits `[min, …, max]` (length ≤ k+1) of the finite values: quantiles (same number of areas per class)
 * or equal intervals. Duplicate limits collapse, so skewed data gives fewer, non-empty classes.
 */
export function classBreaks(values: number[], k: number, method: ClassMethod = 'quantile'): number[] {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return [];
  const n = Math.max(1, Math.min(MAX_CLASSES, Math.round(k)));
  const min = v[0], max = v[v.length - 1];
  const limits = [min];
  for (let i = 1; i < n; i++) {
    limits.push(method === 'equal' ? min + ((max - min) * i) / n : v[Math.floor((i * v.length) / n)]);
  }
  limits.push(max);
  return limits.filter((x, i) => i === 0 || x > limits[i - 1]);
}

/** Index of the class of `value` (classes are [lo, hi[ except the last, which includes max), or -1. */
export function classOf(value: number, breaks: number[]): number {
  if (!Number.isFinite(value) || breaks.length === 0 || value < breaks[0] || value > breaks[breaks.length - 1]) return -1;
  if (breaks.length === 1) return 0;
  for (let i = 1; i < breaks.length; i++) if (value < breaks[i]) return i - 1;
  return breaks.length - 2;
}

/** The join key of an area code: INSEE and SIREN codes compare as digit strings (`29232` = `"29232"`). */
export function joinKey(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(Math.trunc(value));
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s ? s.toUpperCase() : undefined;
}

/** `select=<value> as v&group_by=<join field>`: one aggregate per area code, with the context's filters. */
export function choroplethQuery(base: RecordsQuery, joinField: string, value = 'count(*)'): RecordsQuery {
  return base.select(`${value} as v`).groupBy(field(joinField)).limit(20000);
}

/** Group rows to `code → value` (the group key is whichever column is not `v`). */
export function rowsToValues(rows: GroupRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) {
    const keyName = Object.keys(row).find((k) => k !== 'v');
    const key = keyName ? joinKey(row[keyName]) : undefined;
    const v = Number(row.v);
    if (key && row.v !== null && Number.isFinite(v)) out.set(key, v);
  }
  return out;
}

/** Areas with their value, class and colour (`LAND` when the dataset has no value for the area). */
export function joinAreas(areas: FeatureCollection, values: Map<string, number>, breaks: number[], colors: string[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f, i) => {
      const v = values.get(String(f.properties.code));
      const c = v === undefined ? -1 : classOf(v, breaks);
      return { ...f, id: i, properties: { ...f.properties, i, ...(v === undefined ? {} : { value: v }), color: c < 0 ? LAND : colors[c] } };
    }),
  };
}
