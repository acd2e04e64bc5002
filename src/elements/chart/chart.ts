import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { View } from 'vega';
import type { DatasetMetadata } from '../../api/index.js';
import { DatasetLink } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { ConfigError } from '../../core/config-error.js';
import { emit } from '../../core/events.js';
import { renderProvenance } from '../../core/provenance.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { checkFields, groupQuery, parseFields, toPoints, MAX_GROUPS, type ChartFields, type Point } from './aggregate.js';
import { SORTS, type SortOrder } from './arrange.js';
import { chartMessages } from './chart.i18n.js';
import { isChosen, renderActions, renderDataTable, refineValue } from './chart-parts.js';
import { buildModel, type ChartModel } from './model.js';
import { CHART_TYPES, buildSpec, type ChartType } from './spec.js';
import { ChartRenderer } from './renderer.js';
import { stackAndLabel } from './labels.js';
import styles from './chart.styles.js';

interface ChartData { meta: DatasetMetadata; fields: ChartFields; metas: ReturnType<typeof checkFields>; points: Point[] }

/**
 * A chart of one dataset drawn from a single server-side `group_by` query (the bytes fetched grow with the number
 * of groups, not with the dataset), linked to an `<od-dataset>` whose filters it follows live. Drawn as SVG by
 * vega-lite (loaded only when a chart is on the page) under a strict CSP, with a French label, a generated
 * summary, an adjacent data table, and downloads (PNG, SVG, CSV).
 *
 * @summary Accessible chart of server-side aggregates.
 * @tag od-chart
 * @fires od-chart-ready - The chart was drawn (after every new answer or resize). `detail`: `{ type, points }`.
 * @fires od-chart-select - A mark was clicked. `detail`: `{ field, value }` (the refine value of the category).
 * @csspart figure - The `<figure>` around everything.
 * @csspart title - The title in the caption.
 * @csspart provenance - Source, licence, update date and dataset link, in the caption.
 * @csspart caption-meta - Source and update date in the caption when `no-provenance` hides the provenance line.
 * @csspart plot - The drawing (role="img", labelled in the page's language).
 * @csspart tooltip - The tooltip shown over a mark.
 * @csspart summary - The generated text summary (min, max, latest value, trend).
 * @csspart actions - The row of buttons under the chart.
 * @csspart toggle-button - "Voir les données" (shows the data table).
 * @csspart downloads - The download buttons group; each button is `download-button`.
 * @csspart data - The region holding the data table; the table itself is `table`.
 * @csspart status - Live status line (loading, update).
 * @csspart error - Error message (with `retry-button`) or configuration problem.
 * @cssprop --od-chart-palette - Series colours, separated by spaces or commas (`#rrggbb`, `#rgb` or `rgb()`); each must reach 3:1 on the surface colour or it is ignored.
 * @cssprop --od-chart-title-size - Font size of the title (default `1.125em`).
 * @cssprop --od-chart-table-max-height - Height after which the data table scrolls (default `24rem`).
 */
export class OdChart extends OdElement {
  static override styles = [...OdElement.styles, provenanceStyles, styles];

  /** `id` of the `<od-dataset>` to chart, when the chart is not inside it. */
  @property({ reflect: true }) source?: string;
  /** `bar`, `line`, `area`, `pie`, `donut` or `scatter`. */
  @property({ reflect: true }) type: ChartType = 'bar';
  /** Category or time axis: a field name, or `year(f)`, `month(f)`, `day(f)` of a date field. */
  @property() x?: string;
  /** The value: `count(*)`, or `count|sum|avg|min|max|median(field)` (default `count(*)`). */
  @property() y = 'count(*)';
  /** A field whose values are drawn as separate series (colours plus dashes, shapes and direct labels). Ignored by pie and donut. */
  @property() series?: string;
  /** Bars drawn horizontally (long category names). */
  @property({ type: Boolean }) horizontal = false;
  /** Series stacked instead of side by side (bar; area charts always stack). */
  @property({ type: Boolean }) stacked = false;
  /** Order of categories: `value`, `-value`, `label`, `-label` (default: by label on ordered axes, else by decreasing value). */
  @property() sort?: SortOrder;
  /** Keep the N largest categories (with `series` on a line, an area or an ordered axis: the N largest series); the others are merged into one "Autres" bucket. */
  @property({ type: Number }) top?: number;
  /** Height of the plot in CSS pixels (default 320). */
  @property({ type: Number }) height = 320;
  /** Title shown in the caption and used as the plot's label (default: the dataset's title). Same as `title`, without the browser's tooltip. */
  @property() caption?: string;
  /** Title, as `caption` (the browser also shows it as a tooltip over the whole element). */
  @property() override title = '';
  /** Clicking a mark (or a category button in the data table) refines the linked dataset on that category. */
  @property({ type: Boolean, attribute: 'refine-on-click' }) refineOnClick = false;
  /** Hide the download buttons. */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;
  /** Shorten the caption's provenance line to source and update date (no licence, no link). */
  @property({ type: Boolean, attribute: 'no-provenance' }) noProvenance = false;

