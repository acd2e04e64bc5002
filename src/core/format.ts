import { pageTimezone } from './timezone.js';
import type { FieldMeta } from '../api/index.js';
import { annotation } from '../api/index.js';
import { defineMessages, INTL_LOCALE, type Lang } from '../i18n/catalog.js';
import { safeUrl, showControls } from './safe-url.js';

/**
 * Type-aware display of one record value, shared by every widget that shows raw values (table, lists,
 * popups). Pure: the result is text plus, for links, a vetted URL; callers render it with Lit text bindings,
 * so a value is never markup or code.
 */
export interface FormattedValue {
  /** What the visitor reads. */
  text: string;
  /** Absolute http(s)/mailto/tel URL when the value is a link (already passed through `safeUrl`). */
  href?: string;
  /** True when the value is missing: `text` is the "not provided" placeholder. */
  empty?: boolean;
  /** True for numbers (right-aligned in tables). */
  numeric?: boolean;
  /** True when `text` was cut to `maxLength` (the whole value stays in the record, its detail view and downloads). */
  cut?: boolean;
}

export interface FormatOptions {
  lang?: Lang;
  /** Fixed number of decimals for numbers (default: integers as is, decimals up to 2). */
  decimals?: number;
  /** Base for relative URLs: the portal's URL (default `about:blank`, so a relative URL is no link). */
  base?: string;
  /** Longest text shown, in characters; longer values end with "…" (default 300; `Infinity` for detail views). */
  maxLength?: number;
}

/** Default cut of a displayed value: a long word or text never floods a cell. */
export const MAX_TEXT = 300;
/** Nesting levels of arrays/objects read: deeper data is shown as "…" (no recursion blow-up on hostile values). */
const MAX_DEPTH = 4;
/** Items of one array shown before "…". */
const MAX_ITEMS = 50;

export const formatMessages = defineMessages({
  fr: {
    empty: 'non renseigné',
    yes: 'oui',
    no: 'non',
    north: 'N', south: 'S', east: 'E', west: 'O',
    shape: (kind: string) => `Forme géographique (${kind})`,
    file: 'fichier',
  },
  en: {
    empty: 'not provided',
    yes: 'yes',
    no: 'no',
    north: 'N', south: 'S', east: 'E', west: 'W',
    shape: (kind: string) => `Geographic shape (${kind})`,
    file: 'file',
  },
  br: {
    empty: 'titour ebet',
    yes: 'ya',
    no: 'nann',
    north: 'N', south: 'S', east: 'R', west: 'K',
    shape: (kind: string) => `Stumm douaroniel (${kind})`,
    file: 'restr',
  },
});

/** Field names that hold identifiers written with digits (INSEE, SIREN, years…): never grouped as numbers. */
const CODE_NAME = /(^|_)(code|cod|insee|depcom|codgeo|siren|siret|finess|id|ident|annee|year|millesime|cp|postal|num|numero|tel|telephone|uai|rna)(_|$)|^(an|annee|year)$/i;

/** Type hint of `FormattedValue` for a field that carries a code rather than a quantity. */
export function isCodeField(f: Pick<FieldMeta, 'name'> & { label?: string | null }): boolean {
  return CODE_NAME.test(f.name) || /\b(code|ann[ée]e|n°|numéro|siren|siret|insee)\b/i.test(f.label ?? '');
}

/** A bare e-mail address (as in `mail` columns) becomes a mailto link. */
const EMAIL = /^[^@\s<>"'()]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Short, explicit link text for a URL: the address without scheme and `www.`, shortened in the middle. */
export function linkText(href: string): string {
  try {
    const u = new URL(href);
    if (u.protocol === 'mailto:' || u.protocol === 'tel:') return showControls(decodeURIComponent(u.pathname));
    const host = u.hostname.replace(/^www\./, '');
    const path = showControls(decodeURIComponent(u.pathname.replace(/\/$/, '')));
    const full = host + path;
    return full.length <= 48 ? full : `${host}/…${path.slice(-Math.max(12, 44 - host.length))}`;
  } catch {
    return showControls(href);
  }
}

/**
 * `s` isolated from the text around it (FSI…PDI), for data placed inside a UI sentence ("Commune : …"): its bidi
 * controls cannot reorder the sentence. In markup, prefer `<bdi>` or `unicode-bidi: isolate`.
 */
export function isolate(s: string): string {
  return RTL_OR_CONTROL.test(s) ? `\u2068${s}\u2069` : s;
}
/** Right-to-left letters and bidi controls: only text holding one can reorder its surroundings. */
const RTL_OR_CONTROL = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]/;

/** `s` cut to `max` characters (whole code points), with "…". */
export function cut(s: string, max: number): { text: string; cut?: boolean } {
  if (s.length <= max) return { text: s };
  const end = /[\ud800-\udbff]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return { text: `${s.slice(0, end)}…`, cut: true };
}

/** A compact, bounded preview of any JSON value (never recursing past `MAX_DEPTH`, never longer than `max`). */
function preview(value: unknown, max: number): string {
  let out = '';
  const put = (s: string) => { out += s; return out.length < max; };
  const walk = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v !== 'object') return put(typeof v === 'string' ? JSON.stringify(v.slice(0, max)) : String(v));
    if (depth >= MAX_DEPTH) return put('…');
    const entries: Array<[string | undefined, unknown]> = Array.isArray(v)
      ? v.slice(0, MAX_ITEMS).map((x) => [undefined, x])
      : Object.keys(v).slice(0, MAX_ITEMS).map((k) => [k, (v as Record<string, unknown>)[k]]);
    if (!put(Array.isArray(v) ? '[' : '{')) return false;
    for (const [i, [k, x]] of entries.entries()) {
      if (i && !put(',')) return false;
      if (k !== undefined && !put(`${JSON.stringify(k.slice(0, max))}:`)) return false;
      if (!walk(x, depth + 1)) return false;
    }
    return put(Array.isArray(v) ? ']' : '}');
  };
  walk(value, 0);
  return out;
}

