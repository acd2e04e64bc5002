import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, initialState } from '@lit/task';
import { aggregateExpr, checkAggregate, getClient, parseAggregate, records, ungroupedValue, type AggregateFn, type DatasetMetadata, type FieldMeta, type ExploreClient, type RecordsQuery } from '../../api/index.js';
import { DatasetLink } from '../../core/dataset-link.js';
import { formatValue } from '../../core/format.js';
import { OdElement } from '../../core/od-element.js';
import { ConfigError } from '../../core/config-error.js';
import { datasetPageUrl, resolvePortal } from '../../core/portal.js';
import { renderProvenance } from '../../core/provenance.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { kpiMessages, type KpiMessages } from './kpi.i18n.js';
import { parseThresholds, periodQuery, periodsWanted, sparklineLength, toPeriods, type Period, type Threshold } from './compare.js';
import { renderChange, renderSparkline, renderThreshold } from './kpi-parts.js';
import styles from './kpi.styles.js';

const KPI_FNS: readonly AggregateFn[] = ['count', 'sum', 'avg', 'min', 'max'];

interface KpiData {
  value: number | null;
  /** A date result (min/max of a date field), formatted at render time in the element's language. */
  date?: string;
  field?: FieldMeta;
  meta: DatasetMetadata;
  pageUrl?: string;
  /** With `compare-field`: values per period, latest first (the value shown is the latest). */
  periods?: Period[];
}

/**
 * One key figure of a dataset: a count, sum, average, minimum or maximum, computed by the portal over the records
 * of the current view (it follows the linked context's filters), written the French way with a label and a unit.
 * It reads a context (`source` or an ancestor `<od-dataset>`) or, with `dataset`, its own portal and dataset.
 *
 * @summary Key figure (aggregate) of a dataset.
 * @tag od-kpi
 * @csspart kpi - The card.
 * @csspart value - The figure with its unit.
 * @csspart unit - The unit.
 * @csspart label - The label under the figure.
 * @csspart status - Loading / updating line.
 * @csspart error - Error or configuration message.
 * @csspart retry-button - The retry button of an error.
 * @csspart provenance - The source / licence / update line.
 * @csspart period - With `compare-field`: the period of the figure (« en 2023 »).
 * @csspart change - With `compare-field`: arrow and words of the change against the previous period (classes `up`, `down`, `flat`).
 * @csspart threshold - With `thresholds`: the state reached, in words and colour (classes `top`, `reached`, `below`).
 * @csspart sparkline - With `sparkline`: the small trend (hidden from assistive technologies) and its values as hidden text.
 * @cssprop --od-kpi-success - Colour of a reached top threshold (default `#18753c`, 5.4:1 on white; keep 4.5:1 on your surface).
 * @cssprop --od-kpi-warning - Colour of a missed threshold (default `#b34000`, 5.7:1 on white; keep 4.5:1 on your surface).
 * @cssprop --od-kpi-value-size - Size of the figure (default `2.25em`).
 * @cssprop --od-kpi-value-color - Colour of the figure (default: the accent colour).
 * @cssprop --od-kpi-bar-width - Width of the accent bar at the start of the card (default `4px`; `0` hides it).
 * @cssprop --od-kpi-padding - Padding of the card.
 */
export class OdKpi extends OdElement {
  static override styles = [...OdElement.styles, provenanceStyles, styles];

  /** `id` of the `<od-dataset>` whose view the figure follows. */
  @property({ reflect: true }) source?: string;
  /** Own portal (when not linked to a context); defaults to the page's `<meta name="od-portal">`. */
  @property() portal?: string;
  /** Own dataset identifier: the KPI then ignores any context and reads this dataset. */
  @property({ attribute: 'dataset' }) datasetId?: string;
  /** Extra ODSQL filter of this figure (added to the context's filters when linked). */
  @property() where?: string;
  /** The aggregate: `count(*)` (default), `sum(field)`, `avg(field)`, `min(field)`, `max(field)`; min/max of a date field show a date. */
  @property() value = 'count(*)';
  /** Text under the figure, e.g. "Places de covoiturage". */
  @property() label?: string;
  /** Unit written after the figure, e.g. "places" or "€". */
  @property() unit?: string;
  /** Number of decimals shown (default: none for counts, up to 2 otherwise). */
  @property({ type: Number }) decimals?: number;
  /** A year, or a date field (cut by year): the figure is the latest period's, with its change against the previous one, e.g. `compare-field="millesime"`. */
  @property({ attribute: 'compare-field' }) compareField?: string;
  /** States given by the figure, `value:label` separated by `;`, e.g. `80:Objectif atteint`: the highest one reached is written (and coloured); below all, the lowest is named as not reached. */
  @property() thresholds?: string;
  /** With `compare-field`: a small trend of the last periods (`sparkline` alone: 5; `sparkline="8"`: 8). Hidden from screen readers, its values are in hidden text. */
  @property() sparkline?: string;
  /** Hide the provenance line. */
  @property({ type: Boolean, attribute: 'no-provenance' }) noProvenance = false;

  private _link = new DatasetLink(this);

