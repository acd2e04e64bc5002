import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { field, type DatasetMetadata, type OdsRecord } from '../../api/index.js';
import { DatasetLink } from '../../core/dataset-link.js';
import { unknownFieldsText } from '../../core/error-text.js';
import { warnUnknownFields } from '../../core/suggest.js';
import { parseFieldLangs } from '../../core/field-lang.js';
import { OdElement } from '../../core/od-element.js';
import { renderProvenance } from '../../core/provenance.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { MAX_OFFSET_WINDOW, clampPageSize, pageCount } from '../pager/pager-model.js';
import { pagerStyles, renderPager } from '../pager/pager-view.js';
import { nextSort, pickColumns, selectOf, type Column } from './columns.js';
import { renderCell, renderHeader } from './table-cells.js';
import { DetailDialog } from '../records/detail-dialog.js';
import { recordsMessages } from '../records/records.i18n.js';
import { formatPiped } from '../records/record-template.js';
import { tableMessages } from './table.i18n.js';
import styles from './table.styles.js';

interface TableData {
  meta: DatasetMetadata;
  columns: Column[];
  unknown: string[];
  rows: OdsRecord[];
  total: number;
  page: number;
  size: number;
  sort: { field: string; desc: boolean } | null;
  /** The portal's URL: relative file and link values resolve against it, not the host page. */
  base?: string;
}

/**
 * A data table of one dataset, linked to an `<od-dataset>`: server-side sort and paging (one page of records per
 * request, never the whole dataset), chosen columns labelled from the schema, French formatting by field type,
 * a caption, sortable headers, a sticky header and its own horizontal scroll region on narrow screens.
 *
 * @summary Paged, sortable data table.
 * @tag od-table
 * @csspart caption - The table caption.
 * @csspart scroller - The scrolling region around the table (focusable when it overflows).
 * @csspart table - The `<table>`.
 * @csspart header - Each column header `<th>`.
 * @csspart sort-button - The sort button inside a sortable header.
 * @csspart cell - Each data cell `<td>`.
 * @csspart empty-cell - A cell whose value is missing ("non renseigné").
 * @csspart status - The live count line ("42 lignes · page 1 sur 5").
 * @csspart error - Error message (with a retry button) or configuration problem.
 * @csspart retry-button - The retry button of an error.
 * @csspart pager - The built-in pagination `<nav>`; also `pager-button`, `pager-current`, `pager-previous`, `pager-next`, `pager-note`.
 * @csspart provenance - The source / licence / update line.
 * @cssprop --od-table-max-height - Height after which the table scrolls inside its region with a sticky header (default `80vh`).
 * @cssprop --od-table-header-background - Background of the header row (default: the surface colour with a tint of the accent).
 * @cssprop --od-table-stripe - Background of every other row (default: a light grey).
 * @cssprop --od-table-cell-padding - Padding of cells (default: derived from `--od-space` and `--od-density`).
 */
export class OdTable extends OdElement {
  static override styles = [...OdElement.styles, provenanceStyles, pagerStyles, styles];

  /** `id` of the `<od-dataset>` to show, when the table is not inside it. */
  @property({ reflect: true }) source?: string;
  /** Columns to show, in this order: field names separated by commas (default: every field but shapes). */
  @property() fields?: string;
  /**
   * Rows per page, 1 to 100. Default: the linked `<od-dataset>`'s `page-size`, else 10 (set it once
   * on the context and a table with `no-pager` and its `<od-pager>` always agree).
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /** Caption of the table (default: the dataset's title). Same as `title`, without the browser's tooltip. */
  @property() caption?: string;
  /** Caption of the table, as `caption` (the browser also shows it as a tooltip over the element). */
  @property() override title = '';
  /**
   * Language of some fields' values, e.g. `dibab:br kumun:br` (Breton names in a French page): their cells get `lang`.
   * Prefer `field-lang` on `<od-dataset>`, which every linked widget follows; this one wins for this table.
   */
  @property({ attribute: 'field-lang' }) fieldLang?: string;
  /** A "Détail" button on each row opens a dialog with every field of the record (the rows then carry every field). */
  @property({ type: Boolean }) detail = false;
  /** Hide the built-in pager (use an `<od-pager>` elsewhere on the page instead). */
  @property({ type: Boolean, attribute: 'no-pager' }) noPager = false;
  /** Hide the provenance line (source, licence, update date). */
  @property({ type: Boolean, attribute: 'no-provenance' }) noProvenance = false;

