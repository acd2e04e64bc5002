import { field, type RecordsQuery, type GroupRow } from '../../api/index.js';
import type { FeatureCollection } from './geojson.js';

/** `[west, south, east, north]` in degrees. */
export type Bbox = [number, number, number, number];

/** Most records a map downloads as points at once; above this it shows server-side clusters. */
export const DEFAULT_POINT_LIMIT = 1000;
/** Most clusters asked for (the API allows up to 20 000 groups; a viewport holds a few hundred). */
export const CLUSTER_LIMIT = 2000;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Enlarges a bbox by `ratio` of its size on each side (fewer refetches on small pans), clamped to the world. */
export function padBbox([w, s, e, n]: Bbox, ratio = 0.25): Bbox {
  const dx = (e - w) * ratio, dy = (n - s) * ratio;
  return [clamp(w - dx, -180, 180), clamp(s - dy, -90, 90), clamp(e + dx, -180, 180), clamp(n + dy, -90, 90)];
}

/** True when `inner` lies within `outer`. */
export function containsBbox(outer: Bbox, inner: Bbox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** ODSQL `in_bbox` condition (the API takes lat, lon corners — the opposite of GeoJSON). */
export function inBbox(geoField: string, [w, s, e, n]: Bbox): string {
  const r = (x: number) => Number(x.toFixed(5));
  return `in_bbox(${field(geoField)}, ${r(s)}, ${r(w)}, ${r(n)}, ${r(e)})`;
}

/** The cluster precision for a map zoom: an integer 0–25, as `geo_cluster` expects. */
export function clusterZoom(mapZoom: number): number {
  return clamp(Math.round(Number.isFinite(mapZoom) ? mapZoom : 0), 0, 25);
}

/** Server-side clusters of the filtered records in a bbox: `group_by=geo_cluster(field, zoom)` + `count(*)`. */
export function clusterQuery(base: RecordsQuery, geoField: string, zoom: number, bbox?: Bbox): RecordsQuery {
  const q = base.select('count(*) as n').groupBy(`geo_cluster(${field(geoField)}, ${clusterZoom(zoom)})`).limit(CLUSTER_LIMIT);
  return bbox ? q.where(inBbox(geoField, bbox)) : q;
}

/** A cluster: centre and number of records. */
export interface Cluster { lon: number; lat: number; count: number }

/** Reads cluster rows whatever the group key's name (`{cluster_centroid: {lat, lon}}` and `n`). */
export function parseClusters(rows: GroupRow[]): Cluster[] {
  const out: Cluster[] = [];
  for (const row of rows) {
    const count = Number(row.n);
    const key = Object.values(row).find((v) => v && typeof v === 'object' && 'cluster_centroid' in (v as object)) as
      { cluster_centroid?: { lat?: unknown; lon?: unknown } } | undefined;
    const c = key?.cluster_centroid;
    if (!c || typeof c.lat !== 'number' || typeof c.lon !== 'number' || !Number.isFinite(count) || count <= 0) continue;
    out.push({ lon: c.lon, lat: c.lat, count });
  }
  return out;
}

/** Clusters as point features with `count` (circle size) and `i` (index for the list). */
export function clustersToFeatures(clusters: Cluster[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: clusters.map((c, i) => ({
      type: 'Feature', id: i, properties: { i, count: c.count }, geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
    })),
  };
}

/** Sum of the clusters' counts: how many records the bbox holds. */
export const clusteredCount = (clusters: Cluster[]) => clusters.reduce((n, c) => n + c.count, 0);
