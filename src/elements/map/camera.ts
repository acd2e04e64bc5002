// The map's starting position (`center`, `zoom`) and the position a visitor moved it to, as attribute values. Pure.
import { ConfigError } from '../../core/config-error.js';

/** A camera: `center` as [longitude, latitude] (WGS 84), `zoom` as MapLibre's zoom level. */
export interface MapPosition { center: [number, number]; zoom: number }

/** The most a map zooms in (MapLibre's `maxZoom` of `<od-map>`). */
export const MAX_ZOOM = 19;

const finite = (s: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : NaN);

/**
 * Reads the `center` ("longitude,latitude") and `zoom` attributes; either may be absent. A value that is not a
 * place or a zoom level is a webmaster's mistake, named in the error.
 */
export function parseCamera(center: string | null, zoom: string | null): Partial<MapPosition> {
  const out: Partial<MapPosition> = {};
  if (center !== null && center.trim() !== '') {
    const parts = center.split(',').map(finite);
    const [lon, lat] = parts;
    if (parts.length !== 2 || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) throw new ConfigError('badCenter', center);
    out.center = [lon, lat];
  }
  if (zoom !== null && zoom.trim() !== '') {
    const z = finite(zoom);
    if (!(z >= 0 && z <= MAX_ZOOM)) throw new ConfigError('badZoom', zoom);
    out.zoom = z;
  }
  return out;
}

/** Attribute values of a position, rounded to about a metre and a hundredth of a zoom level. */
export function positionAttrs(p: MapPosition): [string, string][] {
  const n = (v: number, d: number) => String(Number(v.toFixed(d)));
  return [['center', `${n(p.center[0], 5)},${n(p.center[1], 5)}`], ['zoom', n(p.zoom, 2)]];
}

/** Same place and zoom, to rounding. */
export const samePosition = (a: MapPosition, b: MapPosition) =>
  JSON.stringify(positionAttrs(a)) === JSON.stringify(positionAttrs(b));
