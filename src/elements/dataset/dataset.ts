import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { OdElement } from '../../core/od-element.js';
import { Task } from '@lit/task';
import {
  getClient, records, datasetFacets, field, str, search,
  type DatasetFacetsQuery, type DatasetMetadata, type ExploreClient, type Query, type RecordsQuery,
} from '../../api/index.js';
import { ConfigError } from '../../core/config-error.js';
import { emit } from '../../core/events.js';
import { DATASET_CONNECTED, VIEW_CHANGE, type DatasetSource } from '../../core/dataset-link.js';
import { EMPTY_VIEW, cleared, withDates, withExclude, withPage, withQuery, withRefine, withSort, type ViewState } from '../../core/view-state.js';
import { dateRangeWhere, todayIn, type DateRange } from '../../core/date-range.js';
import { datasetPageUrl, resolvePortal } from '../../core/portal.js';
import { findCommuneField } from './commune-field.js';
import { applyFacetFilters } from './facet-filters.js';
import { applyTheme } from '../../core/theme.js';
import { fieldValueLang, parseFieldLangs } from '../../core/field-lang.js';
import { parsePairs, readViewFromUrl, writeViewToUrl } from './url-state.js';
import styles from './dataset.styles.js';

/**
 * The shared context of linked widgets: one dataset of one portal, the page's base filters and the visitor's
 * view (search, facet choices, sort, page). Widgets nested inside it, or anywhere with `source="<id>"`, read and
 * change it. Base filters and visitor choices compose; one never overwrites the other.
 *
 * @summary Dataset context for linked widgets.
 * @tag od-dataset
 * @slot - The widgets of this dataset (any markup).
 * @slot fallback - Shown only until the element is defined (bundle blocked or offline), e.g. a link to the data.
 * @fires od-view-change - The visitor's view or the base filters changed. `detail` is the new `ViewState`.
 * @csspart error - Configuration error message (no portal, no dataset, unknown commune field).
 */
export class OdDataset extends OdElement implements DatasetSource {
  static override styles = [...OdElement.styles, styles];
  readonly isDatasetSource = true as const;

  /** Portal URL (origin or `…/api/explore/v2.1`). Defaults to an ancestor's `portal`/`data-od-portal` or `<meta name="od-portal">`. */
  @property() portal?: string;
  /** Dataset identifier on the portal (attribute `dataset`; `HTMLElement.dataset` keeps its DOM meaning). */
  @property({ attribute: 'dataset' }) datasetId = '';
  /** Base ODSQL filter of the page (always applied; the visitor cannot remove it). */
  @property() where?: string;
  /** Base refinements: `field:value;field:value`. */
  @property() refine?: string;
  /** Base exclusions: `field:value;field:value`. */
  @property() exclude?: string;
  /** Base full-text search applied before the visitor's own. */
  @property() q?: string;
  /** INSEE code of a commune: scopes every linked widget to it, using the dataset's commune-code field. */
  @property() commune?: string;
  /** Keep the visitor's view in the page URL (shareable, restored on load, back button). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /**
   * Theme of this block (`qbo`, `quimper`, `locronan`, `commune`, `contrast`, `dark` for dark pages), loaded from the bundle as a constructed
   * style sheet: works under `style-src 'self'` with the bundle on a CDN, unlike a `<link>` to the theme's CSS.
   */
  @property() theme?: string;
  /** Optional API key, sent as `Authorization: Apikey …` (only for non-public datasets). */
  @property({ attribute: 'api-key' }) apiKey?: string;
  /**
   * Rows per page of the linked tables and pagers (1 to 100, default 10) that set no `page-size` of their own:
   * set it once here and a table with `no-pager` and its `<od-pager>` always agree. Changing it fires `od-view-change`.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /**
   * Language of some fields' values, as `field:language` pairs (`dibab:br kumun:br`: Breton place names in a French
   * page). Every linked widget marks those values with `lang` (cells, cards, facets, chips, options, charts, maps),
   * so screen readers switch pronunciation (RGAA 8.7). Without a pair, a text field's values take the dataset's
   * language from its metadata (`metas.default.language`) when the portal gives one.
   */
  @property({ attribute: 'field-lang' }) fieldLang?: string;

