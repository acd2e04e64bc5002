import { html, nothing, svg } from 'lit';
import type { OdsRecord } from '../../api/index.js';
import { formatValue, isCodeField } from '../../core/format.js';
import type { Lang } from '../../i18n/catalog.js';
import type { Column } from './columns.js';

// Sort icons differ by shape (one triangle up, one down, both when unsorted), not only by colour.
const ICONS = {
  none: svg`<path d="M4 6.5 8 2l4 4.5zM4 9.5 8 14l4-4.5z" />`,
  asc: svg`<path d="M3 11 8 4l5 7z" />`,
  desc: svg`<path d="M3 5l5 7 5-7z" />`,
};

/** A column header: a sort button inside `<th scope="col">`, `aria-sort` only when this column is the sorted one. */
export function renderHeader(c: Column, sort: { field: string; desc: boolean } | null, onSort: (name: string) => void) {
  const dir = sort?.field === c.name ? (sort.desc ? 'desc' : 'asc') : 'none';
  const ariaSort = dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : nothing;
  // Align like the cells: quantities to the end, codes and years (written as text) to the start.
  const numeric = (c.meta.type === 'int' || c.meta.type === 'double') && !isCodeField(c.meta);
  if (!c.sortable) return html`<th scope="col" part="header" class=${numeric ? 'num' : ''}>${c.label}</th>`;
  return html`<th scope="col" part="header" class=${numeric ? 'num' : ''} aria-sort=${ariaSort}>
    <button type="button" part="sort-button" @click=${() => onSort(c.name)}>
      <span>${c.label}</span><svg class="sort-icon sort-${dir}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[dir]}</svg>
    </button>
  </th>`;
}

/** A data cell, formatted by type; values are text, links only http(s)/mailto/tel with readable text. */
export function renderCell(c: Column, row: OdsRecord, uiLang: Lang, valueLang?: string, base?: string) {
  const v = formatValue(row[c.name], c.meta, { lang: uiLang, base });
  const cls = v.numeric ? 'num' : '';
  // The placeholder is UI text (page language); only real values carry the field's language.
  if (v.empty) return html`<td part="cell empty-cell" class="empty-value">${v.text}</td>`;
  if (v.href) return html`<td part="cell" class=${cls}><a href=${v.href} rel="noopener noreferrer">${v.text}</a></td>`;
  return html`<td part="cell" class=${cls} lang=${valueLang ?? nothing}>${v.text}</td>`;
}
