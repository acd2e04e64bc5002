import type { FieldMeta, OdsRecord } from '../../api/index.js';
import { formatValue } from '../../core/format.js';
import { safeUrl } from '../../core/safe-url.js';
import { INTL_LOCALE, type Lang } from '../../i18n/catalog.js';
import { isEmptyValue } from './record-fields.js';

/**
 * A webmaster's `<template>` filled with one record. The template is trusted markup; the record is not:
 * values go into text nodes and into a few attributes only, URLs pass `safeUrl`, and nothing in the template
 * can bind an event handler or a style (such attributes and active elements are dropped from every clone).
 */

/** Attributes a `{{field}}` may fill. */
const BOUND = new Set(['href', 'src', 'alt', 'title', 'datetime', 'aria-label']);
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'cite', 'background']);
/** Elements that could run code, load a third party or restyle the page: never cloned. */
const DROPPED = 'script, style, link, meta, base, iframe, frame, frameset, object, embed, form, template, noscript, set, animate';
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*(?:\|\s*(date|datetime|number|currency|raw)\s*)?\}\}/g;

export type Pipe = 'date' | 'datetime' | 'number' | 'currency' | 'raw' | undefined;

/** One value as text: the schema's formatting by default, or the pipe's; missing values are empty. */
export function formatPiped(value: unknown, f: FieldMeta | undefined, pipe: Pipe, lang: Lang): string {
  if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) return '';
  const locale = INTL_LOCALE[lang];
  if (pipe === 'number' || pipe === 'currency') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) return String(value);
    return new Intl.NumberFormat(locale, pipe === 'currency'
      ? { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(n) ? 0 : 2 }
      : { maximumFractionDigits: 2 }).format(n);
  }
  if (pipe === 'date' || pipe === 'datetime') {
    const s = String(value);
    const d = new Date(s);
    if (Number.isNaN(d.getTime())) return s;
    const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(s);
    return new Intl.DateTimeFormat(locale, pipe === 'datetime' && !dayOnly
      ? { dateStyle: 'long', timeStyle: 'short' }
      : { dateStyle: 'long', ...(dayOnly ? { timeZone: 'UTC' } : {}) }).format(d);
  }
  if (pipe === 'raw' || !f) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  const out = formatValue(value, f, { lang });
  return out.empty ? '' : out.text;
}

/** Fills `{{…}}` in a string; `urlOf` collects the raw value of a lone placeholder (for URL attributes). */
function fill(text: string, record: OdsRecord, fields: Map<string, FieldMeta>, lang: Lang): string {
  return text.replace(PLACEHOLDER, (_m, name: string, pipe: Pipe) => formatPiped(record[name], fields.get(name), pipe, lang));
}

/** The raw value for a URL attribute: a lone `{{field}}` gives the value itself (a file value gives its url). */
function urlValue(text: string, record: OdsRecord, fields: Map<string, FieldMeta>, lang: Lang): string {
  const lone = /^\s*\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(text);
  if (!lone) return fill(text, record, fields, lang);
  const v = record[lone[1]];
  if (v && typeof v === 'object' && typeof (v as { url?: unknown }).url === 'string') return (v as { url: string }).url;
  return v === null || v === undefined ? '' : String(v);
}

/** Names of the fields a template reads (to warn about unknown ones). */
export function templateFields(tpl: HTMLTemplateElement): string[] {
  const names = new Set<string>();
  const scan = (s: string) => { for (const m of s.matchAll(PLACEHOLDER)) names.add(m[1]); };
  const walker = document.createTreeWalker(tpl.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) scan(n.nodeValue ?? '');
    else for (const a of (n as Element).attributes) { scan(a.value); if (a.name === 'data-od-if') names.add(a.value.trim().replace(/^!/, '')); }
  }
  return [...names];
}

/** A clone of `tpl` for `record`. `base` resolves relative URLs (the portal). Never throws on odd values. */
export function renderTemplate(tpl: HTMLTemplateElement, record: OdsRecord, fields: Map<string, FieldMeta>, lang: Lang, base: string): DocumentFragment {
  const frag = tpl.content.cloneNode(true) as DocumentFragment;
  for (const el of frag.querySelectorAll(DROPPED)) el.remove();
  for (const el of [...frag.querySelectorAll('[data-od-if]')]) {
    const cond = el.getAttribute('data-od-if')!.trim();
    const negate = cond.startsWith('!');
    const empty = isEmptyValue(record, negate ? cond.slice(1) : cond);
    if (negate ? !empty : empty) el.remove();
    else el.removeAttribute('data-od-if');
  }
  for (const el of frag.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'srcset' || name === 'is') {
        el.removeAttribute(attr.name);
        continue;
      }
      const bound = attr.value.includes('{{');
      if (bound && !BOUND.has(name)) {
        el.removeAttribute(attr.name);
        continue;
      }
      if (URL_ATTRS.has(name)) {
        const url = safeUrl(bound ? urlValue(attr.value, record, fields, lang) : attr.value, base);
        if (url) el.setAttribute(attr.name, url);
        else el.removeAttribute(attr.name);
      } else if (bound) {
        el.setAttribute(attr.name, fill(attr.value, record, fields, lang));
      }
    }
  }
  const walker = document.createTreeWalker(frag, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeValue?.includes('{{')) n.nodeValue = fill(n.nodeValue, record, fields, lang);
  }
  return frag;
}
