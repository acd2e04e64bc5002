import type { FieldMeta, OdsRecord } from '../../api/index.js';
import { formatValue, type FormattedValue } from '../../core/format.js';
import type { Lang } from '../../i18n/catalog.js';

/** One line of a popup: a label and its value formatted as text (and a vetted link, if any). */
export interface PopupRow { label: string; value: FormattedValue; field?: string; lang?: string }

/**
 * The popup body, built with `createElement` and text nodes only: data never reaches an HTML parser
 * (maplibre's `setHTML` does not sanitise). Links only carry URLs vetted by `safeUrl` (http(s), mailto, tel).
 */
export function buildPopup(title: string, rows: PopupRow[], titleLang?: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'od-popup';
  const h = document.createElement('p');
  h.className = 'od-popup-title';
  h.textContent = title;
  if (titleLang) h.lang = titleLang;
  root.append(h);
  if (rows.length) {
    const dl = document.createElement('dl');
    for (const { label, value, lang } of rows) {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      if (lang) dd.lang = lang;
      if (value.href) {
        const a = document.createElement('a');
        a.href = value.href;
        a.rel = 'noopener noreferrer';
        a.textContent = value.text;
        dd.append(a);
      } else dd.textContent = value.text;
      dl.append(dt, dd);
    }
    root.append(dl);
  }
  return root;
}

/** A popup is the record's detail view: values are shown whole up to this length (the table cuts them sooner). */
const DETAIL_TEXT = 20000;

/** Rows for the chosen fields (type-aware formatting shared with the table), skipping empty values. */
export function popupRows(record: OdsRecord, fields: string[], meta: FieldMeta[], lang: Lang, base?: string): PopupRow[] {
  return fields
    .filter((f) => record[f] !== null && record[f] !== undefined && record[f] !== '')
    .map((f) => {
      const fm = meta.find((m) => m.name === f) ?? { name: f, type: 'text' };
      return { field: f, label: ('label' in fm && fm.label) || f, value: formatValue(record[f], fm, { lang, base, maxLength: DETAIL_TEXT }) };
    });
}
