import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { DatasetLink } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { clampPageSize, fetchCount, pageCount } from './pager-model.js';
import { pagerMessages } from './pager.i18n.js';
import { pagerStyles, renderPager } from './pager-view.js';

/**
 * Pagination of a dataset context, for pages that place it apart from the table (give the table `no-pager`).
 * It reads the number of records with the same count query as `<od-search>` and `count(*)` KPIs, so it adds no
 * request of its own, and changes the context's page: every linked table follows.
 *
 * @summary Pagination linked to an `<od-dataset>`.
 * @tag od-pager
 * @csspart pager - The `<nav>`.
 * @csspart pager-button - Every button; also `pager-previous`, `pager-next`, `pager-current`.
 * @csspart pager-note - The note shown when the API's 10 000-row window hides later pages.
 * @csspart status - "Page 2 sur 14", announced politely.
 * @csspart error - Error message with its retry button.
 * @csspart retry-button - The retry button.
 */
export class OdPager extends OdElement {
  static override styles = [...OdElement.styles, pagerStyles];

  /** `id` of the `<od-dataset>` to page, when the pager is not inside it. */
  @property({ reflect: true }) source?: string;
  /**
   * Rows per page, 1 to 100. Default: the linked `<od-dataset>`'s `page-size`, else 10 (set it once
   * on the context and a table with `no-pager` and its `<od-pager>` always agree).
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /** What is paged, for the navigation's name "Pagination : …" (default: the dataset's title). */
  @property() label?: string;

  private _link = new DatasetLink(this);

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision] as const,
    task: async ([ctx], { signal }) => {
      if (!ctx || ctx.configError || !ctx.client) return initialState;
      const [total, meta] = await Promise.all([fetchCount(ctx, signal), ctx.metadata(signal)]);
      return { total, title: meta.metas.default.title };
    },
  });

  private _pageSize(): number {
    return clampPageSize(this.pageSize ?? this._link.context?.pageSize ?? NaN);
  }

  // The status line is always the first node of one template.
  override render() {
    return this.renderWithStatus(() => this._render());
  }

  private _render(): [string, unknown] {
    const answer = this.linkedData(this._link, this._task);
    if ('show' in answer) return answer.show;
    const { ctx, data, busy } = answer;
    this.setDataState(busy ? 'loading' : data.total ? 'ready' : 'empty');
    const { pages, capped } = pageCount(data.total, this._pageSize());
    const current = Math.min(ctx.state.page, pages - 1);
    const t = this.i18n.msg(pagerMessages);
    return [
      pages > 1 ? t.pageOf(this.i18n.number(current + 1), this.i18n.number(pages)) : '',
      html`<div aria-busy=${busy ? 'true' : 'false'}>
        ${renderPager({ current, pages, capped, name: this.label || data.title, i18n: this.i18n, onPage: (p) => ctx.setPage(p) })}
      </div>`,
    ];
  }
}
