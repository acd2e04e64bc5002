import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { getClient, type CatalogPage, type CatalogFacetsQuery, type CatalogQuery, type ExploreClient, type FacetsResult } from '../../api/index.js';
import { OdElement } from '../../core/od-element.js';
import { ConfigError } from '../../core/config-error.js';
import { datasetPageUrl, resolvePortal } from '../../core/portal.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { catalogMessages } from './catalog.i18n.js';
import {
  EMPTY_CATALOG_VIEW, catalogFacetsQuery, catalogListQuery, pageCount, parseFieldList, toCatalogSort,
  type CatalogSort, type CatalogView,
} from './catalog-query.js';
import { renderCatalogControls } from './catalog-controls.js';
import { parsePairs } from '../dataset/url-state.js';
import { renderDataset } from './render-dataset.js';
import styles from './catalog.styles.js';

interface CatalogAnswer {
  page: CatalogPage;
  facets?: FacetsResult;
}

/**
 * The datasets of a portal's catalogue: title (link to the dataset page), sanitised description, theme, keywords,
 * publisher, last update and record count, with search, facet filters, sort and pages. It reads its own `portal`
 * (or the page default) and is not linked to an `<od-dataset>`. The count is announced as a status message.
 *
 * @summary Searchable list of a portal's datasets.
 * @tag od-catalog
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart search-button - Its button.
 * @csspart filters - The facet and sort selectors.
 * @csspart facet-select - One facet's selector.
 * @csspart sort-select - The sort selector.
 * @csspart status - The count / loading message (spoken after the visitor uses the catalogue).
 * @csspart list - The list of datasets.
 * @csspart dataset - One dataset.
 * @csspart dataset-title - Its heading.
 * @csspart dataset-link - The link to its page.
 * @csspart description - Its sanitised description.
 * @csspart metas - Its metadata list.
 * @csspart keyword - One keyword.
 * @csspart pagination - The page navigation.
 * @csspart page-button - Previous / next buttons.
 * @csspart error - Error message.
 * @csspart retry-button - Its retry button.
 * @cssprop --od-catalog-gap - Space between datasets (default `1rem`).
 * @cssprop --od-catalog-card-background - Background of a dataset (default the surface colour).
 * @cssprop --od-catalog-card-border - Border of a dataset (default `1px solid` the border colour).
 * @cssprop --od-catalog-keyword-background - Background of keyword tags (default `#eeeeee`).
 */
export class OdCatalog extends OdElement {
  static override styles = [...OdElement.styles, provenanceStyles, styles];

