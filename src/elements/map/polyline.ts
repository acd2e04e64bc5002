/**
 * Compact text encoding of coordinate rings (the "encoded polyline" scheme: zig-zag, 5-bit chunks, printable
 * ASCII), at 1e-4° precision. Used for the bundled boundaries: a few characters per vertex instead of JSON.
 */
const FACTOR = 1e4;

function put(value: number, out: string[]): void {
  let v = value < 0 ? ~(value << 1) : value << 1;
  while (v >= 0x20) {
    out.push(String.fromCharCode((0x20 | (v & 0x1f)) + 63));
    v >>= 5;
  }
  out.push(String.fromCharCode(v + 63));
}

/** Encodes `[lon, lat][]` as text (lon first, like GeoJSON). */
export function encodeRing(points: number[][]): string {
  const out: string[] = [];
  let px = 0, py = 0;
  for (const [lon, lat] of points) {
    const x = Math.round(lon * FACTOR), y = Math.round(lat * FACTOR);
    put(x - px, out);
    put(y - py, out);
    px = x;
    py = y;
  }
  return out.join('');
}

/** Decodes what `encodeRing` wrote back to `[lon, lat][]`. */
export function decodeRing(text: string): number[][] {
  const points: number[][] = [];
  let i = 0, x = 0, y = 0;
  const next = (): number => {
    let shift = 0, result = 0, b: number;
    do {
      b = text.charCodeAt(i++) - 63;
      result |= (b & 0x1f) << shift;
      shift += 5;
    } while (b >= 0x20 && i < text.length + 1);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (i < text.length) {
    x += next();
    y += next();
    points.push([x / FACTOR, y / FACTOR]);
  }
  return points;
}
