import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { emit } from '../../core/events.js';
import { baseChips, visitorChips } from '../filters/filter-chips.js';
import { filtersMessages } from '../filters/filters.i18n.js';
import { downloadMessages } from './download.i18n.js';
import { exportFormats, exportLinks, withViewSort, type ExportLink } from './export-links.js';
import styles from './download.styles.js';
import { nameSuffix } from '../../core/provenance.js';

interface DownloadAnswer {
  links: ExportLink[];
  apiUrl: string;
  /** Rows the files hold, and the active filters (base and visitor's) in words. */
  rows: number;
  filters: string[];
  /** The dataset's title, in the links' accessible names. */
  title: string;
}

/**
 * Download links for exactly the current view of a linked dataset (same search, choices, exclusions and base
 * filters, in the table's order): CSV (`;`, BOM, for French spreadsheets), JSON, GeoJSON when the dataset has geo
 * fields, XLSX when the portal offers it; plus a button that copies the API URL of the view.
 *
 * @summary Export links of the current view.
 * @tag od-download
 * @fires od-download-copy - The API URL was copied; `detail.url` is the URL.
 * @csspart list - The list of links.
 * @csspart link - One download link.
 * @csspart hint - The format hint in a link.
 * @csspart note - What the files hold: the number of rows and the active filters.
 * @csspart copy-button - "Copier l'URL de l'API".
 * @csspart url-field - The URL shown when copying is impossible.
 * @csspart status - Update / copy messages.
 * @csspart error - Error message.
 * @csspart retry-button - Retry.
 * @cssprop --od-download-link-background - Background of a link (default the surface colour).
 */
export class OdDownload extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** Id of the `<od-dataset>` to follow; by default the closest enclosing one. */
  @property({ reflect: true }) source?: string;
  /** Hide the "copy the API URL" button. */
  @property({ type: Boolean, attribute: 'no-api-url' }) noApiUrl = false;

  /** Outcome of the last copy, for the URL it copied (a new view's URL resets it). */
  @state() private _copied?: { url: string; ok: boolean };
  private _link = new DatasetLink(this);
  private _shown?: DownloadAnswer;

  // The export formats a dataset offers change only with the dataset: one request per dataset, cached by the client.
  private _formats = new Task(this, {
    task: async ([ctx, id], { signal }) => {
      if (!ctx?.client || ctx.configError || !id) return undefined;
      try {
        return exportFormats(await ctx.client.get(`/catalog/datasets/${encodeURIComponent(id)}/exports`, { signal }));
      } catch (e) {
        this.report(e, 'liste des formats');
        return undefined; // the common formats are still offered
      }
    },
    args: () => [this._link.context, this._link.context?.datasetId] as [DatasetSource | undefined, string | undefined],
  });

  private _task = new Task(this, {
    task: async ([ctx, , formatsStatus], { signal }): Promise<DownloadAnswer | undefined> => {
      if (!ctx?.client || ctx.configError || formatsStatus === TaskStatus.PENDING) return undefined;
      const [meta, q] = await Promise.all([ctx.metadata(signal), ctx.recordsQuery({ signal })]);
      const sorted = withViewSort(q, ctx.state);
      const rows = await ctx.client.count(q, { signal });
      const ft = this.i18n.msg(filtersMessages);
      const labelOf = (name: string) => meta.fields.find((f) => f.name === name)?.label || name;
      const attr = (name: string) => ctx.getAttribute(name);
      const filters = [
        ...baseChips({ q: attr('q'), where: attr('where'), refine: attr('refine'), exclude: attr('exclude'), commune: attr('commune') }, labelOf, ft),
        ...visitorChips(ctx.state, labelOf, ft),
      ].map((c) => c.label);
      return { links: exportLinks(ctx.client, sorted, meta, this._formats.value), apiUrl: ctx.client.url(sorted), rows, filters, title: meta.metas.default.title };
    },
    args: () => [this._link.context, this._link.revision, this._formats.status] as [DatasetSource | undefined, number, TaskStatus],
  });

  private async _copyUrl(url: string): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(url);
      this._copied = { url, ok: true };
      emit(this, 'od-download-copy', { url });
    } catch {
      this._copied = { url, ok: false };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input')?.select();
    }
  }

  private _copyState(a: DownloadAnswer): 'idle' | 'copied' | 'failed' {
    return this._copied?.url !== a.apiUrl ? 'idle' : this._copied.ok ? 'copied' : 'failed';
  }

  private _renderLinks(a: DownloadAnswer, busy: boolean) {
    const t = this.i18n.msg(downloadMessages);
    const label = { csv: [t.csv, t.csvHint], json: [t.json, t.jsonHint], geojson: [t.geojson, t.geojsonHint], xlsx: [t.xlsx, t.xlsxHint] };
    return html`<div class="links ${busy ? 'busy' : ''}" aria-busy=${busy ? 'true' : 'false'}>
      <ul part="list" aria-label=${t.listLabel}>
        ${a.links.map((l) => html`<li>
          <a part="link" href=${l.href} type=${l.type} download=${l.filename} data-format=${l.format}>
            <span class="icon" aria-hidden="true">↓</span>
            <span>${label[l.format][0]} <span part="hint" class="hint">(${label[l.format][1]})</span>${nameSuffix(a.title)}</span>
          </a>
        </li>`)}
      </ul>
      <p part="note" class="note">${a.filters.length ? t.filteredRows(a.rows, this.i18n.number(a.rows), a.filters.join(' ; ')) : t.allRows(a.rows, this.i18n.number(a.rows))}</p>
      ${this.noApiUrl
        ? nothing
        : html`<button type="button" part="copy-button" @click=${() => this._copyUrl(a.apiUrl)}>${t.copy}${nameSuffix(a.title)}</button>
          ${this._copyState(a) === 'failed'
            ? html`<label class="url"><span>${t.urlLabel}</span>
                <input part="url-field" type="text" readonly .value=${a.apiUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
            : nothing}`}
    </div>`;
  }

  override render() {
    try {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return linked.problem;
      const t = this.i18n.msg(downloadMessages);
      const status = this._task.status;
      if (status === TaskStatus.ERROR) {
        this._shown = undefined;
        return html`${this.renderStatus(nothing)}${this.renderProblem(this._task.error, () => this._task.run())}`;
      }
      const value = this._task.value;
      if (status === TaskStatus.COMPLETE && value) this._shown = value;
      const pending = status !== TaskStatus.COMPLETE || !value;
      if (!this._shown) {
        this.setDataState('loading');
        return this.renderStatus(this.t.loading);
      }
      this.setDataState(pending ? 'loading' : 'ready');
      const copy = this._copyState(this._shown);
      const message = pending ? this.updating(t.updating) : copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : nothing;
      return html`${this._renderLinks(this._shown, pending)}${this.renderStatus(message)}`;
    } catch (e) {
      return this.renderProblem(e);
    }
  }
}