  private _task = new Task(this, {
    // With its own dataset the figure ignores the context's changes.
    args: () => [this.datasetId ? undefined : this._link.context, this.datasetId ? 0 : this._link.revision,
      this.datasetId, this.portal, this.where, this.value, this.compareField, this.sparkline] as const,
    task: async ([ctx, , own, portal, where, value, compare, spark], { signal }): Promise<KpiData | typeof initialState> => {
      const agg = parseAggregate(value, KPI_FNS);
      if (!agg) return initialState;
      let client: ExploreClient | undefined;
      let base: RecordsQuery;
      let meta: Promise<DatasetMetadata>;
      let pageUrl: string | undefined;
      if (own) {
        const p = resolvePortal(this, portal);
        if (!p) return initialState;
        client = getClient(p);
        base = records(own);
        meta = client.dataset(own, { signal });
        pageUrl = datasetPageUrl(p, own);
      } else {
        if (!ctx || ctx.configError || !ctx.client) return initialState;
        client = ctx.client;
        base = await ctx.recordsQuery({ signal });
        meta = ctx.metadata(signal);
        pageUrl = ctx.portalDatasetUrl;
      }
      const q = base.where(where);
      if (compare) {
        const m = await meta;
        const f = m.fields.find((x) => x.name === compare);
        if (!f || (agg.field && !m.fields.some((x) => x.name === agg.field))) throw Object.assign(new Error(f ? agg.field : compare), { kind: 'unknown-field' });
        const periods = toPeriods(await client.groups(periodQuery(q, agg, f, periodsWanted(sparklineLength(spark))), { signal }));
        return { value: periods[0]?.value ?? null, meta: m, pageUrl, periods };
      }
      if (agg.fn === 'count' && !agg.field) {
        // Same query as the pager's and the search's count: shared, not repeated.
        const [page, m] = await Promise.all([client.records(q.limit(0), { signal }), meta]);
        return { value: Number(page.total_count ?? 0), meta: m, pageUrl };
      }
      const m = await meta;
      // The schema decides before the portal does: a real portal answers 400 to sum()/avg() of text.
      const problem = checkAggregate(agg, m.fields);
      if (problem) throw ConfigError.aggregate(problem, m.fields.map((x) => x.name));
      const f = m.fields.find((x) => x.name === agg.field)!;
      // The aggregate repeats once per matching record: one row is enough, and none means no data.
      const rows = await client.groups(q.select(`${aggregateExpr(agg)} as value`).limit(1), { signal });
      const raw = ungroupedValue(rows, 'value');
      if (raw === null && agg.fn === 'count') return { value: 0, meta: m, pageUrl };
      if (raw === null || raw === undefined || raw === '') return { value: null, meta: m, pageUrl };
      // min/max of a date ("last update") stays a date, written the French way.
      if ((f.type === 'date' || f.type === 'datetime') && agg.fn !== 'count') return { value: null, date: String(raw), field: f, meta: m, pageUrl };
      return { value: Number(raw), meta: m, pageUrl };
    },
  });

  /** Change, threshold state and sparkline (kpi-parts.ts). */
  private _extras(data: KpiData, thresholds: Threshold[], m: KpiMessages) {
    const num = (v: number, o?: Intl.NumberFormatOptions) => this.i18n.number(v, o);
    const spark = sparklineLength(this.sparkline);
    return html`${data.periods ? renderChange(data.periods, m, num) : nothing}
      ${data.value !== null && Number.isFinite(data.value) ? renderThreshold(data.value, thresholds, m, num) : nothing}
      ${spark && data.periods ? renderSparkline(data.periods.slice(0, spark), m, num) : nothing}`;
  }

  // The status line is always the first node of one template.
  override render() {
    return this.renderWithStatus(() => this._render());
  }

  protected override get configMessages() {
    return this.i18n.msg(kpiMessages);
  }

  private _render(): [string, unknown] {
    const m = this.i18n.msg(kpiMessages);
    const agg = parseAggregate(this.value, KPI_FNS);
    if (!agg) return ['', this.renderConfigError(new ConfigError('badValue', this.value))];
    const thresholds = parseThresholds(this.thresholds);
    if (!thresholds) return ['', this.renderConfigError(new ConfigError('badThresholds', this.thresholds ?? ''))];
    if (!this.datasetId) {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return ['', linked.problem];
    } else if (!resolvePortal(this, this.portal)) return ['', this.renderConfigError(new ConfigError('noPortal'))];
    const answer = this.taskData(this._task);
    if ('show' in answer) return answer.show;
    const { data, busy } = answer;
    const empty = data.date === undefined && (data.value === null || !Number.isFinite(data.value));
    this.setDataState(busy ? 'loading' : empty ? 'empty' : 'ready');
    const digits = this.decimals !== undefined && Number.isFinite(this.decimals)
      ? { minimumFractionDigits: Math.max(0, Math.min(20, this.decimals)), maximumFractionDigits: Math.max(0, Math.min(20, this.decimals)) }
      : { maximumFractionDigits: agg.fn === 'count' ? 0 : 2 };
    return [busy ? this.updating(m.updating) : '', html`
      <div part="kpi" class=${busy ? 'busy' : ''} aria-busy=${busy ? 'true' : 'false'}>
        <p part="value" class=${empty ? 'no-value' : ''}>
          ${empty
            ? m.noValue
            : data.date !== undefined && data.field
            ? formatValue(data.date, data.field, { lang: this.i18n.lang }).text
            : html`${this.i18n.number(data.value as number, digits)}${this.unit ? html`\u202f<span part="unit">${this.unit}</span>` : nothing}`}
        </p>
        ${this.label ? html`<p part="label">${this.label}</p>` : nothing}
        ${data.periods?.length ? html`<p part="period">${m.period(data.periods[0].period)}</p>` : nothing}
        ${this._extras(data, thresholds, m)}
      </div>
      ${this.noProvenance ? nothing : renderProvenance(data.meta, data.pageUrl, this.i18n)}
    `];
  }
}
