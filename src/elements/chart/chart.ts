import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { View } from 'vega';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { ConfigError } from '../../core/config-error.js';
import { emit } from '../../core/events.js';
import { renderProvenance } from '../../core/provenance.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { MAX_GROUPS, type ChartFields } from './aggregate.js';
import { OTHER, SORTS, type SortOrder } from './arrange.js';
import { chartMessages } from './chart.i18n.js';
import { isChosen, renderActions, renderDataTable, refineValue } from './chart-parts.js';
import { buildModel, type ChartModel } from './model.js';
import { CHART_TYPES, buildSpec, type ChartType } from './spec.js';
import { ChartRenderer } from './renderer.js';
import { stackAndLabel } from './labels.js';
import { MIN_PLOT, layout, type Layout } from './layout.js';
import { GuideError, parseAnnotations, parseReferences } from './guides.js';
import { loadMany, loadOne, type ChartData } from './load.js';
import { mutedFill, paint } from './palette.js';
import { SourcesLink } from './sources.js';
import { treemapRows, treemapSpec } from './treemap.js';
import styles from './chart.styles.js';

/**
 * A chart of one dataset drawn from a single server-side `group_by` query (the bytes fetched grow with the number
 * of groups, not with the dataset), linked to an `<od-dataset>` whose filters it follows live. Drawn as SVG by
 * vega-lite (loaded only when a chart is on the page) under a strict CSP, with a French label, a generated
 * summary, an adjacent data table, and downloads (PNG, SVG, CSV).
 *
 * @summary Accessible chart of server-side aggregates.
 * @tag od-chart
 * On a narrow screen the chart is rearranged rather than shrunk: the plot keeps at least 180 px of height, labels
 * are ellipsised (full text in the tooltip, the table and the summary), vertical bars whose names do not fit turn
 * horizontal, legends go below, and a pie whose slices are too thin to label is drawn as bars.
 *
 * @fires od-chart-ready - The chart was drawn (after every new answer or resize). `detail`: `{ type, points, drawnAs }` (`drawnAs`: the type actually drawn, e.g. `bar` for a pie too thin to label).
 * @fires od-chart-select - A mark was clicked. `detail`: `{ field, value }` (the refine value of the category).
 * @csspart figure - The `<figure>` around everything.
 * @csspart title - The title in the caption.
 * @csspart provenance - Source, licence, update date and dataset link, in the caption.
 * @csspart caption-meta - Source and update date in the caption when `no-provenance` hides the provenance line.
 * @csspart plot - The drawing (role="img", labelled in the page's language).
 * @csspart tooltip - The tooltip shown over a mark.
 * @csspart summary - The generated text summary (min, max, latest value, trend, references and marks).
 * @csspart sources - With `sources`: the list of source lines, one per series; each item is `source-line`.
 * @csspart note - Under the data table: the reference values and the marked points.
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
  /** `bar`, `line`, `area`, `pie`, `donut`, `scatter` or `treemap` (part of a whole as nested rectangles, e.g. a budget by function). */
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
  /** With `top`: `show` (default) draws the merged categories as one "Autres" bar, slice or series, last and in grey (the summary says how many it holds); `hide` leaves it out (the summary says how many are not shown). */
  @property() others?: string;
  /** Reference values drawn as labelled horizontal rules, `value:label` separated by `;`, e.g. `50000:Seuil`. Repeated in the summary and under the data table. */
  @property() reference?: string;
  /** Marked points of the x axis with a short label, `value:label` separated by `;`, e.g. `2020:Covid`. Repeated in the summary and under the data table. */
  @property() annotate?: string;
  /**
   * Several linked contexts on one shared x axis: `<od-dataset>` ids separated by spaces, one series each, named by
   * each context's `title` attribute (else its id), e.g. `sources="pop-quimper pop-qbo"`. Each series keeps its own
   * source line. Replaces `source` and `series`; `x` and `y` apply to every context.
   */
  @property({ reflect: true }) sources?: string;
  /** Approximate height of the drawing in CSS pixels (default 320); the plot area itself never gets below 180 px. */
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
  private _many = new SourcesLink(this);
  private _renderer = new ChartRenderer(this);
  private _model?: { inputs: string; data: ChartData; model: ChartModel; id: number };
  private _models = 0;
  private _drawn?: Layout;

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision, this._many.contexts, this._many.revision, this.x, this.y,
      this._whole ? undefined : this.series, this.refineOnClick && !this._multi] as const,
    task: async ([ctx, , many, , x, y, series, clickable], { signal }): Promise<ChartData | typeof initialState> => {
      if (this._multi) {
        if (!many.length || this._many.missing.length || many.some((c) => c.configError || !c.client)) return initialState;
        return loadMany(many, x, y, signal);
      }
      if (!ctx || ctx.configError || !ctx.client) return initialState;
      return loadOne(ctx, x, y, series, clickable, signal);
    },
  });

  /** Part-of-whole charts have no series. */
  private get _whole(): boolean {
    return this.type === 'pie' || this.type === 'donut' || this.type === 'treemap';
  }

  private get _multi(): boolean {
    return !!SourcesLink.ids(this.sources);
  }

  private get _msg() {
    return this.i18n.msg(chartMessages);
  }

  /** The drawn vega View, once rendered (for tests and advanced hosts; never put it on `window`). */
  get view(): View | undefined {
    return this._renderer.view;
  }

  /** How the last drawing was laid out (type drawn, orientation, plot height), for tests and advanced hosts. */
  get drawn(): Pick<Layout, 'type' | 'horizontal' | 'plotHeight'> | undefined {
    return this._drawn;
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
    // Reserves the drawing's height until the first drawing (no layout jump), then leaves it to the drawing itself
    // (no empty band under a short one). CSSOM, allowed by a strict style-src.
    plot.parentElement!.style.minHeight = this._renderer.view ? '' : `${Math.max(this.height, MIN_PLOT)}px`;
    const ctx = this._multi ? undefined : this._link.context;
    const clickable = this.refineOnClick && !this._multi;
    let fit: { key: string; l: Layout } | undefined;
    const at = (width: number) => {
      const key = `${width} ${this._renderer.spacing.letter} ${this._renderer.spacing.word}`;
      return fit?.key === key ? fit.l : (fit = { key, l: (this._drawn = this._layout(model, width)) }).l;
    };
    this._renderer.draw(plot, {
      key: String(this._model!.id),
      spec: (width) => {
        const l = at(width), theme = this._renderer.theme();
        if (l.type === 'treemap') return treemapSpec({ ...theme, width, height: l.plotHeight, description: model.label, clickable });
        const other = mutedFill(theme.background, theme.muted);
        return buildSpec({ ...theme, type: l.type, horizontal: l.horizontal, stacked: this.stacked,
          xKind: model.xKind, unit: data.fields.x.unit, series: !!model.arranged.series, xTitle: l.xTitle, yTitle: l.yTitle,
          seriesTitle: model.seriesTitle, description: model.label, shortLabels: model.shortLabels, width, height: l.plotHeight, clickable,
          integer: data.fields.y.fn === 'count', labelLimit: l.labelLimit, endLabels: l.endLabels, legendColumns: l.legendColumns, legendLabelLimit: l.legendLabelLimit,
          radius: l.radius, arcRoom: l.arcRoom, references: model.refs.length > 0, annotations: model.notes.length > 0,
          seriesColors: model.arranged.series?.map((s, k) => (s === OTHER ? other : theme.colors[k % theme.colors.length])) });
      },
      rows: (width) => this._rows(model, data, at(width), width),
      data: () => ({ refs: model.refs, notes: model.notes }),
      onClick: (datum) => {
        const value = refineValue(data.fields, datum.k as string | null);
        if (value === undefined || this._multi) return;
        emit(this, 'od-chart-select', { field: data.fields.x.field, value });
        if (this.refineOnClick) ctx?.toggleRefine(data.fields.x.field, value);
      },
      onReady: () => {
        plot.parentElement!.style.minHeight = '';
        emit(this, 'od-chart-ready', { type: this.type, points: model.rows.length, drawnAs: fit?.l.type ?? this.type });
      },
    });
  }

  private _layout(model: ChartModel, width: number): Layout {
    const total = model.rows.reduce((a, r) => a + Math.max(0, Number(r.y) || 0), 0);
    const slices = [...model.rows].sort((a, b) => Number(a.o) - Number(b.o))
      .map((r) => ({ share: total ? Math.max(0, Number(r.y) || 0) / total : 0, label: String(r.lr || r.ll || '') }));
    return layout({ type: this.type, horizontal: this.horizontal, stacked: this.stacked, width, height: this.height,
      categories: model.categoryLabels, series: model.seriesLabels, xKind: model.xKind, xTitle: model.xTitle, yTitle: model.yTitle, slices,
      spacing: this._renderer.spacing.letter + this._renderer.spacing.word / 6 });
  }

  private _rows(model: ChartModel, data: ChartData, l: Layout, width: number): Record<string, unknown>[] {
    const theme = this._renderer.theme();
    const rows = paint(model.rows.map((r): Record<string, unknown> => ({ ...r, sel: this._selected(data.fields, r.k as string | null) })),
      { colors: theme.colors, other: mutedFill(theme.background, theme.muted), perCategory: this._whole, isOther: (r) => r.k === OTHER });
    if (l.type === 'treemap') return treemapRows(rows, (v) => new Intl.NumberFormat(this.i18n.locale, { maximumFractionDigits: 2 }).format(v));
    return l.type === 'line' || l.type === 'area' ? stackAndLabel(rows, { width, height: l.plotHeight, stacked: l.type === 'area' }) : rows;
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
    let ctx: DatasetSource | undefined;
    if (this._multi) {
      if (this._many.missing.length) return this.renderConfigError(new ConfigError('noSource', this._many.missing.join(' ')));
      const bad = this._many.contexts.find((c) => c.configError)?.configError;
      if (bad) return this.renderConfigError(new ConfigError(bad));
    } else {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return linked.problem;
      ctx = linked.ctx;
    }
    if (!(CHART_TYPES as readonly string[]).includes(this.type)) return this.renderConfigError(new ConfigError('badType', String(this.type)));
    if (this.others && this.others !== 'show' && this.others !== 'hide') return this.renderConfigError(new ConfigError('badOthers', this.others));
    try {
      this._guides();
    } catch (e) {
      if (e instanceof GuideError) return this.renderConfigError(new ConfigError(e.key, e.detail));
      throw e;
    }
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
      return this.renderStatus(busy ? this.updating(m.updating) : this.t.empty);
    }
    this.setDataState(busy ? 'loading' : 'ready');
    const model = this._modelFor(data);
    const d = data.meta.metas.default;
    const title = this.caption || this.title || d.title;
    const metaLine = [d.publisher ? `${this.t.source} : ${d.publisher}` : '', d.modified ? this.t.updated(this.i18n.date(d.modified)) : '']
      .filter(Boolean).join(' · ');
    const capped = data.points.length >= MAX_GROUPS ? m.tooMany(this.i18n.number(MAX_GROUPS)) : '';
    return html`
      ${this.renderStatus(busy ? this.updating(m.updating) : capped)}
      <figure part="figure" aria-busy=${busy ? 'true' : 'false'}>
        <figcaption>
          <span part="title">${title}</span>
          ${data.sources
            ? html`<ul part="sources">${data.sources.map((src) => html`<li part="source-line"><span class="series-name">${src.name} :</span>
                ${renderProvenance(src.meta, this.noProvenance ? undefined : src.url, this.i18n)}</li>`)}</ul>`
            : this.noProvenance
            ? metaLine ? html`<span part="caption-meta">${metaLine}</span>` : nothing
            : renderProvenance(data.meta, ctx?.portalDatasetUrl, this.i18n)}
        </figcaption>
        <div part="plot" class="plot" role="img" aria-label=${model.label} aria-details="summary">
          <div class="vega"></div>
          <div part="tooltip" hidden></div>
        </div>
        ${this._renderer.failed ? html`<p part="render-error" role="alert">${m.renderFailed}</p>` : nothing}
        <p id="summary" part="summary">${model.summary}</p>
        ${renderActions({ m, title, open: this._tableOpen, noDownload: this.noDownload || this._renderer.failed,
          onToggle: () => (this._tableOpen = !this._tableOpen), onDownload: (kind) => this._download(kind, model, data) })}
        ${renderDataTable({ model, open: this._tableOpen || this._renderer.failed, caption: m.dataOf(title), locale: this.i18n.locale, m, lang: this.x ? this.langOf(ctx, this.x) : undefined,
          note: model.guideText, refine: this.refineOnClick && !this._multi ? { selected: (k) => this._selected(data.fields, k), toggle: (k) => this._refine(data.fields, k) } : undefined })}
      </figure>
    `;
  }

  private _guides() {
    return { references: parseReferences(this.reference), annotations: parseAnnotations(this.annotate) };
  }

  private _refine(fields: ChartFields, key: string | null): void {
    const value = refineValue(fields, key);
    if (value !== undefined) this._link.context?.toggleRefine(fields.x.field, value);
  }

  /** The model is rebuilt only when its inputs change, so the drawing is not redone on every render. */
  private _modelFor(data: ChartData): ChartModel {
    const sort = this.sort && SORTS.includes(this.sort) ? this.sort : undefined;
    const own = this.caption || this.title;
    const inputs = [this.type, sort, this.top, this.i18n.lang, own, this.horizontal, this.stacked, this.height, this.others,
      this.reference, this.annotate].join('|');
    if (this._model?.inputs === inputs && this._model.data === data) return this._model.model;
    const model = buildModel({ fields: data.fields, metas: data.metas, points: data.points, type: this.type, sort, top: this.top,
      locale: this.i18n.locale, t: this._msg, title: own || undefined, others: this.others === 'hide' ? 'hide' : 'show', ...this._guides() });
    this._model = { inputs, data, model, id: ++this._models };
    return model;
  }

  private _download(kind: 'png' | 'svg' | 'csv', model: ChartModel, data: ChartData): void {
    this._renderer.download(kind, model.grid, `${data.meta.dataset_id || 'graphique'}-${this.type}`).catch((e) => this.report(e, 'download'));
  }
}