  @state() private _scrollable = false;
  private _link = new DatasetLink(this);
  private _resize?: ResizeObserver;
  private _observed?: HTMLElement;
  private _warned = '';
  private _dialog = new DetailDialog(this, this.i18n);

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision, this.fields, this._pageSize(), this.detail] as const,
    task: async ([ctx, , fields, size, detail], { signal }): Promise<TableData | typeof initialState> => {
      if (!ctx || ctx.configError || !ctx.client) return initialState;
      const [meta, base] = await Promise.all([ctx.metadata(signal), ctx.recordsQuery({ signal })]);
      const { columns, unknown } = pickColumns(meta.fields, fields);
      if (!columns.length) return { meta, columns, unknown, rows: [], total: 0, page: 0, size, sort: null };
      const { sort } = ctx.state;
      const page = Math.min(ctx.state.page, Math.floor(MAX_OFFSET_WINDOW / size) - 1);
      // The detail dialog shows every field: then the page carries them all (still one request).
      let q = (detail ? base : base.select(selectOf(columns))).limit(size).offset(page * size);
      const sortable = sort && meta.fields.some((f) => f.name === sort.field);
      if (sortable) q = q.orderBy(`${field(sort.field)} ${sort.desc ? 'desc' : 'asc'}`);
      let res = await ctx.client.records(q, { signal });
      let total = Number(res.total_count ?? res.results.length);
      let shown = page;
      if (!res.results.length && total > 0 && page > 0) {
        // A page past the end (an old shared link, fewer results since): show the last page instead.
        shown = pageCount(total, size).pages - 1;
        res = await ctx.client.records(q.offset(shown * size), { signal });
        total = Number(res.total_count ?? res.results.length);
      }
      // At most one page, whatever the portal answers.
      return { meta, columns, unknown, rows: res.results.slice(0, size), total, page: shown, size, sort: sortable ? sort : null, base: ctx.client.baseUrl };
    },
  });

  private _pageSize(): number {
    return clampPageSize(this.pageSize ?? this._link.context?.pageSize ?? NaN);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._observed = undefined;
  }

  protected override updated(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller === this._observed) return;
    this._observed = scroller ?? undefined;
    this._resize ??= new ResizeObserver(() => requestAnimationFrame(() => this._measure()));
    this._resize.disconnect();
    // The box and its content: wider rows (another page, language) can overflow a box of unchanged size.
    if (scroller) [scroller, scroller.querySelector('table')].forEach((el) => el && this._resize!.observe(el));
  }

  /** The scroll region takes focus only when it scrolls (keyboard users can then scroll it). */
  private _measure(): void {
    const el = this._observed;
    const scrollable = !!el && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    if (scrollable !== this._scrollable) this._scrollable = scrollable;
  }

  private get _msg() {
    return this.i18n.msg(tableMessages);
  }

  protected override get configMessages() {
    return this._msg;
  }

  /** Its row count may be spoken after a change made elsewhere (a facet, the pager's neighbour). */
  override get speaksForView(): boolean {
    return true;
  }

  override render() {
    return html`${this.renderWithStatus(() => this._render())}${this._dialog.render()}`;
  }

  private _render(): [string, unknown] {
    const answer = this.linkedData(this._link, this._task);
    if ('show' in answer) return answer.show;
    const { ctx, data, busy } = answer;
    this.setDataState(busy ? 'loading' : data.total ? 'ready' : 'empty');
    const unknown = data.unknown.length ? `fields : ${unknownFieldsText(data.unknown, data.meta.fields.map((f) => f.name), this.i18n.lang)}` : '';
    this._warnUnknown(data.unknown, unknown);
    if (!data.columns.length) {
      // Every column unknown: the names with the closest ones of the schema (already in the console).
      this.setDataState('error');
      return ['', html`<div part="error" role="alert">${unknown}</div>`];
    }
    const caption = this.caption || this.title || data.meta.metas.default.title;
    const { pages, capped } = pageCount(data.total, data.size);
    const langs = parseFieldLangs(this.fieldLang);
    return [busy ? this.updating(this._msg.updating) : this._statusText(data, pages), html`
      ${unknown ? html`<p part="config-warning">${unknown}</p>` : nothing}
      <div class="scroller ${busy ? 'busy' : ''}" part="scroller" role="region" aria-labelledby="caption"
        aria-busy=${busy ? 'true' : 'false'} tabindex=${this._scrollable ? '0' : nothing}>
        <table part="table">
          <caption id="caption" part="caption">${caption}</caption>
          <thead><tr>${data.columns.map((c) => renderHeader(c, data.sort, (name) => this._sort(name)))}${this.detail
            ? html`<th scope="col" part="header"><span class="od-visually-hidden">${this.i18n.msg(recordsMessages).detailTitle}</span></th>` : nothing}</tr></thead>
          <tbody>${data.rows.map((row) => html`<tr>${data.columns.map((c) => renderCell(c, row, this.i18n.lang, this.langOf(ctx, c.name, langs), data.base))}${this.detail
            ? this._detailCell(row, data) : nothing}</tr>`)}</tbody>
        </table>
        ${data.rows.length ? nothing : html`<p class="empty" part="empty">${data.total ? this._msg.emptyPage : this.t.empty}</p>`}
      </div>
      ${this.noPager
        ? nothing
        : renderPager({ current: data.page, pages, capped, name: caption, i18n: this.i18n, onPage: (p) => this._link.context?.setPage(p) })}
      ${this.noProvenance ? nothing : renderProvenance(data.meta, ctx.portalDatasetUrl, this.i18n)}
    `];
  }

  /** The row's "Détail" button, named after the row's first value. */
  private _detailCell(row: OdsRecord, d: TableData) {
    const t = this.i18n.msg(recordsMessages);
    const first = d.columns[0];
    const title = first ? formatPiped(row[first.name], first.meta, undefined, this.i18n.lang) || t.untitled : t.untitled;
    return html`<td part="cell"><button type="button" part="detail-button" aria-haspopup="dialog" aria-label=${t.detailsOf(title)}
      @click=${(e: Event) => this._dialog.open({ record: row, fields: d.meta.fields, title,
        langOf: (f) => this.langOf(this._link.context, f, parseFieldLangs(this.fieldLang)), titleField: first?.name }, e.currentTarget as HTMLElement)}>${t.detailTitle}</button></td>`;
  }

  private _statusText(d: TableData, pages: number): string {
    const m = this._msg;
    const parts = [m.count(d.total, this.i18n.number(d.total))];
    if (pages > 1) parts.push(m.pageOf(this.i18n.number(d.page + 1), this.i18n.number(pages)));
    const sorted = d.sort && d.columns.find((c) => c.name === d.sort!.field);
    if (sorted) parts.push(m.sortedBy(sorted.label, d.sort!.desc));
    return parts.join(' · ');
  }

  private _sort(name: string): void {
    const ctx = this._link.context;
    if (!ctx) return;
    const next = nextSort(ctx.state.sort, name);
    ctx.setSort(next?.field ?? null, next?.desc ?? false);
  }

  private _warnUnknown(unknown: string[], text: string): void {
    const key = unknown.join(',');
    if (key && key !== this._warned) warnUnknownFields(this, 'fields', this.fields ?? '', text);
    this._warned = key;
  }
}
