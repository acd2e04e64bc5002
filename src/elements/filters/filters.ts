import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task } from '@lit/task';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { withLang } from '../../core/field-lang.js';
import { OdElement } from '../../core/od-element.js';
import { filtersMessages } from './filters.i18n.js';
import { baseChips, visitorChips, type Chip } from './filter-chips.js';
import { displayValue } from '../facets/facet-plan.js';
import styles from './filters.styles.js';
import { daterangeMessages } from '../daterange/daterange.i18n.js';
import { dateRangeText, formatDay } from '../daterange/date-text.js';

/**
 * The active filters of a linked dataset as chips: the visitor's search, choices and exclusions are buttons that
 * remove them ("Retirer le filtre Commune : Quimper"), with "Tout effacer"; the page's base filters are listed
 * apart and cannot be removed. Removing a chip keeps keyboard focus on the next chip.
 *
 * @summary Removable chips of the active filters.
 * @tag od-filters
 * @csspart list - The visitor's chips.
 * @csspart chip - One removable chip (a button).
 * @csspart clear-button - "Tout effacer".
 * @csspart base-list - The page's fixed filters.
 * @csspart base-chip - One of them.
 * @csspart status - Polite announcements (no filter, filter removed).
 * @csspart error - Configuration error.
 * @cssprop --od-filters-chip-background - Background of a chip (default `#eef0ff`).
 * @cssprop --od-filters-chip-color - Text colour of a chip (default the accent colour).
 */
export class OdFilters extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** Id of the `<od-dataset>` to follow; by default the closest enclosing one. */
  @property({ reflect: true }) source?: string;
  /** Hide the page's base filters (they still apply). */
  @property({ type: Boolean, attribute: 'hide-base' }) hideBase = false;

  @state() private _announce = '';
  private _link = new DatasetLink(this);
  private _focusIndex?: number;
  /** The context revision our last announcement belongs to: a later change (from another widget) clears it. */
  private _announceRev = -1;

  // Field labels only; without them chips show field names, so a failure is logged, not shown.
  private _labels = new Task(this, {
    task: async ([ctx], { signal }) => {
      if (!ctx || ctx.configError) return undefined;
      try {
        const meta = await ctx.metadata(signal);
        return new Map(meta.fields.map((f) => [f.name, { label: f.label || f.name, type: f.type }]));
      } catch (e) {
        this.report(e, 'libellés des champs');
        return undefined;
      }
    },
    args: () => [this._link.context] as [DatasetSource | undefined],
  });

  protected override updated(): void {
    if (this._focusIndex !== undefined) {
      const chips = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
      const target = chips[Math.min(this._focusIndex, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.root');
      this._focusIndex = undefined;
      target?.focus();
    }
  }

  private _labelOf = (field: string): string => this._labels.value?.get(field)?.label ?? field;
  private _valueOf = (field: string, value: string): string => {
    const t = this.i18n.msg(filtersMessages);
    return displayValue(this._labels.value?.get(field)?.type, value, t.yes, t.no);
  };

  /**
   * `text` (a chip's label or name) with the chip's value marked in its language. The chip's name is its hidden
   * text, not an `aria-label`, so that the value's `lang` reaches screen readers.
   */
  private _inLang(ctx: DatasetSource, c: Chip, text: string) {
    return withLang(text, c.value?.text, c.value && this.langOf(ctx, c.value.field));
  }

  private _remove(ctx: DatasetSource, chip: Chip, index: number): void {
    const r = chip.remove;
    if (!r) return;
    this._focusIndex = index;
    this._announce = this.i18n.msg(filtersMessages).removed(chip.label);
    if (r.kind === 'q') ctx.setQuery('');
    else if (r.kind === 'date') ctx.setDateRange(r.field, null);
    else if (r.kind === 'refine') ctx.toggleRefine(r.field, r.value, false);
    else ctx.toggleExclude(r.field, r.value, false);
    this._announceRev = ctx.revision;
  }

  private _clear(ctx: DatasetSource): void {
    this._focusIndex = 0;
    this._announce = this.i18n.msg(filtersMessages).cleared;
    ctx.clear();
    this._announceRev = ctx.revision;
  }

  override render() {
    try {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return linked.problem;
      const { ctx } = linked;
      const t = this.i18n.msg(filtersMessages);
      const dt = this.i18n.msg(daterangeMessages);
      const chips = visitorChips(ctx.state, this._labelOf, t, this._valueOf, (_f, r) => dateRangeText(r, dt, (d) => formatDay(d, this.i18n.locale)));
      const base = this.hideBase
        ? []
        : baseChips({
            q: ctx.getAttribute('q'), where: ctx.getAttribute('where'), refine: ctx.getAttribute('refine'),
            exclude: ctx.getAttribute('exclude'), commune: ctx.getAttribute('commune'),
          }, this._labelOf, t, this._valueOf);
      this.setDataState(chips.length ? 'ready' : 'empty');
      const own = ctx.revision === this._announceRev ? this._announce : '';
      const announce = chips.length ? own : [own, t.none].filter(Boolean).join(' ');
      return html`<div class="root" tabindex="-1" role="group" aria-label=${t.groupLabel}>
        ${chips.length
          ? html`<ul part="list" class="chips">
              ${repeat(chips, (c) => c.key, (c, i) => html`<li>
                <button type="button" part="chip" class="chip" @click=${() => this._remove(ctx, c, i)}>
                  <span class="od-visually-hidden">${this._inLang(ctx, c, t.remove(c.label))}</span>
                  <span aria-hidden="true">${this._inLang(ctx, c, c.label)}</span><span class="x" aria-hidden="true">×</span>
                </button>
              </li>`)}
              <li><button type="button" part="clear-button" class="clear" @click=${() => this._clear(ctx)}>${t.clearAll}</button></li>
            </ul>`
          : nothing}
        ${this.renderStatus(announce)}
        ${base.length
          ? html`<div class="base"><span class="base-title">${t.baseLabel}</span>
              <ul part="base-list" class="chips">
                ${base.map((c) => html`<li part="base-chip" class="chip base-chip">${this._inLang(ctx, c, c.label)}</li>`)}
              </ul></div>`
          : nothing}
      </div>`;
    } catch (e) {
      return this.renderProblem(e);
    }
  }
}
