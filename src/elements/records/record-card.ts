import { html, nothing, type TemplateResult } from 'lit';
import type { FieldMeta, OdsRecord } from '../../api/index.js';
import { formatValue } from '../../core/format.js';
import type { Lang } from '../../i18n/catalog.js';
import { formatPiped } from './record-template.js';
import { END, START, addressLines, imageUrl, isEmptyValue, telUrl, websiteUrl, type CardFields } from './record-fields.js';
import type { recordsMessages } from './records.i18n.js';

type Messages = (typeof recordsMessages)['fr'];

export interface CardContext {
  fields: CardFields;
  lang: Lang;
  t: Messages;
  /** Portal API root, for file URLs. */
  base: string;
  datasetId: string;
  /** 2 to 6. */
  headingLevel: number;
  /** Extra lines the host adds (opening hours, calendar link). */
  extra?: (r: OdsRecord) => TemplateResult | typeof nothing;
  /** The `lang` of a field's values where it differs from the UI's. */
  langOf?: (field: string) => string | undefined;
}

/** A heading of the host page's level (static tags: Lit cannot bind a tag name). */
function heading(level: number, text: string, lang: string | undefined): TemplateResult {
  const l = lang ?? nothing;
  switch (level) {
    case 2: return html`<h2 part="title" class="title" lang=${l}>${text}</h2>`;
    case 4: return html`<h4 part="title" class="title" lang=${l}>${text}</h4>`;
    case 5: return html`<h5 part="title" class="title" lang=${l}>${text}</h5>`;
    case 6: return html`<h6 part="title" class="title" lang=${l}>${text}</h6>`;
    default: return html`<h3 part="title" class="title" lang=${l}>${text}</h3>`;
  }
}

/** The title of a record as text ("Sans titre" when it has none). */
export function recordTitle(r: OdsRecord, f: FieldMeta | undefined, lang: Lang, untitled: string): string {
  return (f && formatPiped(r[f.name], f, undefined, lang)) || untitled;
}


/** Dates of a card: a start/end pair reads "du … au …", other dates "label : date". */
function renderDates(r: OdsRecord, dates: FieldMeta[], lang: Lang): TemplateResult | typeof nothing {
  const present = dates.filter((f) => !isEmptyValue(r, f.name));
  if (!present.length) return nothing;
  const start = present.find((f) => START.test(f.name));
  const end = present.find((f) => f !== start && END.test(f.name));
  const time = (f: FieldMeta) => html`<time datetime=${String(r[f.name])}>${formatPiped(r[f.name], f, 'date', lang)}</time>`;
  if (start && end) {
    const same = String(r[start.name]).slice(0, 10) === String(r[end.name]).slice(0, 10);
    const words = { fr: ['Du', 'au', 'Le'], en: ['From', 'to', 'On'], br: ['Eus an', 'd’an', 'D’an'] }[lang];
    return html`<p part="dates" class="dates">${same ? html`${words[2]} ${time(start)}` : html`${words[0]} ${time(start)} ${words[1]} ${time(end)}`}</p>`;
  }
  return html`<p part="dates" class="dates">${present.slice(0, 2).map((f, i) => html`${i ? html`<br />` : nothing}${f.label || f.name} : ${time(f)}`)}</p>`;
}

/**
 * A card built from the schema: image (thumbnail), title, address lines, dates, phone as `tel:`, e-mail as
 * `mailto:`, website as a checked http(s) link, and the fields listed in `fields`. Every value is text.
 */
export function renderCard(r: OdsRecord, c: CardContext, detailButton: TemplateResult | typeof nothing): TemplateResult {
  const { fields: f, lang, t } = c;
  const title = recordTitle(r, f.title, lang, t.untitled);
  const img = f.image ? imageUrl(r[f.image.name], c.base, c.datasetId) : undefined;
  const address = addressLines(r, f.address, (a) => formatPiped(r[a.name], a, 'raw', lang));
  const tel = f.phone ? telUrl(r[f.phone.name]) : undefined;
  const mail = f.email ? formatValue(r[f.email.name], f.email, { lang }) : undefined;
  const site = f.website ? websiteUrl(r[f.website.name]) : undefined;
  const level = Math.min(6, Math.max(2, Math.floor(c.headingLevel) || 3));
  const contacts = [
    tel ? html`<li><span class="label">${t.phone} : </span><a href=${tel}>${String(r[f.phone!.name])}</a></li>` : nothing,
    mail?.href?.startsWith('mailto:') ? html`<li><span class="label">${t.email} : </span><a href=${mail.href}>${mail.text}</a></li>` : nothing,
    site ? html`<li><a href=${site} rel="noopener noreferrer" aria-label=${t.websiteOf(title)}>${t.website}</a></li>` : nothing,
  ].filter((x) => x !== nothing);
  return html`<article part="card" class="card">
    ${img ? html`<img part="image" class="image" src=${img} alt="" loading="lazy" decoding="async" />` : nothing}
    <div class="body">
      ${heading(level, title, f.title && recordTitle(r, f.title, lang, '') ? c.langOf?.(f.title.name) : undefined)}
      ${address.length ? html`<p part="address" class="address">${address.map((a, i) => html`${i ? html`<br />` : nothing}${a}`)}</p>` : nothing}
      ${renderDates(r, f.dates, lang)}
      ${c.extra ? c.extra(r) : nothing}
      ${contacts.length ? html`<ul part="contacts" class="contacts">${contacts}</ul>` : nothing}
      ${f.extra.length
        ? html`<dl part="fields" class="fields">${f.extra.map((x) => {
            const v = formatValue(r[x.name], x, { lang });
            return html`<div><dt>${x.label || x.name}</dt><dd lang=${(!v.empty && c.langOf?.(x.name)) || nothing}>${v.href ? html`<a href=${v.href} rel="noopener noreferrer">${v.text}</a>` : v.text}</dd></div>`;
          })}</dl>`
        : nothing}
      ${detailButton}
    </div>
  </article>`;
}