  @state() private _tableOpen = false;
  private _link = new DatasetLink(this);
  private _renderer = new ChartRenderer(this);
  private _model?: { inputs: string; data: ChartData; model: ChartModel; id: number };
  private _models = 0;

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision, this.x, this.y, this._arc ? undefined : this.series, this.refineOnClick] as const,
    task: async ([ctx, , x, y, series, clickable], { signal }): Promise<ChartData | typeof initialState> => {
      if (!ctx || ctx.configError || !ctx.client) return initialState;
      const fields = parseFields(x, y, series);
      const meta = await ctx.metadata(signal);
      const metas = checkFields(fields, meta.fields);
      // With click-to-refine the chart keeps every category (the chosen ones are highlighted).
      const base = await ctx.recordsQuery({ signal, withoutRefineOn: clickable ? fields.x.field : undefined });
      const rows = await ctx.client.groups(groupQuery(base, fields), { signal });
      return { meta, fields, metas, points: toPoints(rows, fields) };
    },
  });

  private get _arc(): boolean {
    return this.type === 'pie' || this.type === 'donut';
  }

  private get _msg() {
    return this.i18n.msg(chartMessages);
  }

  /** The drawn vega View, once rendered (for tests and advanced hosts; never put it on `window`). */
  get view(): View | undefined {
    return this._renderer.view;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._renderer.dispose();
  }

  protected override updated(): void {
    try {
      this._draw();
    } catch (e) {
      this.report(e, 'draw'); // never into the host page
    }
  }

  private _draw(): void {
    const model = this._model?.model;
    const plot = this.renderRoot.querySelector<HTMLElement>('.vega');
    const data = this._task.status === TaskStatus.ERROR ? undefined : this._task.value;
    if (!plot || !model || !data) return this._renderer.dispose();
    // Reserves the drawing's height before vega is loaded (no layout jump). CSSOM, allowed by a strict style-src.
    plot.parentElement!.style.minHeight = `${this.height}px`;
    const ctx = this._link.context;
    this._renderer.draw(plot, {
      key: String(this._model!.id),
      spec: (width) => buildSpec({ ...this._renderer.theme(), type: this.type, horizontal: this.horizontal, stacked: this.stacked,
        xKind: model.xKind, unit: data.fields.x.unit, series: !!model.arranged.series, xTitle: model.xTitle, yTitle: model.yTitle,
        seriesTitle: model.seriesTitle, description: model.label, shortLabels: model.shortLabels,
        arcLabelChars: Math.max(0, ...model.rows.map((r) => String(r.lr || r.ll || '').length)), width, height: this.height, clickable: this.refineOnClick }),
      rows: (width) => this._rows(model, data, width),
      onClick: (datum) => {
        const value = refineValue(data.fields, datum.k as string | null);
        if (value === undefined) return;
        emit(this, 'od-chart-select', { field: data.fields.x.field, value });
        if (this.refineOnClick) ctx?.toggleRefine(data.fields.x.field, value);
      },
      onReady: () => emit(this, 'od-chart-ready', { type: this.type, points: model.rows.length }),
    });
  }

  private _rows(model: ChartModel, data: ChartData, width: number): Record<string, unknown>[] {
    const rows = model.rows.map((r) => ({ ...r, sel: this._selected(data.fields, r.k as string | null) }));
    return this.type === 'line' || this.type === 'area' ? stackAndLabel(rows, { width, height: this.height, stacked: this.type === 'area' }) : rows;
  }

  private _selected(fields: ChartFields, key: string | null): boolean {
    return !this.refineOnClick || isChosen(this._link.context?.state.refine[fields.x.field], fields, key);
  }

  override render() {
    try {
      return this._render();
    } catch (error) {
      return this.renderProblem(error);
    }
  }

  protected override get configMessages() {
    return this._msg;
  }

  private _render() {
    const m = this._msg;
    const linked = this.linkedContext(this._link);
    if ('problem' in linked) return linked.problem;
    const { ctx } = linked;
    if (!(CHART_TYPES as readonly string[]).includes(this.type)) return this.renderConfigError(new ConfigError('badType', String(this.type)));
    const task = this._task;
    if (task.status === TaskStatus.ERROR) {
      this._model = undefined;
      return html`${this.renderStatus('')}${this.renderProblem(task.error, () => task.run())}`;
    }
    const data = task.value;
    if (!data) {
      this.setDataState('loading');
      return this.renderStatus(this.t.loading);
    }
    const busy = task.status === TaskStatus.PENDING;
    if (!data.points.length) {
      this._model = undefined;
      this.setDataState(busy ? 'loading' : 'empty');
      return this.renderStatus(busy ? m.updating : this.t.empty);
    }
    this.setDataState(busy ? 'loading' : 'ready');
    const model = this._modelFor(data);
    const d = data.meta.metas.default;
    const title = this.caption || this.title || d.title;
    const metaLine = [d.publisher ? `${this.t.source} : ${d.publisher}` : '', d.modified ? this.t.updated(this.i18n.date(d.modified)) : '']
      .filter(Boolean).join(' · ');
    const capped = data.points.length >= MAX_GROUPS ? m.tooMany(MAX_GROUPS) : '';
    return html`
      ${this.renderStatus(busy ? m.updating : capped)}
      <figure part="figure" aria-busy=${busy ? 'true' : 'false'}>
        <figcaption>
          <span part="title">${title}</span>
          ${this.noProvenance
            ? metaLine ? html`<span part="caption-meta">${metaLine}</span>` : nothing
            : renderProvenance(data.meta, ctx.portalDatasetUrl, this.i18n)}
        </figcaption>
        <div part="plot" class="plot" role="img" aria-label=${model.label} aria-describedby="summary">
          <div class="vega"></div>
          <div part="tooltip" hidden></div>
        </div>
        ${this._renderer.failed ? html`<p part="render-error" role="alert">${m.renderFailed}</p>` : nothing}
        <p id="summary" part="summary">${model.summary}</p>
        ${renderActions({ m, open: this._tableOpen, noDownload: this.noDownload || this._renderer.failed,
          onToggle: () => (this._tableOpen = !this._tableOpen), onDownload: (kind) => this._download(kind, model, data) })}
        ${renderDataTable({ model, open: this._tableOpen || this._renderer.failed, caption: m.dataOf(title), locale: this.i18n.locale, m,
          refine: this.refineOnClick ? { selected: (k) => this._selected(data.fields, k), toggle: (k) => this._refine(data.fields, k) } : undefined })}
      </figure>
    `;
  }

  private _refine(fields: ChartFields, key: string | null): void {
    const value = refineValue(fields, key);
    if (value !== undefined) this._link.context?.toggleRefine(fields.x.field, value);
  }

  /** The model is rebuilt only when its inputs change, so the drawing is not redone on every render. */
  private _modelFor(data: ChartData): ChartModel {
    const sort = this.sort && SORTS.includes(this.sort) ? this.sort : undefined;
    const own = this.caption || this.title;
    const inputs = [this.type, sort, this.top, this.i18n.lang, own, this.horizontal, this.stacked, this.height].join('|');
    if (this._model?.inputs === inputs && this._model.data === data) return this._model.model;
    const model = buildModel({ fields: data.fields, metas: data.metas, points: data.points, type: this.type, sort, top: this.top,
      locale: this.i18n.locale, t: this._msg, title: own || undefined });
    this._model = { inputs, data, model, id: ++this._models };
    return model;
  }

  private _download(kind: 'png' | 'svg' | 'csv', model: ChartModel, data: ChartData): void {
    this._renderer.download(kind, model.grid, `${data.meta.dataset_id || 'graphique'}-${this.type}`).catch((e) => this.report(e, 'download'));
  }
}
