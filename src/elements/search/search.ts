import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { DatasetLink } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { fetchCount } from '../pager/pager-model.js';
import { searchMessages } from './search.i18n.js';
import styles from './search.styles.js';

/**
 * Full-text search over a dataset context: a labelled field that filters every linked widget while the visitor
 * types (debounced), Enter searches at once, Escape clears. The number of results is announced politely; the change
 * itself reaches the page as the context's `od-view-change` event.
 *
 * @summary Live search linked to an `<od-dataset>`.
 * @tag od-search
 * @csspart form - The `<form role="search">`.
 * @csspart label - The visible label.
 * @csspart input - The search field.
 * @csspart button - The search button.
 * @csspart hint - The help line under the label.
 * @csspart status - The announced result count.
 * @csspart error - Error message when the count cannot be read.
 */
export class OdSearch extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** `id` of the `<od-dataset>` to search, when the field is not inside it. */
  @property({ reflect: true }) source?: string;
  /** Visible label of the field (default "Rechercher dans les données"). */
  @property() label?: string;
  /** Delay in milliseconds between the last keystroke and the search (default 300). */
  @property({ type: Number }) debounce = 300;
  /** Hide the help line ("La recherche se lance pendant la saisie…"). */
  @property({ type: Boolean, attribute: 'no-hint' }) noHint = false;

  @state() private _value = '';
  private _link = new DatasetLink(this);
  private _timer?: ReturnType<typeof setTimeout>;
  /** The query this element last gave the context, to tell its own changes from others' (clear, back button). */
  private _sent?: string;

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision] as const,
    task: async ([ctx], { signal }) => {
      if (!ctx || ctx.configError || !ctx.client || !ctx.state.q) return initialState;
      return { q: ctx.state.q, total: await fetchCount(ctx, signal) };
    },
  });

  protected override willUpdate(): void {
    const q = this._link.context?.state.q ?? '';
    if (q !== this._sent) {
      // The view changed elsewhere (context cleared, URL restored, another search box): show it.
      this._sent = q;
      this._value = q;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  private _send(q: string): void {
    clearTimeout(this._timer);
    const ctx = this._link.context;
    if (!ctx || q.trim() === ctx.state.q) return;
    this._sent = q.trim();
    ctx.setQuery(q);
  }

  private _onInput(e: Event): void {
    this._value = (e.target as HTMLInputElement).value;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._send(this._value), Math.max(0, this.debounce));
  }

  private _onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this._value) return;
    e.preventDefault();
    e.stopPropagation();
    this._value = '';
    this._send('');
  }

  private _onSubmit(e: Event): void {
    e.preventDefault();
    this._send(this._value);
  }

  override render() {
    try {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return linked.problem;
      const m = this.i18n.msg(searchMessages);
      const label = this.label || m.label;
      const task = this._task;
      const failed = task.status === TaskStatus.ERROR;
      // Ready once linked; loading while a count is on its way.
      if (!failed) this.setDataState(task.status === TaskStatus.PENDING ? 'loading' : 'ready');
      // The button's name says what it searches; its visible word stays at the start of the name.
      const scope = this.label ? ` : ${this.label}` : m.buttonSuffix;
      return html`<form part="form" role="search" aria-label=${label} @submit=${this._onSubmit}>
          <label part="label" for="q">${label}</label>
          ${this.noHint ? nothing : html`<p class="hint" part="hint" id="hint">${m.hint}</p>`}
          <div class="row">
            <input id="q" part="input" type="search" autocomplete="off" spellcheck="false" .value=${this._value}
              aria-describedby=${this.noHint ? nothing : 'hint'} @input=${this._onInput} @keydown=${this._onKeyDown} />
            <button part="button" type="submit">${m.button}<span class="od-visually-hidden">${scope}</span></button>
          </div>
        </form>
        ${this.renderStatus(this._statusText(), this._counting())}
        ${failed ? this.renderProblem(task.error, () => task.run()) : nothing}`;
    } catch (error) {
      return this.renderError(error);
    }
  }

  /** Whether the count of the current query is still on its way (the sentence shown is an older one's). */
  private _counting(): boolean {
    const q = this._link.context?.state.q;
    return this._task.status === TaskStatus.PENDING || (!!q && this._task.value?.q !== q);
  }

  /**
   * One announcement per search: while a count is pending the previous sentence stays visible (it names its own
   * query, so it never passes for the new one) but is marked busy, so it is never spoken again.
   */
  private _statusText(): string {
    const task = this._task;
    const q = this._link.context?.state.q;
    if (!q || task.status === TaskStatus.ERROR || !task.value) return '';
    const { total } = task.value;
    return this.i18n.msg(searchMessages).results(total, this.i18n.number(total), task.value.q);
  }
}