  /** Portal URL (origin or `…/api/explore/v2.1`). Defaults to an ancestor's `portal`/`data-od-portal` or `<meta name="od-portal">`. */
  @property() portal?: string;
  /** Optional API key, sent as `Authorization: Apikey …`. */
  @property({ attribute: 'api-key' }) apiKey?: string;
  /** Scope: an ODSQL condition on the catalogue that the visitor cannot remove (e.g. `publisher = "INSEE"`). */
  @property() where?: string;
  /** Scope: fixed refinements `field:value;field:value` (e.g. `publisher:INSEE`), not removable. */
  @property() refine?: string;
  /** Catalogue facets offered as filters, comma separated; `""` shows none. */
  @property() facets = 'theme,keyword,publisher';
  /** Initial sort: `modified` (newest first), `title` or `records`. */
  @property() sort: CatalogSort = 'modified';
  /** Datasets per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Level of the dataset headings (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Hide the search form. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;

  @state() private _view: CatalogView = EMPTY_CATALOG_VIEW;
  private _listQ?: CatalogQuery;
  private _facetsQ?: CatalogFacetsQuery;
  private _shown?: CatalogAnswer;

  private _task = new Task(this, {
    task: async ([client, list, facets], { signal }): Promise<CatalogAnswer | undefined> => {
      if (!client || !list) return undefined;
      const [page, fac] = await Promise.all([
        client.catalog(list, { signal }),
        facets ? client.facets(facets, { signal }) : Promise.resolve(undefined),
      ]);
      return { page, facets: fac };
    },
    args: () => [this._client, this._listQ, this._facetsQ] as [ExploreClient | undefined, CatalogQuery | undefined, CatalogFacetsQuery | undefined],
  });

  private get _portal(): string | undefined {
    return resolvePortal(this, this.portal);
  }

  private get _client(): ExploreClient | undefined {
    const portal = this._portal;
    try {
      return portal ? getClient(portal, { apiKey: this.apiKey }) : undefined;
    } catch (e) {
      this.report(e);
      return undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sort') && this.sort !== this._view.sort) this._view = { ...this._view, sort: toCatalogSort(this.sort), page: 0 };
    if (changed.has('where') || changed.has('refine')) this._view = { ...this._view, page: 0 };
    // Queries are replaced only when their URL changes, so the task runs once per distinct request.
    const scope = { where: this.where, refine: this.refine };
    const list = catalogListQuery(scope, this._view, this.pageSize);
    if (list.key !== this._listQ?.key) this._listQ = list;
    const facets = catalogFacetsQuery(scope, this._view, parseFieldList(this.facets));
    if (facets?.key !== this._facetsQ?.key) this._facetsQ = facets;
  }

  private _set(patch: Partial<CatalogView>): void {
    this._view = { ...this._view, page: 0, ...patch };
  }

  private _renderResults(answer: CatalogAnswer, busy: boolean) {
    const portal = this._portal ?? '';
    const total = answer.page.total_count;
    const pages = pageCount(total, this.pageSize);
    const page = Math.min(this._view.page, pages - 1);
    const t = this.i18n.msg(catalogMessages);
    return html`<div class="results ${busy ? 'busy' : ''}" aria-busy=${busy ? 'true' : 'false'}>
      ${answer.page.results.length
        ? html`<ul part="list" class="list" aria-label=${t.listLabel}>
            ${repeat(answer.page.results, (d) => d.dataset_id, (d) => html`<li>${renderDataset(d, {
              headingLevel: this.headingLevel, pageUrl: portal ? datasetPageUrl(portal, d.dataset_id) : undefined,
              portalBase: new URL(portal || '/', document.baseURI).href, i18n: this.i18n,
            })}</li>`)}
          </ul>`
        : nothing}
      ${pages > 1
        ? html`<nav part="pagination" class="pagination" aria-label=${t.pagination}>
            <button type="button" part="page-button" aria-disabled=${page <= 0 ? 'true' : 'false'}
              @click=${() => page > 0 && this._set({ page: page - 1 })}>${t.previous}</button>
            <span>${t.pageOf(this.i18n.number(page + 1), this.i18n.number(pages))}</span>
            <button type="button" part="page-button" aria-disabled=${page >= pages - 1 ? 'true' : 'false'}
              @click=${() => page < pages - 1 && this._set({ page: page + 1 })}>${t.next}</button>
          </nav>`
        : nothing}
    </div>`;
  }

  override render() {
    try {
      if (!this._portal) return this.renderConfigError(new ConfigError('noPortal'));
      const t = this.i18n.msg(catalogMessages);
      const controls = renderCatalogControls({
        // A facet fixed by the page's scope is not offered: choosing another value would only widen or void it.
        view: this._view, facets: parseFieldList(this.facets).filter((f) => !parsePairs(this.refine).some(([k]) => k === f)), answer: this._task.value?.facets ?? this._shown?.facets,
        noSearch: this.noSearch, i18n: this.i18n,
        onChange: (patch) => this._set(patch),
      });
      const status = this._task.status;
      if (status === TaskStatus.ERROR) {
        this._shown = undefined;
        return html`${controls}${this.renderStatus(nothing)}${this.renderProblem(this._task.error, () => this._task.run())}`;
      }
      if (status === TaskStatus.COMPLETE && this._task.value) this._shown = this._task.value;
      const pending = status !== TaskStatus.COMPLETE;
      const shown = this._shown;
      if (!shown) {
        this.setDataState('loading');
        return html`${controls}${this.renderStatus(this.t.loading)}`;
      }
      const total = shown.page.total_count;
      this.setDataState(pending ? 'loading' : total ? 'ready' : 'empty');
      const count = t.count(total, this.i18n.number(total));
      return html`${controls}${this.renderStatus(pending ? this.updating(t.updating) : count)}${this._renderResults(shown, pending)}`;
    } catch (e) {
      return this.renderProblem(e);
    }
  }
}