  state: ViewState = EMPTY_VIEW;
  /** Increases on every change of the view, the base filters or `page-size` (linked widgets re-query then). */
  revision = 0;
  private _meta?: { key: string; promise: Promise<DatasetMetadata> };
  /** The metadata once loaded (values' default language). */
  private _metaLoaded?: DatasetMetadata;
  private _firstDone = false;

  // Reports a `commune` the dataset cannot filter on (the queries themselves refuse to run, see _communeWhere).
  private _communeCheck = new Task(this, {
    args: () => [this.client, this.datasetId, this.commune] as const,
    task: async ([client, id, commune], { signal }): Promise<ConfigError | undefined> => {
      if (!client || !id || !commune) return undefined;
      try {
        await this._communeWhere(signal);
        return undefined;
      } catch (e) {
        if (e instanceof ConfigError) return e;
        throw e; // metadata failures are shown by the widgets, with their retry button
      }
    },
  });

  get client(): ExploreClient | undefined {
    const portal = resolvePortal(this, this.portal);
    return portal ? getClient(portal, { apiKey: this.apiKey }) : undefined;
  }

  get configError(): 'noPortal' | 'noDataset' | undefined {
    if (!resolvePortal(this, this.portal)) return 'noPortal';
    return this.datasetId ? undefined : 'noDataset';
  }

