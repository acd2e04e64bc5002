/** Geometry helpers: WKT/GeoJSON literals, distances (metres), point-in-polygon, centroids. */
import { OdsqlError } from './errors.js';
import type { GeoPoint } from '../store/types.js';

export type Geometry = { type: string; coordinates: any };

export function parseGeom(s: string): Geometry {
  const t = s.trim();
  if (t.startsWith('{')) {
    try {
      const g = JSON.parse(t);
      return g.type === 'Feature' ? g.geometry : g;
    } catch { throw new OdsqlError(`Invalid geometry literal: ${s}`); }
  }
  const m = /^(POINT|POLYGON|MULTIPOLYGON|LINESTRING)\s*\((.*)\)$/is.exec(t);
  if (!m) throw new OdsqlError(`Invalid geometry literal: ${s}`);
  const type = m[1].toUpperCase();
  const pt = (p: string) => p.trim().split(/\s+/).map(Number);
  const ring = (r: string) => r.replace(/[()]/g, '').split(',').map(pt);
  if (type === 'POINT') return { type: 'Point', coordinates: pt(m[2]) };
  if (type === 'LINESTRING') return { type: 'LineString', coordinates: ring(m[2]) };
  if (type === 'POLYGON') return { type: 'Polygon', coordinates: m[2].split(/\)\s*,\s*\(/).map(ring) };
  return { type: 'MultiPolygon', coordinates: m[2].split(/\)\s*\)\s*,\s*\(\s*\(/).map((p) => p.split(/\)\s*,\s*\(/).map(ring)) };
}

const R = 6371008.8;
export function haversine(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

const UNIT_M: Record<string, number> = { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, yd: 0.9144, ft: 0.3048 };
export function toMetres(n: number, unit: string): number {
  const f = UNIT_M[unit.toLowerCase()];
  if (f === undefined) throw new OdsqlError(`Invalid distance unit: ${unit}`);
  return n * f;
}

function inRing(p: GeoPoint, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > p.lat) !== (yj > p.lat) && p.lon < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInGeometry(p: GeoPoint, g: Geometry): boolean {
  if (g.type === 'Polygon') return inRing(p, g.coordinates[0]) && !g.coordinates.slice(1).some((h: number[][]) => inRing(p, h));
  if (g.type === 'MultiPolygon') return g.coordinates.some((poly: number[][][]) => pointInGeometry(p, { type: 'Polygon', coordinates: poly }));
  if (g.type === 'Point') return g.coordinates[0] === p.lon && g.coordinates[1] === p.lat;
  return false;
}

/** All [lon, lat] positions of a geometry; anything but nested arrays of numbers (`["x"]`) is skipped. */
export function positions(g: Geometry): number[][] {
  const out: number[][] = [];
  // GeoJSON nests 4 levels at most (MultiPolygon); deeper or non-array data is not a geometry.
  const walk = (c: unknown, depth: number): void => {
    if (!Array.isArray(c) || depth > 4) return;
    if (typeof c[0] === 'number') { if (typeof c[1] === 'number') out.push(c as number[]); return; }
    for (const x of c) walk(x, depth + 1);
  };
  walk(g?.coordinates, 0);
  return out;
}

export function bboxOf(pts: number[][]): [number, number, number, number] | null {
  if (!pts.length) return null;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of pts) { if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y; }
  return [x0, y0, x1, y1];
}

/** Centroid of the outer ring of the largest polygon (vertex mean is enough for a label/cluster point). */
export function centroid(g: Geometry): GeoPoint {
  if (g.type === 'Point') return { lon: g.coordinates[0], lat: g.coordinates[1] };
  let ring: number[][] = positions(g);
  if (g.type === 'Polygon') ring = g.coordinates[0];
  if (g.type === 'MultiPolygon') ring = g.coordinates.map((p: number[][][]) => p[0]).sort((a: number[][], b: number[][]) => b.length - a.length)[0];
  let x = 0, y = 0;
  for (const [a, b] of ring) { x += a; y += b; }
  return { lon: x / ring.length, lat: y / ring.length };
}