function formatNumber(n: number, locale: string, opts: FormatOptions, integer: boolean): string {
  const digits = opts.decimals;
  return new Intl.NumberFormat(locale, digits !== undefined
    ? { minimumFractionDigits: digits, maximumFractionDigits: digits }
    : { maximumFractionDigits: integer ? 0 : 2 }).format(n);
}

function formatDate(value: string, locale: string, withTime: boolean): string | undefined {
  // A date is a calendar day, whether written `2019-08-29` or `2019-08-29T00:00:00+02:00`: its written day is kept
  // (formatted in UTC so no zone moves it). A datetime is shown in the page's zone (Europe/Paris by default).
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const written = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(value)?.[1];
  const d = new Date(!withTime && written ? written : value);
  if (Number.isNaN(d.getTime()) || /^0000/.test(value)) return undefined;
  return new Intl.DateTimeFormat(locale, withTime && !dayOnly
    ? { dateStyle: 'medium', timeStyle: 'short', timeZone: pageTimezone() }
    : { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

function formatPoint(p: { lon: number; lat: number }, locale: string, lang: Lang): string {
  const t = formatMessages[lang];
  const f = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 5 }).format(Math.abs(n));
  return `${f(p.lat)}° ${p.lat >= 0 ? t.north : t.south}, ${f(p.lon)}° ${p.lon >= 0 ? t.east : t.west}`;
}

const isPoint = (v: unknown): v is { lon: number; lat: number } =>
  !!v && typeof v === 'object' && typeof (v as any).lon === 'number' && typeof (v as any).lat === 'number';

/**
 * Formats `value` of field `f` for display in `lang`. Unknown types and odd values fall back to text;
 * nothing throws.
 */
export function formatValue(value: unknown, f: Pick<FieldMeta, 'name' | 'type'> & Partial<FieldMeta>, opts: FormatOptions = {}): FormattedValue {
  const max = Math.max(1, opts.maxLength ?? MAX_TEXT);
  let v: FormattedValue;
  try {
    v = formatAt(value, f, opts, 0);
  } catch {
    // Never String(value): a hostile value (a 20,000-level array) would overflow the stack again.
    v = { text: typeof value === 'string' ? value : preview(value, max) };
  }
  if (v.text.length <= max) return v;
  return { ...v, ...cut(v.text, max) };
}

function formatAt(value: unknown, f: Pick<FieldMeta, 'name' | 'type'> & Partial<FieldMeta>, opts: FormatOptions, depth: number): FormattedValue {
  const lang = opts.lang ?? 'fr';
  const t = formatMessages[lang];
  const locale = INTL_LOCALE[lang];
  const base = opts.base ?? 'about:blank';
  const max = Math.max(1, opts.maxLength ?? MAX_TEXT);
  if (isBlank(value)) return { text: t.empty, empty: true };
  const unit = f.annotations ? annotation(f as FieldMeta, 'unit') : undefined;
  const withUnit = (s: string) => (typeof unit === 'string' && unit ? `${s}\u202f${unit}` : s);
  if (Array.isArray(value)) {
    // Multivalued fields: one level of list (deeper nesting is data no portal field has), a bounded number of items.
    if (depth >= 1) return { text: preview(value, max) };
    const items = value.slice(0, MAX_ITEMS).filter((x) => !isBlank(x));
    const parts = items.map((x) => formatAt(x, { ...f, annotations: {} }, opts, depth + 1).text);
    if (value.length > MAX_ITEMS) parts.push('…');
    return parts.length ? { text: parts.join(', ') } : { text: t.empty, empty: true };
  }
  const str = () => (typeof value === 'string' ? value : preview(value, max));
  switch (f.type) {
    case 'int':
    case 'double': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return { text: str() };
      if (isCodeField(f)) return { text: str() };
      return { text: withUnit(formatNumber(n, locale, opts, f.type === 'int')), numeric: true };
    }
    case 'boolean':
      if (value === true || value === 'true') return { text: t.yes };
      if (value === false || value === 'false') return { text: t.no };
      return { text: str() };
    case 'date':
    case 'datetime':
      return { text: (typeof value === 'string' && formatDate(value, locale, f.type === 'datetime')) || str() };
    case 'geo_point_2d':
      if (isPoint(value)) return { text: formatPoint(value, locale, lang) };
      break;
    case 'geo_shape': {
      const geom = (value as any)?.geometry ?? value;
      return { text: t.shape(typeof geom?.type === 'string' ? geom.type.slice(0, 40) : '?') };
    }
    case 'file':
    case 'image': {
      const href = safeUrl((value as any)?.url, base);
      const raw = (value as any)?.filename;
      const name = showControls(typeof raw === 'string' && raw ? raw : t.file);
      return href ? { text: name, href } : { text: name };
    }
  }
  if (typeof value === 'string') {
    if (/^(https?:\/\/|mailto:|tel:)/i.test(value.trim())) {
      const href = safeUrl(value, base);
      if (href) return { text: linkText(href), href };
    }
    if (value.length <= 320 && EMAIL.test(value.trim())) return { text: value.trim(), href: `mailto:${value.trim()}` };
    return { text: value };
  }
  if (typeof value === 'number') return { text: withUnit(formatNumber(value, locale, opts, Number.isInteger(value))), numeric: true };
  if (typeof value === 'boolean') return { text: value ? t.yes : t.no };
  if (isPoint(value)) return { text: formatPoint(value, locale, lang) };
  return { text: preview(value, max) };
}
