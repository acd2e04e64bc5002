import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { LocalizeController } from './localize.js';
import { hostStyles } from './tokens.styles.js';
import { errorText, isAbort, isRetryable, shownElsewhere } from './error-text.js';
import { suggestDatasets } from './suggest.js';
import { common } from '../i18n/common.js';
import type { DatasetLink, DatasetSource } from './dataset-link.js';

/** The data states a widget reflects as CSS custom states (`:state(loading)` …). */
export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * Base class of every widget: language, shared host styles, French state messages, console reports for the
 * webmaster, custom states. Errors never escape into the host page.
 */
export class OdElement extends LitElement {
  static override styles = [hostStyles];

  /** Language and Intl formatting of this element. */
  protected readonly i18n = new LocalizeController(this);
  private _internals?: ElementInternals;
  private _reported = new WeakSet<object>();

  constructor() {
    super();
    try {
      this._internals = this.attachInternals();
    } catch {
      // Older browsers: custom states are a progressive enhancement.
    }
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

  /** A polite status line (loading, counts). Keep the element in the DOM so announcements are heard. */
  protected renderStatus(text: string | typeof nothing): TemplateResult {
    return html`<p part="status" role="status">${text}</p>`;
  }

  /**
   * An alert with the French reason, and a retry button only where retrying can help (network, timeout, 429, 5xx);
   * the error goes to the console too. A wrong dataset id gets close ids from the catalogue once they are known.
   */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    if (shownElsewhere(error)) return html``;
    this.report(error);
    suggestDatasets(error, () => this.requestUpdate());
    return html`<div part="error" role="alert">
      <span>${errorText(error, this.i18n.lang)}</span>
      ${retry && isRetryable(error)
        ? html`<button type="button" part="retry-button" @click=${retry}>${this.t.retry}</button>`
        : nothing}
    </div>`;
  }

  /** An alert for a configuration problem (missing portal, dataset or source). */
  protected renderConfigError(message: string): TemplateResult {
    // A widget being removed renders once more while detached: no false warning then.
    if (this.isConnected && !this._reported.has(this as object)) {
      this._reported.add(this as object);
      console.warn(`[opendata-widgets] <${this.localName}>: ${message}`);
    }
    return html`<div part="error" role="alert">${message}</div>`;
  }

  /**
   * For a linked widget: its context when it can query, else what to show instead (an alert naming the missing
   * source, portal or dataset, or an empty status while the context is not found yet). Sets the error state.
   */
  protected linkedContext(link: DatasetLink): { ctx: DatasetSource } | { problem: TemplateResult } {
    const ctx = link.context;
    const problem = !ctx
      ? link.missingSource ? this.renderConfigError(this.t.noSource(link.missingSource)) : this.renderStatus(nothing)
      : ctx.configError ? this.renderConfigError(this.t[ctx.configError]) : undefined;
    if (!problem) return { ctx: ctx! };
    this.setDataState('error');
    return { problem };
  }

  /**
   * Renders `[status, body]` from `part`, the status line first so the live region keeps its identity (screen
   * readers only announce changes of a region already present); an error thrown while rendering becomes an alert.
   */
  protected renderWithStatus(part: () => [string, unknown]): TemplateResult {
    let status = '';
    let body: unknown = nothing;
    try {
      [status, body] = part();
    } catch (error) {
      this.setDataState('error');
      body = this.renderError(error);
    }
    return html`${this.renderStatus(status)}${body}`;
  }
}
