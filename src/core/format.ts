import { pageTimezone } from './timezone.js';
import type { FieldMeta } from '../api/index.js';
import { annotation } from '../api/index.js';
import { defineMessages, INTL_LOCALE, type Lang } from '../i18n/catalog.js';
import { safeUrl } from './safe-url.js';

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
}

export interface FormatOptions {
  lang?: Lang;
  /** Fixed number of decimals for numbers (default: integers as is, decimals up to 2). */
  decimals?: number;
  /** Base for relative URLs (default `document.baseURI` in a browser). */
  base?: string;
}

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
    if (u.protocol === 'mailto:' || u.protocol === 'tel:') return decodeURIComponent(u.pathname);
    const host = u.hostname.replace(/^www\./, '');
    const path = decodeURIComponent(u.pathname.replace(/\/$/, ''));
    const full = host + path;
    return full.length <= 48 ? full : `${host}/…${path.slice(-Math.max(12, 44 - host.length))}`;
  } catch {
    return href;
  }
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
  const lang = opts.lang ?? 'fr';
  const t = formatMessages[lang];
  const locale = INTL_LOCALE[lang];
  const base = opts.base ?? (typeof document !== 'undefined' ? document.baseURI : 'about:blank');
  if (isBlank(value)) return { text: t.empty, empty: true };
  try {
    const unit = f.annotations ? annotation(f as FieldMeta, 'unit') : undefined;
    const withUnit = (s: string) => (typeof unit === 'string' && unit ? `${s}\u202f${unit}` : s);
    if (Array.isArray(value)) {
      const parts = value.filter((v) => !isBlank(v)).map((v) => formatValue(v, { ...f, annotations: {} }, opts).text);
      return parts.length ? { text: parts.join(', ') } : { text: t.empty, empty: true };
    }
    switch (f.type) {
      case 'int':
      case 'double': {
        const n = typeof value === 'number' ? value : Number(value);
        if (!Number.isFinite(n)) return { text: String(value) };
        if (isCodeField(f)) return { text: String(value) };
        return { text: withUnit(formatNumber(n, locale, opts, f.type === 'int')), numeric: true };
      }
      case 'boolean':
        if (value === true || value === 'true') return { text: t.yes };
        if (value === false || value === 'false') return { text: t.no };
        return { text: String(value) };
      case 'date':
      case 'datetime':
        return { text: (typeof value === 'string' && formatDate(value, locale, f.type === 'datetime')) || String(value) };
      case 'geo_point_2d':
        if (isPoint(value)) return { text: formatPoint(value, locale, lang) };
        break;
      case 'geo_shape': {
        const geom = (value as any)?.geometry ?? value;
        return { text: t.shape(String(geom?.type ?? '?')) };
      }
      case 'file':
      case 'image': {
        const href = safeUrl((value as any)?.url, base);
        const name = String((value as any)?.filename ?? t.file);
        return href ? { text: name, href } : { text: name };
      }
    }
    if (typeof value === 'string') {
      if (/^(https?:\/\/|mailto:|tel:)/i.test(value.trim())) {
        const href = safeUrl(value, base);
        if (href) return { text: linkText(href), href };
      }
      if (EMAIL.test(value.trim())) return { text: value.trim(), href: `mailto:${value.trim()}` };
      return { text: value };
    }
    if (typeof value === 'number') return { text: withUnit(formatNumber(value, locale, opts, Number.isInteger(value))), numeric: true };
    if (typeof value === 'boolean') return { text: value ? t.yes : t.no };
    if (isPoint(value)) return { text: formatPoint(value, locale, lang) };
    return { text: JSON.stringify(value) };
  } catch {
    return { text: String(value) };
  }
}
