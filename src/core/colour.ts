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

/**
 * The default colours of the shared tokens, `[light, dark]`: the dark one applies when the widget's colour scheme is
 * dark (the page's `color-scheme`, or `--od-color-scheme: dark`, e.g. `theme="dark"`). Each pair passes WCAG AA on its
 * surface (text 4.5:1, borders and focus 3:1).
 */
export const TOKENS = {
  text: ['#1e1e1e', '#ececec'],
  surface: ['#ffffff', '#1b1b1b'],
  muted: ['#595959', '#b0b0b0'],
  accent: ['#000091', '#9db8ff'],
  'accent-contrast': ['#ffffff', '#1b1b1b'],
  border: ['#929292', '#8a8a8a'],
  error: ['#b3261e', '#ff8a80'],
  success: ['#18753c', '#6fcf97'],
  warning: ['#b34000', '#ffb86b'],
  focus: ['#0a76f6', '#ffb454'],
} as const;

/** True for a dark background (white text reads better on it than black). */
export const isDark = (rgb: Rgb): boolean => contrast(rgb, [255, 255, 255]) > contrast(rgb, [0, 0, 0]);

/**
 * A colour as the browser computes it (`rgb()`, `rgba()`, `color(srgb …)`): its RGB and alpha (0 to 1), or
 * undefined for anything else.
 */
export function parseComputed(value: string): { rgb: Rgb; alpha: number } | undefined {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(value.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return { rgb: m.slice(1, 4).map((c) => Math.round(Number(c))) as Rgb, alpha };
}

/** `top` with opacity `alpha` over `below`. */
export const blend = (top: Rgb, alpha: number, below: Rgb): Rgb => top.map((c, i) => Math.round(c * alpha + below[i] * (1 - alpha))) as Rgb;

/** The parent of `el` across shadow roots (the host of its shadow root), or null at the document's root. */
const parentAcross = (el: Element): Element | null =>
  el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/**
 * The colour `el` is drawn on: its own background and those of its ancestors (across shadow roots) down to the
 * first opaque one, over the page's canvas (white, or #121212 in a dark page's scheme).
 */
export function effectiveBackground(el: Element): Rgb {
  const layers: { rgb: Rgb; alpha: number }[] = [];
  for (let e: Element | null = el; e; e = parentAcross(e)) {
    const c = parseComputed(getComputedStyle(e).backgroundColor);
    if (!c || c.alpha === 0) continue;
    layers.push(c);
    if (c.alpha >= 1) break;
  }
  const root = el.ownerDocument.documentElement;
  let out: Rgb = getComputedStyle(root).colorScheme.trim() === 'dark' ? [18, 18, 18] : [255, 255, 255];
  for (const c of layers.reverse()) out = blend(c.rgb, c.alpha, out);
  return out;
}

/** What a CSS colour (e.g. `var(--_muted)`) resolves to inside `root`, read from a probe (CSSOM: allowed by a strict CSP). */
export function computedColor(root: Element | ShadowRoot, value: string): Rgb | undefined {
  const probe = (root instanceof ShadowRoot ? root.host : root).ownerDocument.createElement('span');
  probe.style.color = value;
  root.append(probe);
  const c = parseComputed(getComputedStyle(probe).color);
  probe.remove();
  return c && c.alpha > 0 ? c.rgb : undefined;
}

const checked = new Set<string>();
const ratio = (r: number) => r.toFixed(2).replace('.', ',');

/**
 * Warns the webmaster once per combination (console, French) when a widget's text, grey text or links fall under
 * 4.5:1 on what is really behind them (e.g. `--od-color-surface: transparent` on a dark page, or a light text
 * colour left on the white surface). Returns the warnings, for tests.
 */
export function warnUnreadable(el: HTMLElement): string[] {
  const root = el.shadowRoot ?? el;
  const bg = effectiveBackground(el);
  const out: string[] = [];
  for (const [token, what] of [['text', 'le texte'], ['muted', 'le texte secondaire'], ['accent', 'les liens et boutons']] as const) {
    const fg = computedColor(root, `var(--_${token})`);
    if (!fg) continue;
    const r = contrast(fg, bg);
    if (r >= 4.5) continue;
    const msg = `[opendata-widgets] <${el.localName}> : ${what} (${toHex(fg)}, --od-color-${token}) est peu lisible sur le fond ${toHex(bg)} : `
      + `contraste ${ratio(r)}:1, il faut au moins 4,5:1 (RGAA 3.2). Réglez --od-color-${token} et --od-color-surface, `
      + `ou, sur une page à fond foncé, theme="dark" (ou color-scheme: dark).`;
    out.push(msg);
    if (checked.has(msg)) continue;
    checked.add(msg);
    console.warn(msg);
  }
  return out;
}
