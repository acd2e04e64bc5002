import { html, nothing } from 'lit';
import type { ChartFields } from './aggregate.js';
import { OTHER } from './arrange.js';
import type { ChartMessages } from './chart.i18n.js';
import type { ChartModel } from './model.js';
import { nameSuffix } from '../../core/provenance.js';

/**
 * The refine value of a category, as `<od-dataset>` refinements expect it: the raw value, or `2019`, `2019/08`,
 * `2019/08/14` for dates. Undefined for the empty group and the "autres" bucket (nothing to refine on).
 */
export function refineValue(fields: ChartFields, key: string | null): string | undefined {
  if (key === null || key === OTHER) return undefined;
  return fields.x.unit ? key.replace(/-/g, '/') : key;
}

/** True when the category is among the visitor's choices on the x field, or when nothing is chosen. */
export function isChosen(chosen: readonly string[] | undefined, fields: ChartFields, key: string | null): boolean {
  const value = refineValue(fields, key);
  return !chosen?.length || (value !== undefined && chosen.includes(value));
}

/**
 * "Voir les données" (a disclosure for the table) and the download buttons. Each name ends with the chart's title
 * (visually hidden), so that the buttons of several charts on one page have distinct names (RGAA 6.1, 11.9).
 */
export function renderActions(o: {
  m: ChartMessages;
  /** The chart's title, at the end of the names of its controls (visually hidden). */
  title: string;
  open: boolean;
  noDownload: boolean;
  onToggle: () => void;
  onDownload: (kind: 'png' | 'svg' | 'csv') => void;
}) {
  const { m } = o;
  const of = nameSuffix(o.title);
  return html`<div part="actions">
    <button type="button" part="toggle-button" aria-expanded=${o.open ? 'true' : 'false'} aria-controls="data" @click=${o.onToggle}>
      ${m.showData}${of}
    </button>
    ${o.noDownload
      ? nothing
      : html`<span part="downloads" role="group" aria-labelledby="downloads-label">
          <span id="downloads-label">${m.downloads}</span>
          <button type="button" part="download-button" data-kind="png" @click=${() => o.onDownload('png')}>${m.downloadPng}${of}</button>
          <button type="button" part="download-button" data-kind="svg" @click=${() => o.onDownload('svg')}>${m.downloadSvg}${of}</button>
          <button type="button" part="download-button" data-kind="csv" @click=${() => o.onDownload('csv')}>${m.downloadCsv}${of}</button>
        </span>`}
  </div>`;
}

/**
 * The same data as the chart, as an accessible table: a caption, one row per category (a row header), one
 * column per series. With click-to-refine, each category header is a toggle button (keyboard path to refining).
 */
export function renderDataTable(o: {
  model: ChartModel;
  open: boolean;
  caption: string;
  locale: string;
  m: ChartMessages;
  /** Sentences about the reference rules and marked points, shown under the table. */
  note?: string;
  refine?: { selected: (key: string | null) => boolean; toggle: (key: string | null) => void };
  /** The `lang` of the x field's values (row headers), where it differs from the UI's. */
  lang?: string;
}) {
  const { grid } = o.model;
  const nf = new Intl.NumberFormat(o.locale, { maximumFractionDigits: 2 });
  const anySelected = o.refine && grid.rows.some((r) => o.refine!.selected(r.key)) && !grid.rows.every((r) => o.refine!.selected(r.key));
  const header = (key: string | null, label: string) => {
    const r = o.refine;
    if (!r || key === null || key === OTHER) return label;
    return html`<button type="button" aria-pressed=${anySelected && r.selected(key) ? 'true' : 'false'} title=${o.m.filterOn(label)}
      @click=${() => r.toggle(key)}>${label}</button>`;
  };
  // The region scrolls past --od-chart-table-max-height: focusable, so that the keyboard can scroll it too.
  return html`<div id="data" class="data" part="data" ?hidden=${!o.open} tabindex="0" role="region" aria-label=${o.caption}>
    <table part="table">
      <caption>${o.caption}</caption>
      <thead><tr>${grid.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>
        ${grid.rows.map((row) => html`<tr>
          <th scope="row" lang=${(row.key !== null && row.key !== OTHER && o.lang) || nothing}>${header(row.key, row.label)}</th>
          ${row.values.map((v) => html`<td class="num">${v === null ? o.m.none : nf.format(v)}</td>`)}
        </tr>`)}
      </tbody>
    </table>
    ${o.note ? html`<p part="note">${o.note}</p>` : nothing}
  </div>`;
}
