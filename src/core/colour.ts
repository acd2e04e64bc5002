// The one colour grammar and contrast ratio of the library (chart palette, map colours, choropleth classes).
// Colours come from custom properties the host page sets: only a strict grammar is accepted, never an expression.

export type Rgb = [number, number, number];

/** Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b)` (opaque only); anything else is undefined. */
export function parseColor(value: string | undefined): Rgb | undefined {
  const v = (value ?? '').trim().toLowerCase();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (m) {
    const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
  }
  m = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*(1|1\.0+|100%)\s*)?\)$/.exec(v);
  if (m) {
    const rgb = m.slice(1, 4).map(Number) as Rgb;
    return rgb.every((c) => c <= 255) ? rgb : undefined;
  }
  return undefined;
}

export const toHex = (rgb: Rgb): string => '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');

/** A valid colour as `#rrggbb`, else `fallback`. */
export const cssColor = (value: string | undefined, fallback: string): string => {
  const rgb = parseColor(value);
  return rgb ? toHex(rgb) : fallback;
};

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 to 21); NaN when one is not a valid colour. */
export function contrast(a: Rgb | string, b: Rgb | string): number {
  const [x, y] = [a, b].map((c) => (typeof c === 'string' ? parseColor(c) : c));
  if (!x || !y) return NaN;
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (l1 + 0.05) / (l2 + 0.05);
}
