import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DatasetLink } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { resolvePortal } from '../../core/portal.js';
import { iframeCode, tagCode } from '../../builder/snippet.js';
import { baseChips, visitorChips } from '../filters/filter-chips.js';
import { filtersMessages } from '../filters/filters.i18n.js';
import { shareModel, stateQuery, widgetOf, type ShareMode } from './share-model.js';
import { shareMessages } from './share.i18n.js';
import styles from './share.styles.js';

/**
 * "Intégrer cette vue": the tag code and the iframe code that reproduce the visitor's current view of the linked
 * dataset (search, facet choices, exclusions, sort, page, and where the visitor moved a map) with the same widgets,
 * as fixed base filters or as a starting state; copy buttons with a confirmation announced to screen readers. The builder opens this code to
 * edit it further.
 *
 * @summary Codes that embed the current view elsewhere.
 * @tag od-share
 * @csspart details - The disclosure holding the codes.
 * @csspart view-filters - The filters of the view that the codes reproduce, as text.
 * @csspart tag-code - The tag code (read-only text area).
 * @csspart iframe-code - The iframe code (read-only text area).
 * @csspart copy-button - A copy button.
 * @csspart status - The copy confirmation (spoken after a copy).
 */
export class OdShare extends OdElement {
  static override styles = [...OdElement.styles, styles];

  /** Id of the `<od-dataset>` to follow; by default the closest enclosing one. */
  @property({ reflect: true }) source?: string;
  /** The hosted `embed.html` written into the iframe code (default: beside the bundle). */
  @property({ attribute: 'embed-url' }) embedUrl?: string;
  /** The bundle written into the tag code (default: the `opendata-widgets.js` script of this page). */
  @property({ attribute: 'bundle-url' }) bundleUrl?: string;
  /** Tags of the widgets to reproduce, comma separated (default: the widgets inside the linked `<od-dataset>`). */
  @property() widgets?: string;

  @state() private _mode: ShareMode = 'base';
  @state() private _copied = '';
  @state() private _title = '';
  private _link = new DatasetLink(this);

  private _bundle(): string | undefined {
    const own = this.bundleUrl || document.querySelector<HTMLScriptElement>('script[type=module][src*="opendata-widgets"]')?.src;
    if (own) return new URL(own, document.baseURI).href;
    // In the built bundle this code is a chunk beside the entry (chunks/…): the entry is one folder up.
    return import.meta.url.includes('/chunks/') ? new URL('../opendata-widgets.js', import.meta.url).href : undefined;
  }

