import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { LocalizeController } from './localize.js';
import { hostStyles } from './tokens.styles.js';
import { closestText, errorText, isAbort, isRetryable, portalNote, shownElsewhere } from './error-text.js';
import { suggestDatasets, suggestFields } from './suggest.js';
import { ConfigError, isConfigError } from './config-error.js';
import { closestAcrossShadow } from './dom.js';
import { valueLangIn } from './field-lang.js';
import { joinAnnouncer, leaveAnnouncer, offer } from './announce.js';
import { warnUnreadable } from './colour.js';
import { common } from '../i18n/common.js';
import { aggregateProblemText } from '../i18n/aggregate.js';
import type { Messages } from '../i18n/catalog.js';
import type { DatasetLink, DatasetSource } from './dataset-link.js';

/** The data states a widget reflects as CSS custom states (`:state(loading)` …). */
export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * Base class of every widget: language, shared host styles, French state messages, console reports for the
 * webmaster, custom states, and the linked-widget lifecycle (find the context, report a missing one, wait while
 * detached). Errors never escape into the host page.
 */
export class OdElement extends LitElement {
  static override styles = [hostStyles];

  /** Language and Intl formatting of this element. */
  protected readonly i18n = new LocalizeController(this);
  private _internals?: ElementInternals;
  private _reported = new WeakSet<object>();
  private _configWarned = new Set<string>();
  /** Properties changed while detached (old values), replayed when the element is attached again. */
  private _deferred = new Map<PropertyKey, unknown>();
  private _skipped = false;
  /** Set by `updating()` for the status rendered next. */
  private _busyNow = false;

  constructor() {
    super();
    try {
      this._internals = this.attachInternals();
    } catch {
      // Older browsers: custom states are a progressive enhancement.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinAnnouncer(this);
    const deferred = [...this._deferred];
    this._deferred.clear();
    for (const [name, old] of deferred) this.requestUpdate(name, old);
    // An update asked for without a property (a linked context's new view) while detached: render it now.
    if (this._skipped) {
      this._skipped = false;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leaveAnnouncer(this);
  }

  /** Whether this widget shows the view's rows: its new count is spoken when the widget used says nothing. */
  get speaksForView(): boolean {
    return false;
  }

  /** The language this widget's UI text is in (French when the page's language is not supported). */
  get uiLang(): string {
    return this.i18n.lang;
  }

  /**
   * The `lang` for a value of `field` shown by this widget (RGAA 8.7): the context's mapping (`field-lang` on
   * `<od-dataset>`, else the dataset's language), `own` first; none when the value is in the UI's language.
   */
  protected langOf(ctx: DatasetSource | undefined, field: string, own?: ReadonlyMap<string, string>): string | undefined {
    return valueLangIn(ctx, field, this.i18n.lang, own);
  }

  /**
   * Marks `text` as the "updating" line of the status rendered next: shown at once, spoken only when the widget
   * the visitor used is still updating after a second (see `announce.ts`).
   */
  protected updating(text: string): string {
    this._busyNow = true;
    return text;
  }

  /** Once drawn, warns the webmaster when the widget's colours are unreadable where it stands (e.g. a dark page). */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    requestAnimationFrame(() => {
      if (this.isConnected && this.localName !== 'od-dataset') warnUnreadable(this);
    });
  }

  /**
   * A detached element (removed, or moved by a CMS) does not render: it would only show a false "source not
   * found". What changed meanwhile is kept (Lit drops the changes of a skipped update) and replayed on return.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.isConnected) return super.shouldUpdate(changed);
    this._skipped = true;
    for (const [name, old] of changed) if (!this._deferred.has(name)) this._deferred.set(name, old);
    return false;
  }

  /** The element's own messages for its configuration errors' kinds (else `common`'s are used). */
  protected get configMessages(): Messages | undefined {
    return undefined;
  }

  /** Shared messages in the current language. */
  protected get t() {
    return this.i18n.msg(common);
  }

  /** Reflects the data state as a custom state and returns it. */
  protected setDataState(state: DataState): void {
    const states = this._internals?.states;
    if (!states) return;
    for (const s of ['loading', 'ready', 'empty', 'error']) {
      try {
        if (s === state) states.add(s);
        else states.delete(s);
      } catch {
        // CustomStateSet without support for this identifier.
      }
    }
  }

  /** Logs an error once, with details for the webmaster. */
  protected report(error: unknown, context = ''): void {
    if (isAbort(error)) return;
    if (error && typeof error === 'object') {
      if (this._reported.has(error)) return;
      this._reported.add(error);
    }
    // The webmaster's message first, in the page's language; the technical error after it.
    console.error(`[opendata-widgets] <${this.localName}>${context ? ' ' + context : ''}: ${errorText(error, this.i18n.lang)}`, error);
  }

  /**
   * The visible status line (loading, counts, what an action did). It is not a live region: its text is offered
   * to the page's one announcer (`announce.ts`), which speaks it only when it answers the visitor's action.
   * `busy`: a newer answer is on its way (default: `updating()` was called for this text).
   */
  protected renderStatus(text: string | typeof nothing, busy = this._busyNow): TemplateResult {
    const said = typeof text === 'string' ? text : '';
    const loading = this._busyNow || said === this.t.loading;
    this._busyNow = false;
    if (busy || loading) offer(this, '', loading ? said : '');
    else offer(this, said);
    return html`<p part="status">${text}</p>`;
  }

  /**
   * An alert with the French reason, and a retry button only where retrying can help (network, timeout, 429, 5xx);
   * the error goes to the console too. A wrong dataset id gets close ids from the catalogue once they are known.
   * Sets the error state.
   */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    this.setDataState('error');
    if (shownElsewhere(error)) return html``;
    this.report(error);
    suggestDatasets(error, () => this.requestUpdate());
    suggestFields(error, () => this.requestUpdate());
    return html`<div part="error" role="alert">
      <span>${errorText(error, this.i18n.lang)}</span>
      ${portalNote(error) ? html`<small class="od-portal-message">${this.t.portalMessage} <bdi>${portalNote(error)}</bdi></small>` : nothing}
      ${retry && isRetryable(error)
        ? html`<button type="button" part="retry-button" @click=${retry}>${this.t.retry}</button>`
        : nothing}
    </div>`;
  }

