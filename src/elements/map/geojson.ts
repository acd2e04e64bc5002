import type { DatasetMetadata, OdsRecord } from '../../api/index.js';

/** Minimal GeoJSON types (what the map draws). */
export interface Geometry { type: string; coordinates: any }
export interface Feature { type: 'Feature'; id?: number; properties: Record<string, unknown>; geometry: Geometry }
export interface FeatureCollection { type: 'FeatureCollection'; features: Feature[] }

/** The geo field a map draws and its kind. */
export interface GeoField { name: string; type: 'geo_point_2d' | 'geo_shape' }

/** The dataset's geo fields: the one named by `wanted` (when it is a geo field) or the first of each kind. */
export function findGeoFields(meta: Pick<DatasetMetadata, 'fields'>, wanted?: string | null): { point?: GeoField; shape?: GeoField } {
  const fields = meta.fields ?? [];
  const pick = (type: GeoField['type']): GeoField | undefined => {
    const f = fields.find((x) => x.type === type && (!wanted || x.name === wanted));
    return f ? { name: f.name, type } : undefined;
  };
  return { point: pick('geo_point_2d'), shape: pick('geo_shape') };
}

const isLon = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= -180 && n <= 180;
const isLat = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= -90 && n <= 90;

/** A point value in any shape the API uses: `{lon, lat}`, `"lat, lon"` (CSV) or `[lat, lon]`. */
export function toLonLat(value: unknown): [number, number] | undefined {
  let lon: unknown, lat: unknown;
  if (Array.isArray(value)) [lat, lon] = value;
  else if (typeof value === 'string') [lat, lon] = value.split(',').map((s) => Number(s.trim()));
  else if (value && typeof value === 'object') ({ lon, lat } = value as { lon: unknown; lat: unknown });
  return isLon(lon) && isLat(lat) ? [lon, lat] : undefined;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

/** A shape value: the API's Feature wrapper or a bare geometry; anything else is undefined. */
export function toGeometry(value: unknown): Geometry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { type?: unknown; geometry?: unknown; coordinates?: unknown };
  const g = (v.type === 'Feature' ? v.geometry : v) as { type?: unknown; coordinates?: unknown } | undefined;
  if (!g || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type) || !Array.isArray(g.coordinates)) return undefined;
  return { type: g.type, coordinates: g.coordinates };
}

/**
 * Records to features. Each feature keeps only `i` (its index in `records`) as property: popups and the list
 * read the record itself, so no data value passes through the map's style engine. Records without a usable
 * location are skipped and counted in `missing`.
 */
export function recordsToFeatures(records: OdsRecord[], geo: GeoField): { collection: FeatureCollection; missing: number } {
  const features: Feature[] = [];
  let missing = 0;
  records.forEach((r, i) => {
    const raw = r[geo.name];
    let geometry: Geometry | undefined;
    if (geo.type === 'geo_point_2d') {
      const p = toLonLat(raw);
      geometry = p ? { type: 'Point', coordinates: p } : undefined;
    } else geometry = toGeometry(raw);
    if (geometry) features.push({ type: 'Feature', id: i, properties: { i }, geometry });
    else missing++;
  });
  return { collection: { type: 'FeatureCollection', features }, missing };
}

/** `[west, south, east, north]` of every coordinate in the features, or undefined when there is none. */
export function boundsOf(features: Feature[]): [number, number, number, number] | undefined {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  // Nested arrays of numbers, 4 levels at most (MultiPolygon): `["x"]` or deeper data is skipped, never recursed into.
  const visit = (c: unknown, depth: number): void => {
    if (!Array.isArray(c) || depth > 4) return;
    if (typeof c[0] === 'number') {
      if (isLon(c[0]) && isLat(c[1])) { w = Math.min(w, c[0]); e = Math.max(e, c[0]); s = Math.min(s, c[1]); n = Math.max(n, c[1]); }
    } else for (const x of c) visit(x, depth + 1);
  };
  for (const f of features) visit(f.geometry?.coordinates, 0);
  return Number.isFinite(w) ? [w, s, e, n] : undefined;
}

/** A representative point of a geometry (first vertex of points/lines, bbox centre of polygons). */
export function anchorOf(g: Geometry): [number, number] | undefined {
  if (g.type === 'Point') return g.coordinates as [number, number];
  const b = boundsOf([{ type: 'Feature', properties: {}, geometry: g }]);
  return b ? [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] : undefined;
}
