import { html, nothing } from 'lit';
import { ConfigError } from '../../core/config-error.js';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { DATE_PRESETS, boundsOf, isDay, todayIn, type DatePreset, type DateRange } from '../../core/date-range.js';
import { daterangeMessages } from './daterange.i18n.js';
import { dateRangeText, formatDay } from './date-text.js';
import styles from './daterange.styles.js';

let seq = 0;

/** `presets="upcoming,weekend"` → the known presets, in the given order (default: all of them). */
export function parsePresets(attr: string | null | undefined): DatePreset[] {
  if (attr === null || attr === undefined) return [...DATE_PRESETS];
  return attr.split(/[\s,;]+/).filter((p): p is DatePreset => (DATE_PRESETS as readonly string[]).includes(p));
}

/**
 * A date filter of a linked dataset: "Du / au" date inputs and presets (à venir, aujourd'hui, ce week-end, cette
 * semaine, ce mois-ci, cette année, passés), computed each time in the page's time zone. On one date field a
 * record matches when its date falls within the days; with `end-field`, when its span from `field` to `end-field`
 * overlaps them (a record without an end lasts one day). The filter is its own part of the visitor's view: it
 * composes with search and facets, shows as a chip in `<od-filters>` and is kept by `sync-url` (presets stay
 * relative in a shared link: "à venir" tomorrow means tomorrow's upcoming events).
 *
 * @summary Date range filter with presets.
 * @tag od-daterange
 * @csspart fieldset - The group.
 * @csspart legend - Its legend (`label`, else the field's label).
 * @csspart presets - The preset buttons' group.
 * @csspart preset - One preset button (`aria-pressed` tells the chosen one).
 * @csspart input - Each date input.
 * @csspart status - Polite announcement of the chosen period.
 * @csspart error - Configuration problem (unknown or non-date field) or loading error.
 * @csspart retry-button - Retry.
 */
export class OdDaterange extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** `id` of the `<od-dataset>` to filter, when the element is not inside it. */
  @property({ reflect: true }) source?: string;
  /** Date field to filter (the start date with `end-field`). */
  @property() field = '';
  /** Field of the last day: records match when their span overlaps the chosen days. */
  @property({ attribute: 'end-field' }) endField?: string;
  /** Legend of the group (default: the field's label). */
  @property() label?: string;
  /** Presets offered, comma separated, in order: `upcoming,today,weekend,week,month,year,past` (default all; `""` none). */
  @property() presets?: string;

  @state() private _announce = '';
  private _link = new DatasetLink(this);
  private _id = `od-daterange-${++seq}`;
  private _announceRev = -1;

  // Checks the fields against the schema (a wrong name would otherwise fail every linked widget's query).
  private _meta = new Task(this, {
    args: () => [this._link.context, this.field, this.endField] as const,
    task: async ([ctx, field, end], { signal }) => {
      if (!ctx || ctx.configError || !ctx.client) return undefined;
      const meta = await ctx.metadata(signal);
      const byName = new Map(meta.fields.map((f) => [f.name, f]));
      const bad = [field, end].filter((n): n is string => !!n && !['date', 'datetime'].includes(byName.get(n)?.type ?? ''));
      const dates = meta.fields.filter((f) => f.type === 'date' || f.type === 'datetime').map((f) => f.name);
      return { label: byName.get(field)?.label || field, bad, dates };
    },
  });

  protected override get configMessages() {
    return this._msg;
  }

  private get _msg() {
    return this.i18n.msg(daterangeMessages);
  }

  private _set(ctx: DatasetSource, range: DateRange | null, announce: string): void {
    this._announce = announce;
    ctx.setDateRange(this.field, range ? { ...(this.endField ? { end: this.endField } : {}), ...range } : null);
    this._announceRev = ctx.revision;
  }

  private _choose(ctx: DatasetSource, preset: DatePreset | null): void {
    const t = this._msg;
    if (!preset) this._set(ctx, null, t.cleared);
    else this._set(ctx, { preset }, t.applied(t[preset].toLocaleLowerCase()));
  }

  private _onInput(ctx: DatasetSource): void {
    const t = this._msg;
    const get = (k: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${this._id}-${k}`)?.value ?? '';
    let from = isDay(get('start')) ? get('start') : undefined;
    let to = isDay(get('end')) ? get('end') : undefined;
    let note = '';
    if (from && to && from > to) {
      [from, to] = [to, from];
      note = ` ${t.badOrder}`;
    }
    if (!from && !to) return this._set(ctx, null, t.cleared);
    const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    this._set(ctx, range, t.applied(dateRangeText(range, t, (d) => formatDay(d, this.i18n.locale))) + note);
  }

  override render() {
    return this.renderWithStatus(() => this._render());
  }

  private _render(): [string, unknown] {
    const linked = this.linkedContext(this._link);
    if ('problem' in linked) return ['', linked.problem];
    const { ctx } = linked;
    const t = this._msg;
    if (!this.field) return ['', this.renderConfigError(new ConfigError('unknownField'))];
    const task = this._meta;
    if (task.status === TaskStatus.ERROR) return ['', this.renderProblem(task.error, () => task.run())];
    const info = task.value;
    if (!info) {
      this.setDataState('loading');
      return [this.t.loading, nothing];
    }
    if (info.bad.length) return ['', this.renderConfigError(new ConfigError('notDate', info.bad.join(', '), info.dates))];
    this.setDataState('ready');
    const current = ctx.state.dates?.[this.field];
    const bounds = current ? boundsOf(current, todayIn()) : {};
    const presets = parsePresets(this.presets);
    const id = this._id;
    const announce = ctx.revision === this._announceRev ? this._announce : '';
    return [announce, html`<fieldset part="fieldset">
      <legend part="legend">${this.label || info.label}</legend>
      ${presets.length
        ? html`<div part="presets" class="presets" role="group" aria-label=${t.presets}>
            ${presets.map((p) => html`<button type="button" part="preset" aria-pressed=${current?.preset === p ? 'true' : 'false'}
              @click=${() => this._choose(ctx, current?.preset === p ? null : p)}>${t[p]}</button>`)}
            <button type="button" part="preset" aria-pressed=${current ? 'false' : 'true'} @click=${() => this._choose(ctx, null)}>${t.all}</button>
          </div>`
        : nothing}
      <div class="inputs">
        <span class="pair"><label for="${id}-start">${t.from}</label>
          <input part="input" type="date" id="${id}-start" .value=${bounds.from ?? ''} @change=${() => this._onInput(ctx)} /></span>
        <span class="pair"><label for="${id}-end">${t.to}</label>
          <input part="input" type="date" id="${id}-end" .value=${bounds.to ?? ''} @change=${() => this._onInput(ctx)} /></span>
      </div>
    </fieldset>`];
  }
}
