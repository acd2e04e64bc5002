/**
 * Chart colours from `--od-*` custom properties. A colour is accepted only if it parses under a strict grammar
 * (hex or rgb()) and reaches 3:1 against the background (RGAA 3.3); otherwise the default is used and the
 * webmaster gets a console warning. Values are plain colour strings in the spec, never expressions.
 */
import { contrast, isDark, parseColor, toHex as hex } from '../../core/colour.js';

/** Default series colours, each ≥ 3:1 on white and distinct in lightness and hue. */
export const DEFAULT_PALETTE = ['#000091', '#b34000', '#18753c', '#8c3d8c', '#5f5f5f', '#0063cb', '#7c5a00', '#b0243b'];
/** The same hues for a dark surface, each ≥ 7.9:1 on #1b1b1b. */
export const DARK_PALETTE = ['#9db8ff', '#ff9e6b', '#6fcf97', '#e0a3e0', '#bdbdbd', '#5fc9f8', '#e6c35c', '#ff8fa3'];

/**
 * The series palette: `--od-chart-palette` (colours separated by spaces or commas outside parentheses),
 * each kept only if valid and ≥ 3:1 against `background`. Returns hex strings and the rejected inputs.
 */
export function resolvePalette(raw: string | undefined, background: string | undefined): { colors: string[]; rejected: string[] } {
  const bg = parseColor(background) ?? [255, 255, 255];
  const items = (raw ?? '').split(/[\s,]+(?![^(]*\))/).map((s) => s.trim()).filter(Boolean);
  const colors: string[] = [];
  const rejected: string[] = [];
  for (const item of items) {
    const rgb = parseColor(item);
    if (rgb && contrast(rgb, bg) >= 3) colors.push(hex(rgb));
    else rejected.push(item);
  }
  const fallback = (isDark(bg) ? DARK_PALETTE : DEFAULT_PALETTE).filter((c) => contrast(parseColor(c)!, bg) >= 3);
  return { colors: colors.length ? colors : fallback.length ? fallback : ['#000000'], rejected };
}

/** A text or axis colour: the given one if valid and ≥ 4.5:1 on the background, else the fallback if it is, else black or white. */
export function textColor(value: string | undefined, background: string | undefined, fallback = '#1e1e1e'): string {
  const bg = parseColor(background) ?? [255, 255, 255];
  for (const c of [value, fallback]) {
    const rgb = parseColor(c);
    if (rgb && contrast(rgb, bg) >= 4.5) return hex(rgb);
  }
  return isDark(bg) ? '#ffffff' : '#000000';
}

/** A font-family list is used only if made of names, quotes, spaces, commas and hyphens. */
export function safeFont(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  return v && v.length < 200 && /^[\p{L}\p{N} ,'"_-]+$/u.test(v) ? v : undefined;
}

/** Fill of the "Autres" bucket: a grey that still reaches 3:1 on the background, lighter than the palette's grey. */
export function mutedFill(background: string | undefined, muted: string): string {
  const bg = parseColor(background) ?? [255, 255, 255];
  return contrast(parseColor('#8c8c8c')!, bg) >= 3 ? '#8c8c8c' : muted;
}

/**
 * Colours as data: `c` on each row (one colour for plain bars, one per category for pies and treemaps) and one per
 * series, the "Autres" bucket always muted. Returned values are hex strings the spec reads with `scale: null`.
 */
export function paint<R extends Record<string, unknown>>(rows: R[], o: { colors: string[]; other: string; perCategory: boolean; isOther: (r: R) => boolean }): (R & { c: string })[] {
  return rows.map((r) => ({ ...r, c: o.isOther(r) ? o.other : o.perCategory ? o.colors[Number(r.o ?? 0) % o.colors.length] : o.colors[0] }));
}
