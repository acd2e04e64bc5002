import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { DatasetLink, type DatasetSource } from '../../core/dataset-link.js';
import { ConfigError } from '../../core/config-error.js';
import { withLang } from '../../core/field-lang.js';
import { OdElement } from '../../core/od-element.js';
import { displayValue, shownValues, type ShownValue } from '../facets/facet-plan.js';
import { filterValues, moveActive } from './select-model.js';
import { selectMessages } from './select.i18n.js';
import styles from './select.styles.js';

let seq = 0;

interface SelectData { label: string; type?: string; values: ShownValue[] }

/**
 * One facet as a drop-down, for fields with many values (communes, domains): a native `<select>` for one choice,
 * or with `multiple` an accessible combobox (WAI-ARIA APG pattern: type to filter the values, arrows to move,
 * Enter to tick, Escape to close) whose ticked values combine with OR. Counts come from `/facets` and leave out
 * this field's own choices (disjunctive), so the list never shrinks to what is chosen; other filters, and other
 * selects on the same context, narrow it.
 *
 * @summary Facet drop-down: native select, or a searchable multi-choice combobox.
 * @tag od-select
 * @csspart label - The field's label.
 * @csspart select - The native `<select>` (single choice).
 * @csspart input - The combobox's text input (`multiple`).
 * @csspart listbox - The list of values (`multiple`).
 * @csspart option - One value of the list; ticked ones have `aria-selected="true"`.
 * @csspart count - A value's count.
 * @csspart chosen - The ticked values, each a button that removes it.
 * @csspart status - Polite announcements (number of matching values, updates).
 * @csspart error - Error message or configuration problem.
 * @csspart retry-button - Retry.
 * @cssprop --od-select-max-height - Height after which the list of values scrolls (default `16rem`).
 */
