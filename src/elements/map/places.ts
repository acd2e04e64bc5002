import type { Feature, FeatureCollection } from './geojson.js';
import type { Cluster } from './clusters.js';

type Ring = Array<[number, number]>;
type Box = [number, number, number, number];

/** Even-odd rule: is the point inside the ring? */
function inRing([x, y]: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The polygons of a Polygon or MultiPolygon feature (outer ring first, then holes). */
const polygonsOf = (f: Feature): Ring[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];

const boxes = new WeakMap<FeatureCollection, Box[]>();
function boxesOf(areas: FeatureCollection): Box[] {
  let b = boxes.get(areas);
  if (!b) {
    b = areas.features.map((f) => {
      const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
      for (const p of polygonsOf(f)) for (const [x, y] of p[0] ?? []) {
        box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
      }
      return box;
    });
    boxes.set(areas, b);
  }
  return b;
}

/**
 * The name of the area holding a point (a cluster's centre), else of the nearest area within about 5 km (a
 * centre in a bay between two shores), else undefined. Nothing is requested: the bundled boundaries answer.
 */
export function placeOf(at: [number, number], areas: FeatureCollection): string | undefined {
  const b = boxesOf(areas);
  let best: string | undefined, bestD = 0.05 ** 2;
  areas.features.forEach((f, i) => {
    const [w, s, e, n] = b[i];
    if (at[0] < w - 0.05 || at[0] > e + 0.05 || at[1] < s - 0.05 || at[1] > n + 0.05) return;
    for (const rings of polygonsOf(f)) {
      if (rings[0] && inRing(at, rings[0]) && !rings.slice(1).some((h) => inRing(at, h))) { best = String(f.properties.name); bestD = -1; return; }
      if (bestD < 0) continue;
      for (const [x, y] of rings[0] ?? []) {
        const d = (x - at[0]) ** 2 + (y - at[1]) ** 2;
        if (d < bestD) { bestD = d; best = String(f.properties.name); }
      }
    }
  });
  return best;
}

/**
 * Names each cluster by the commune holding most of its points. `fine` are clusters of the same records at a finer
 * precision (a few dozen points each): each goes to its nearest cluster and counts for the commune holding its
 * centre. A cluster without fine clusters is named by its own centre.
 */
export function clusterPlaces(clusters: Cluster[], fine: Cluster[], areas: FeatureCollection): Array<string | undefined> {
  const tally = clusters.map(() => new Map<string, number>());
  for (const f of fine) {
    let best = -1, bestD = Infinity;
    clusters.forEach((c, i) => {
      const d = (c.lon - f.lon) ** 2 + (c.lat - f.lat) ** 2;
      if (d < bestD) { bestD = d; best = i; }
    });
    const place = best < 0 ? undefined : placeOf([f.lon, f.lat], areas);
    if (place) tally[best].set(place, (tally[best].get(place) ?? 0) + f.count);
  }
  return clusters.map((c, i) => {
    const top = [...tally[i]].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'))[0];
    return top ? top[0] : placeOf([c.lon, c.lat], areas);
  });
}
