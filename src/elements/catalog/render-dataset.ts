import { nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { DatasetMetadata } from '../../api/index.js';
import type { LocalizeController } from '../../core/localize.js';
import { cut } from '../../core/format.js';
import { safeUrl } from '../../core/safe-url.js';
import { sanitizeHtml } from '../../core/sanitize.js';
import { catalogMessages } from './catalog.i18n.js';

// Fixed tag literals (never built from data) for the configurable heading level.
const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6`,
};

/** Sanitised description fragments, per dataset and description text, so re-renders keep the same nodes. */
const descriptions = new WeakMap<DatasetMetadata, { text: string; frag: DocumentFragment }>();

function description(meta: DatasetMetadata, portalBase: string): DocumentFragment | typeof nothing {
  const text = meta.metas.default.description;
  if (typeof text !== 'string' || !text.trim()) return nothing;
  let entry = descriptions.get(meta);
  if (!entry || entry.text !== text) {
    entry = { text, frag: sanitizeHtml(text, portalBase) };
    descriptions.set(meta, entry);
  }
  // Insert a copy: a fragment empties itself when inserted, and a later render may need it again.
  return entry.frag.cloneNode(true) as DocumentFragment;
}

// Metadata lists are cut for display (a 5,000-character keyword is not a keyword): 50 items of 120 characters.
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x) : typeof v === 'string' && v ? [v] : [])
  .slice(0, 50).map((x) => cut(x, 120).text);

/**
 * One dataset of the catalogue: title linking to its page, sanitised description, then theme, keywords,
 * publisher, last update and record count as a description list. Every value but the description is text.
 */
export function renderDataset(
  meta: DatasetMetadata,
  opts: { headingLevel: number; pageUrl: string | undefined; portalBase: string; i18n: LocalizeController },
): TemplateResult {
  const t = opts.i18n.msg(catalogMessages);
  const m = meta.metas.default;
  const tag = HEADINGS[opts.headingLevel] ?? HEADINGS[3];
  const href = safeUrl(opts.pageUrl);
  const themes = list(m.theme);
  const keywords = list(m.keyword);
  const count = typeof m.records_count === 'number' ? m.records_count : undefined;
  const rows: Array<[string, string | TemplateResult]> = [];
  if (themes.length) rows.push([t.theme, themes.join(', ')]);
  if (keywords.length)
    rows.push([t.keywords, html`<ul class="keywords">${keywords.map((k) => html`<li part="keyword">${k}</li>`)}</ul>`]);
  if (m.publisher) rows.push([t.publisher, String(m.publisher)]);
  if (m.modified) rows.push([t.modified, html`<time datetime=${String(m.modified)}>${opts.i18n.date(String(m.modified))}</time>`]);
  if (count !== undefined) rows.push([t.records, opts.i18n.number(count)]);
  return html`<article part="dataset" data-dataset-id=${meta.dataset_id}>
    <${tag} part="dataset-title" class="title">${href
      ? html`<a part="dataset-link" href=${href} rel="noopener noreferrer">${m.title}</a>`
      : m.title}</${tag}>
    <div part="description" class="description">${guard([meta, m.description, opts.portalBase], () => description(meta, opts.portalBase))}</div>
    ${rows.length
      ? html`<dl part="metas" class="metas">
          ${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}
        </dl>`
      : nothing}
  </article>`;
}