  private _codes() {
    const ctx = this._link.context;
    if (!ctx || ctx.configError) return undefined;
    const portal = new URL(resolvePortal(ctx, ctx.getAttribute('portal')) ?? '/', document.baseURI).href;
    // Not the registry: importing it here would pull the bundle's entry into a shared chunk.
    const isWidget = (tag: string) => /^od-[a-z]+$/.test(tag) && !['od-dataset', 'od-share', 'od-builder'].includes(tag);
    const wanted = (this.widgets ?? '').split(',').map((t) => t.trim()).filter(isWidget);
    // The widgets inside the context, and those linked to it from elsewhere with source="<its id>".
    const linked = ctx.id ? [...document.querySelectorAll(`[source="${CSS.escape(ctx.id)}"]`)] : [];
    const live = [...new Set([...ctx.querySelectorAll('*'), ...linked])].filter((el) => isWidget(el.localName));
    const widgets = wanted.length ? wanted.map((tag) => live.find((el) => el.localName === tag) ?? document.createElement(tag)) : live;
    const attr = (n: string) => ctx.getAttribute(n);
    const base = { where: attr('where'), refine: attr('refine'), exclude: attr('exclude'), q: attr('q'), commune: attr('commune') };
    const ft = this.i18n.msg(filtersMessages);
    const filters = [...baseChips(base, (f) => f, ft), ...visitorChips(ctx.state, (f) => f, ft)].map((c) => c.label);
    const t = this.i18n.msg(shareMessages);
    const title = this._title ? t.view(this._title) : undefined;
    const theme = /(?:^|\s)od-theme-([\w-]+)/.exec(ctx.closest('[class*="od-theme-"]')?.className ?? '')?.[1];
    const model = shareModel({
      portal, datasetId: ctx.datasetId, base, state: ctx.state, mode: this._mode, widgets: widgets.map(widgetOf),
      lang: this.i18n.lang, title, description: filters.length ? filters.join(' ; ') : undefined,
    });
    const bundle = this._bundle();
    const embed = this.embedUrl ? new URL(this.embedUrl, document.baseURI).href : bundle ? new URL('embed.html', bundle).href : undefined;
    const resize = bundle ? new URL('od-resize.js', bundle).href : '';
    const data = ctx.portalDatasetUrl ?? portal;
    const query = stateQuery(ctx.datasetId, ctx.state, this._mode);
    const frameId = `od-embed-${ctx.datasetId.replace(/[^\w-]/g, '')}`;
    let iframe = embed ? iframeCode(model, embed, resize, data, frameId) : '';
    // The starting state (and in both modes sort and page) travels in the frame's URL, which its context reads.
    if (query) iframe = iframe.replace(/(<iframe src="[^"]*)/, `$1&amp;${query.replace(/&/g, '&amp;')}`);
    model.theme = theme;
    let tag = bundle ? tagCode(model, bundle, new URL('themes/', bundle).href, data) : '';
    if (tag && this._mode === 'state') tag = tag.replace(/<od-dataset /, '<od-dataset sync-url ');
    return { tag, iframe, filters, hint: this._mode === 'state' && query ? t.stateHint(query) : '' };
  }

  /** A map moved: its position is part of the view the codes reproduce. */
  private _onMapMove = () => this.requestUpdate();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('od-map-move', this._onMapMove);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('od-map-move', this._onMapMove);
    void this.updateComplete.then(async () => {
      try {
        const meta = await this._link.context?.metadata();
        const title = meta?.metas?.default?.title;
        if (typeof title === 'string') this._title = title;
      } catch {
        // the widgets beside it show the error
      }
    });
  }

  private async _copy(kind: 'tag' | 'iframe', text: string): Promise<void> {
    const t = this.i18n.msg(shareMessages);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(text);
      this._copied = kind === 'tag' ? t.copiedTag : t.copiedIframe;
    } catch {
      this._copied = t.copyFailed;
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#${kind}`)?.select();
    }
  }

  override render() {
    try {
      const linked = this.linkedContext(this._link);
      if ('problem' in linked) return linked.problem;
      void this._link.revision; // re-render on every change of the view
      const t = this.i18n.msg(shareMessages);
      const codes = this._codes();
      if (!codes) {
        this.setDataState('loading');
        return this.renderStatus(this.t.loading);
      }
      this.setDataState('ready');
      const mode = (m: ShareMode, label: string) => html`<label><input type="radio" name="mode" .checked=${this._mode === m}
        @change=${() => ((this._mode = m), (this._copied = ''))} />${label}</label>`;
      return html`<details part="details">
        <summary>${t.summary}</summary>
        <p class="hint">${t.intro}</p>
        ${codes.filters.length ? html`<p class="hint" part="view-filters">${codes.filters.join(' ; ')}</p>` : nothing}
        <fieldset><legend>${t.mode}</legend>${mode('base', t.modeBase)}${mode('state', t.modeState)}</fieldset>
        ${codes.tag ? html`<label for="tag">${t.tagCode}</label>
          <textarea id="tag" part="tag-code" readonly rows="6" .value=${codes.tag}></textarea>
          ${codes.hint ? html`<p class="hint">${codes.hint}</p>` : nothing}
          <button type="button" part="copy-button" @click=${() => this._copy('tag', codes.tag)}>${t.copyTag}</button>` : html`<p class="hint">${t.noBundle}</p>`}
        ${codes.iframe ? html`<label for="iframe">${t.iframeCode}</label>
          <textarea id="iframe" part="iframe-code" readonly rows="4" .value=${codes.iframe}></textarea>
          <button type="button" part="copy-button" @click=${() => this._copy('iframe', codes.iframe)}>${t.copyIframe}</button>` : nothing}
        ${this.renderStatus(this._copied)}
      </details>`;
    } catch (e) {
      return this.renderError(e);
    }
  }
}