  get portalDatasetUrl(): string | undefined {
    const portal = resolvePortal(this, this.portal);
    return portal && this.datasetId ? datasetPageUrl(portal, this.datasetId) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.state = readViewFromUrl(new URL(location.href), this._urlPrefix);
    window.addEventListener('popstate', this._onPopState);
    emit(document, DATASET_CONNECTED, this, { bubbles: false, composed: false });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Asked once, as soon as the dataset is known, for every linked widget: it travels while their code loads.
    // A failure is not kept: the widgets that need the metadata ask again (and show the error with its retry).
    if (['portal', 'datasetId', 'apiKey'].some((k) => changed.has(k as keyof OdDataset)) && !this.configError) this.metadata().catch(() => {});
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme) void applyTheme(this, this.theme);
    const base = ['portal', 'datasetId', 'where', 'refine', 'exclude', 'q', 'commune', 'apiKey', 'pageSize', 'fieldLang'] as const;
    // Not on the first update: that would wipe the view just restored from the URL.
    if (base.some((k) => changed.has(k)) && this._firstDone) this._emit(changed.has('datasetId') ? EMPTY_VIEW : this.state);
    this._firstDone = true;
  }

  metadata(signal?: AbortSignal): Promise<DatasetMetadata> {
    const client = this.client;
    if (!client) return Promise.reject(new Error(this.configError));
    const key = `${client.baseUrl}|${this.datasetId}`;
    if (this._meta?.key !== key) {
      const promise = client.dataset(this.datasetId);
      this._metaLoaded = undefined;
      // A failed load is retried next time.
      promise.then((m) => this._meta?.promise === promise && (this._metaLoaded = m), () => (this._meta = undefined));
      this._meta = { key, promise };
    }
    const shared = this._meta.promise;
    if (!signal) return shared;
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  /** The language of `field`'s values (`field-lang`, else the dataset's for a text field), once metadata is known. */
  valueLang(field: string): string | undefined {
    return fieldValueLang(field, parseFieldLangs(this.fieldLang), this._metaLoaded);
  }

  recordsQuery(options: { withoutRefineOn?: string; signal?: AbortSignal } = {}): Promise<RecordsQuery> {
    return this._applyFilters(records(this.datasetId), options);
  }

  facetsQuery(options: { withoutRefineOn?: string; signal?: AbortSignal } = {}): Promise<DatasetFacetsQuery> {
    return this._applyFilters(datasetFacets(this.datasetId), options);
  }

  /** The base filters and the visitor's, added to `start`. Rejects with a ConfigError for an unusable `commune`. */
  private async _applyFilters<K extends 'records' | 'dataset-facets'>(
    start: Query<K>,
    { withoutRefineOn, signal }: { withoutRefineOn?: string; signal?: AbortSignal },
  ): Promise<Query<K>> {
    let q = start.where(this.where);
    if (this.q) q = q.where(search(this.q));
    if (this.commune) q = q.where(await this._communeWhere(signal));
    const s = this.state;
    if (s.q) q = q.where(search(s.q));
    const refine = [...parsePairs(this.refine).map(([f, v]) => [f, [v]] as const),
      ...Object.entries(s.refine).filter(([f]) => f !== withoutRefineOn)];
    const exclude = [...parsePairs(this.exclude).map(([f, v]) => [f, [v]] as const), ...Object.entries(s.exclude)];
    // Which fields are facets decides refine or where: the metadata (shared, usually already there) is needed.
    const meta = refine.length || exclude.length ? await this.metadata(signal).catch(() => undefined) : undefined;
    q = applyFacetFilters(q, meta, refine, exclude);
    const dates = Object.entries(s.dates ?? {});
    if (dates.length) {
      const types = new Map((await this.metadata(signal)).fields.map((x) => [x.name, x.type]));
      const today = todayIn();
      for (const [f, r] of dates) {
        const where = dateRangeWhere(f, r, today, (n) => types.get(n));
        if (where) q = q.where(where);
      }
    }
    return q;
  }

  /** The condition of `commune` on the dataset's commune-code field; never the whole dataset as if it were the commune's. */
  private async _communeWhere(signal?: AbortSignal): Promise<string> {
    const commune = this.commune ?? '';
    const communeField = findCommuneField(await this.metadata(signal));
    if (!communeField) throw new ConfigError('noCommuneField', commune);
    const value = communeField.numeric && /^\d+$/.test(commune) ? commune : str(commune);
    return `${field(communeField.name)} = ${value}`;
  }

  setQuery(q: string): void {
    this._emit(withQuery(this.state, q), false, true);
  }
  toggleRefine(f: string, value: string, on?: boolean): void {
    this._emit(withRefine(this.state, f, value, on));
  }
  toggleExclude(f: string, value: string, on?: boolean): void {
    this._emit(withExclude(this.state, f, value, on));
  }
  setSort(f: string | null, desc = false): void {
    this._emit(withSort(this.state, f, desc));
  }
  setPage(page: number): void {
    this._emit(withPage(this.state, page));
  }
  setDateRange(f: string, range: DateRange | null): void {
    this._emit(withDates(this.state, f, range));
  }
  clear(): void {
    this._emit(cleared(this.state));
  }

  private get _urlPrefix(): string {
    return this.id || this.datasetId || 'od';
  }

  private _emit(next: ViewState, fromHistory = false, replace = false): void {
    this.state = next;
    this.revision++;
    if (this.syncUrl && !fromHistory) {
      const url = writeViewToUrl(new URL(location.href), this._urlPrefix, next);
      // Typing replaces the entry; choices, sort and pages can be undone with the back button.
      if (url.href !== location.href) history[replace ? 'replaceState' : 'pushState'](history.state, '', url);
    }
    emit(this, VIEW_CHANGE, next);
  }

  private _onPopState = (): void => {
    if (this.syncUrl) this._emit(readViewFromUrl(new URL(location.href), this._urlPrefix), true);
  };

  override render() {
    const problem = this.configError ? new ConfigError(this.configError) : this.commune ? this._communeCheck.value : undefined;
    return html`${problem ? this.renderConfigError(problem) : nothing}<slot></slot>`;
  }
}
