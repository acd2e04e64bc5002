import type { OdsRecord } from '../../api/index.js';
import { safeUrl } from '../../core/safe-url.js';

/** One line of a popup: a label and a value already formatted as text. */
export interface PopupRow { label: string; value: unknown }

/**
 * The popup body, built with `createElement` and text nodes only: data never reaches an HTML parser
 * (maplibre's `setHTML` does not sanitise). Values that are http(s)/mailto/tel URLs become links.
 */
export function buildPopup(title: string, rows: PopupRow[], format: (v: unknown) => string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'od-popup';
  const h = document.createElement('p');
  h.className = 'od-popup-title';
  h.textContent = title;
  root.append(h);
  if (rows.length) {
    const dl = document.createElement('dl');
    for (const { label, value } of rows) {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      const text = format(value);
      const url = typeof value === 'string' && /^(https?:|mailto:|tel:)/i.test(value.trim()) ? safeUrl(value) : undefined;
      if (url) {
        const a = document.createElement('a');
        a.href = url;
        a.rel = 'noopener noreferrer';
        a.textContent = text;
        dd.append(a);
      } else dd.textContent = text;
      dl.append(dt, dd);
    }
    root.append(dl);
  }
  return root;
}

/** Rows for the chosen fields, skipping empty values. */
export function popupRows(record: OdsRecord, fields: string[], labels: Map<string, string>): PopupRow[] {
  return fields
    .filter((f) => record[f] !== null && record[f] !== undefined && record[f] !== '')
    .map((f) => ({ label: labels.get(f) ?? f, value: record[f] }));
}