  /** An alert for a configuration problem (no retry: it cannot help), warned once in the console. Sets the error state. */
  protected renderConfigError(error: ConfigError): TemplateResult {
    // Said once by the context for the whole block (e.g. `commune` without a commune field): its widgets stay silent.
    if (this.localName !== 'od-dataset' && shownElsewhere(error)) {
      this.setDataState('error');
      return html``;
    }
    const own = this.configMessages?.[error.kind];
    const msg = own ?? (this.t as Messages)[error.kind];
    const said = error.problem ? aggregateProblemText(error.problem, this.i18n.lang)
      : typeof msg === 'function' ? msg(error.detail) : msg ?? error.message;
    const message = said + closestText(error.detail, error.known, this.i18n.lang);
    this.setDataState('error');
    if (!this._configWarned.has(message)) {
      this._configWarned.add(message);
      console.warn(`[opendata-widgets] <${this.localName}>: ${message}`);
    }
    return html`<div part="error" role="alert">${message}</div>`;
  }

  /** A failed load: a configuration problem without retry, anything else with `retry`. */
  protected renderProblem(error: unknown, retry?: () => void): TemplateResult {
    return isConfigError(error) ? this.renderConfigError(error) : this.renderError(error, retry);
  }

  /**
   * For a linked widget: its context when it can query, else what to show instead: an alert naming the missing
   * source, portal or dataset, or the missing `<od-dataset>` itself, or nothing while an `<od-dataset>` ancestor
   * is not defined yet (then the loading state).
   */
  protected linkedContext(link: DatasetLink): { ctx: DatasetSource } | { problem: TemplateResult | typeof nothing } {
    const ctx = link.context;
    if (ctx && !ctx.configError) return { ctx };
    const problem = ctx?.configError ? new ConfigError(ctx.configError)
      : link.missingSource ? new ConfigError('noSource', link.missingSource)
      : closestAcrossShadow(this, 'od-dataset') ? undefined
      : new ConfigError('noContext', this.localName);
    if (problem) return { problem: this.renderConfigError(problem) };
    this.setDataState('loading');
    return { problem: nothing };
  }

  /**
   * The phases of a task-backed widget, as `[status, body]` to show for `renderWithStatus` (an error with retry,
   * or the first load), else its answer with `busy` while a newer one is on its way. Sets the loading state.
   */
  protected taskData<T>(task: Task<any, T>): { data: T; busy: boolean } | { show: [string, unknown] } {
    if (task.status === TaskStatus.ERROR) return { show: ['', this.renderProblem(task.error, () => task.run())] };
    const data = task.value;
    if (data === undefined) {
      this.setDataState('loading');
      return { show: [this.t.loading, nothing] };
    }
    return { data, busy: task.status === TaskStatus.PENDING };
  }

  /** `linkedContext` then `taskData`: the context and the answer, or what to show instead. */
  protected linkedData<T>(link: DatasetLink, task: Task<any, T>): { ctx: DatasetSource; data: T; busy: boolean } | { show: [string, unknown] } {
    const linked = this.linkedContext(link);
    if ('problem' in linked) return { show: ['', linked.problem] };
    const answer = this.taskData(task);
    return 'show' in answer ? answer : { ctx: linked.ctx, ...answer };
  }

  /**
   * Renders `[status, body]` from `part`, the status line first (it keeps its place from "Chargement…" to the
   * count); an error thrown while rendering becomes an alert.
   */
  protected renderWithStatus(part: () => [string, unknown]): TemplateResult {
    let status = '';
    let body: unknown = nothing;
    try {
      [status, body] = part();
    } catch (error) {
      body = this.renderProblem(error);
    }
    return html`${this.renderStatus(status)}${body}`;
  }
}
