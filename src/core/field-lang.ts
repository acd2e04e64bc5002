import { html, type TemplateResult } from 'lit';
import type { DatasetMetadata } from '../api/index.js';

/**
 * The language of the values a widget shows (RGAA 8.7): Breton place names in a French page must carry
 * `lang="br"` so screen readers switch pronunciation. One mapping per dataset, `field-lang` on `<od-dataset>`,
 * else the dataset's own language (`metas.default.language`) for its text fields.
 */

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Parses `field-lang="dibab:br kumun:br"` (pairs field:language). Only plain language tags are kept. */
export function parseFieldLangs(attr: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of (attr ?? '').split(/[\s,;]+/)) {
    const [name, lang] = pair.split(':');
    if (name && lang && TAG.test(lang)) out.set(name, lang);
  }
  return out;
}

/** The language of `field`'s values: the page's mapping, else the dataset's language for a text field. */
export function fieldValueLang(field: string, mapping: ReadonlyMap<string, string>, meta: DatasetMetadata | undefined): string | undefined {
  const set = mapping.get(field);
  if (set) return set;
  const language = meta?.metas?.default?.language;
  if (typeof language !== 'string' || !TAG.test(language)) return undefined;
  return meta!.fields.find((f) => f.name === field)?.type === 'text' ? language : undefined;
}

/** The `lang` a value needs inside UI text in `ui`: none when it is the same language. */
export function langAttr(valueLang: string | undefined, ui: string): string | undefined {
  return valueLang && valueLang.split('-')[0].toLowerCase() !== ui ? valueLang : undefined;
}

/** The `lang` for a value of `field` of a context shown in UI text in `ui` (`own` mapping first). */
export function valueLangIn(ctx: { valueLang(field: string): string | undefined } | undefined, field: string | undefined, ui: string,
  own?: ReadonlyMap<string, string>): string | undefined {
  return field ? langAttr(own?.get(field) ?? ctx?.valueLang(field), ui) : undefined;
}

/** `text` with its (last) occurrence of `part` marked in `lang`: a value inside a sentence of the UI. */
export function withLang(text: string, part: string | undefined, lang: string | undefined): TemplateResult | string {
  const at = part && lang ? text.lastIndexOf(part) : -1;
  if (at < 0) return text;
  return html`${text.slice(0, at)}<span lang=${lang!}>${part}</span>${text.slice(at + part!.length)}`;
}