export class OdSelect extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** `id` of the `<od-dataset>` to filter, when the element is not inside it. */
  @property({ reflect: true }) source?: string;
  /** Field whose values are offered. */
  @property() field = '';
  /** Label (default: the field's label in the schema). */
  @property() label?: string;
  /** Several values at once (a combobox with a search box), combined with OR. */
  @property({ type: Boolean }) multiple = false;
  /** Order of the values: `alphanum` (default) or `-count` (most frequent first). */
  @property() sort: 'alphanum' | '-count' = 'alphanum';
  /** Most values asked for (1–1000, default 500). */
  @property({ type: Number }) limit = 500;

  @state() private _open = false;
  @state() private _active = -1;
  @state() private _typed = '';
  private _link = new DatasetLink(this);
  private _id = `od-select-${++seq}`;
  private _shown?: SelectData;

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision, this.field, this.sort, this.limit] as const,
    task: async ([ctx, , name, sort, limit], { signal }): Promise<SelectData | undefined> => {
      if (!ctx || ctx.configError || !ctx.client || !name) return undefined;
      const meta = await ctx.metadata(signal);
      const f = meta.fields.find((x) => x.name === name);
      if (!f) throw new ConfigError('unknownField', name, meta.fields.map((x) => x.name));
      const n = Math.max(1, Math.min(1000, Math.floor(limit) || 500));
      const order = sort === '-count' ? '-count' : 'alphanum';
      const q = (await ctx.facetsQuery({ withoutRefineOn: name, signal })).facet(`facet(name="${name}", sort="${order}", limit=${n})`);
      const res = await ctx.client.facets(q, { signal });
      const t = this._msg;
      const chosen = ctx.state.refine[name] ?? [];
      const values = shownValues(res.facets.find((g) => g.name === name)?.facets, chosen, (v) => displayValue(f.type, v, t.yes, t.no));
      return { label: f.label || name, type: f.type, values };
    },
  });

  protected override get configMessages() {
    return this._msg;
  }

  private get _msg() {
    return this.i18n.msg(selectMessages);
  }

  private _chooseOne(ctx: DatasetSource, value: string): void {
    for (const old of ctx.state.refine[this.field] ?? []) if (old !== value) ctx.toggleRefine(this.field, old, false);
    if (value) ctx.toggleRefine(this.field, value, true);
  }

  private _toggle(ctx: DatasetSource, value: string): void {
    ctx.toggleRefine(this.field, value, !(ctx.state.refine[this.field] ?? []).includes(value));
  }

  private _input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('[part~="input"]');
  }

  private _onKey(e: KeyboardEvent, ctx: DatasetSource, visible: ShownValue[]): void {
    if (e.key === 'Escape') {
      if (this._open) this._open = false;
      else this._typed = '';
      this._active = -1;
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter') {
      if (this._open && this._active >= 0 && visible[this._active]) {
        e.preventDefault();
        this._toggle(ctx, visible[this._active].value);
      }
      return;
    }
    if (e.key === 'Tab') {
      this._open = false;
      return;
    }
    if ((e.key === 'Home' || e.key === 'End') && !this._open) return; // caret moves in the text
    const next = moveActive(e.key, this._active, visible.length);
    if (next === undefined) return;
    e.preventDefault();
    if (!this._open) {
      this._open = true;
      if (e.altKey) return;
    }
    this._active = next;
  }

  protected override updated(): void {
    if (this._open && this._active >= 0) {
      this.renderRoot.querySelector(`#${this._id}-opt-${this._active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    return this.renderWithStatus(() => this._render());
  }

  private _render(): [string, unknown] {
    const linked = this.linkedContext(this._link);
    if ('problem' in linked) return ['', linked.problem];
    const { ctx } = linked;
    if (!this.field) return ['', this.renderConfigError(new ConfigError('unknownField', ''))];
    const task = this._task;
    if (task.status === TaskStatus.ERROR) {
      this._shown = undefined;
      return ['', this.renderProblem(task.error, () => task.run())];
    }
    if (task.status === TaskStatus.COMPLETE && task.value) this._shown = task.value;
    const data = this._shown;
    if (!data) {
      this.setDataState('loading');
      return [this.t.loading, nothing];
    }
    const busy = task.status !== TaskStatus.COMPLETE;
    this.setDataState(busy ? 'loading' : data.values.length ? 'ready' : 'empty');
    const label = this.label || data.label;
    const chosen = ctx.state.refine[this.field] ?? [];
    if (!this.multiple) return [busy ? this.updating(this._msg.updating) : '', this._renderNative(ctx, data, label, chosen)];
    const visible = filterValues(data.values, this._typed);
    const status = busy ? this.updating(this._msg.updating) : this._open ? this._msg.matches(visible.length) : '';
    return [status, this._renderCombo(ctx, data, label, chosen, visible)];
  }

  private _renderNative(ctx: DatasetSource, data: SelectData, label: string, chosen: readonly string[]): TemplateResult {
    const t = this._msg;
    const n = (v: ShownValue) => (v.count !== undefined ? t.option(v.label, this.i18n.number(v.count)) : v.label);
    return html`<label part="label" for="${this._id}">${label}</label>
      <select part="select" id="${this._id}" @change=${(e: Event) => this._chooseOne(ctx, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!chosen.length}>${t.all}</option>
        ${data.values.map((v) => html`<option value=${v.value} ?selected=${chosen[0] === v.value} lang=${this.langOf(ctx, this.field) ?? nothing}>${n(v)}</option>`)}
      </select>`;
  }

  private _renderCombo(ctx: DatasetSource, data: SelectData, label: string, chosen: readonly string[], visible: ShownValue[]): TemplateResult {
    const t = this._msg;
    const id = this._id;
    const active = this._open && this._active >= 0 && this._active < visible.length ? `${id}-opt-${this._active}` : '';
    const labelOf = (value: string) => data.values.find((v) => v.value === value)?.label ?? value;
    const lang = this.langOf(ctx, this.field);
    return html`<label part="label" id="${id}-label" for="${id}">${label}</label>
      <div class="combo">
        <input part="input" id="${id}" type="text" role="combobox" autocomplete="off" aria-autocomplete="list"
          aria-expanded=${this._open ? 'true' : 'false'} aria-controls="${id}-list" aria-activedescendant=${active || nothing}
          aria-describedby="${id}-chosen-count" placeholder=${t.placeholder} .value=${this._typed}
          @input=${(e: Event) => { this._typed = (e.target as HTMLInputElement).value; this._open = true; this._active = -1; }}
          @keydown=${(e: KeyboardEvent) => this._onKey(e, ctx, visible)}
          @click=${() => (this._open = !this._open)}
          @blur=${() => { this._open = false; this._active = -1; }} />
        <span class="arrow" aria-hidden="true">▾</span>
        <ul part="listbox" id="${id}-list" role="listbox" aria-multiselectable="true" aria-labelledby="${id}-label" ?hidden=${!this._open}>
          ${visible.length
            ? visible.map((v, i) => {
                const on = chosen.includes(v.value);
                return html`<li part="option" id="${id}-opt-${i}" role="option" aria-selected=${on ? 'true' : 'false'}
                  class=${i === this._active ? 'active' : ''} @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${() => { this._active = i; this._toggle(ctx, v.value); }}>
                  <span class="tick" aria-hidden="true">${on ? '✓' : ''}</span><span lang=${lang ?? nothing}>${v.label}</span>${v.count !== undefined
                    ? html` <span part="count" class="count">(${this.i18n.number(v.count)})</span>` : nothing}
                </li>`;
              })
            : html`<li class="none" role="presentation">${t.none}</li>`}
        </ul>
      </div>
      <p id="${id}-chosen-count" class="od-visually-hidden">${t.chosen(chosen.length)}</p>
      ${chosen.length
        ? html`<ul part="chosen" class="chosen">${chosen.map((v) => html`<li><button type="button"
            @click=${() => { ctx.toggleRefine(this.field, v, false); this._input()?.focus(); }}><span class="od-visually-hidden">${withLang(t.remove(labelOf(v)), labelOf(v), lang)}</span><span
              aria-hidden="true">${withLang(labelOf(v), labelOf(v), lang)} ×</span></button></li>`)}</ul>`
        : nothing}`;
  }
}
