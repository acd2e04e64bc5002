import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, catalog, getClient, records, type FieldMeta } from '../api/index.js';
import { findCommuneField } from '../elements/dataset/commune-field.js';
import { datasetPageUrl } from '../core/portal.js';
import { THEMES } from '../embed/embed-params.js';
import { elementsOf, isBoolean, isNumber, type DocItem } from './manifest.js';
import { PRESETS, presetOf } from './presets.js';
import { checkFieldValue, suggestions } from './schema-check.js';
import { iframeCode, tagCode, type EmbedModel, type WidgetModel } from './snippet.js';
import { previewDom } from './preview-dom.js';
import { renderForm, renderOutput } from './builder-view.js';

// Options the builder sets itself or never offers (the context carries portal and dataset; no secrets in code).
const SKIP = new Set(['source', 'portal', 'api-key', 'dataset', 'sync-url']);
const abs = (url: string) => new URL(url, document.baseURI).href;

/**
 * The QBO open-data team's widget builder: dataset from the portal's catalogue, widget, options checked against
 * the dataset's schema, theme, language, title and description; live preview; tag code and iframe code to copy.
 * Renders in the light DOM so the page's theme style sheets reach the preview. French UI (internal tool).
 */
export class OdBuilder extends LitElement {
  /** Portal read by the builder and written into the code. */
  @property() portal = '/';
  /** URL of the bundle written into the tag code. */
  @property({ attribute: 'bundle-url' }) bundleUrl = '/dist/opendata-widgets.js';
  /** URL of the hosted iframe page. */
  @property({ attribute: 'embed-url' }) embedUrl = '/dist/embed.html';
  /** URL of the optional host resize script. */
  @property({ attribute: 'resize-url' }) resizeUrl = '/dist/od-resize.js';
  /** Folder of the theme style sheets (ends with `/`). */
  @property({ attribute: 'themes-url' }) themesUrl = '/dist/themes/';
  /** Where custom-elements.json is served (descriptions and types of the options). */
  @property({ attribute: 'manifest-url' }) manifestUrl = '/custom-elements.json';

  @state() private _datasets: { id: string; title: string }[] = [];
  @state() private _catalogError = '';
  @state() private _datasetId = '';
  @state() private _fields: FieldMeta[] = [];
  @state() private _tag = 'od-table';
  @state() private _values: Record<string, string> = {};
  @state() private _base: Record<string, string> = {};
  @state() private _theme = '';
  @state() private _lang: 'fr' | 'en' | 'br' = 'fr';
  @state() private _title = '';
  @state() private _description = '';
  @state() private _copied = '';
  @state() private _extras: string[] = [];
  @state() private _baseProblems: Record<string, string> = {};
  private _checkTimer?: ReturnType<typeof setTimeout>;
  private _docs = new Map<string, DocItem[]>();
  private _lastPreview = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!Object.keys(this._values).length) this._values = { ...(presetOf(this._tag)?.attrs ?? {}) };
    this._loadCatalog();
    fetch(this.manifestUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((m) => {
        for (const el of elementsOf(m)) this._docs.set(el.tag, el.attributes);
        this.requestUpdate();
      })
      .catch(() => {}); // without the manifest, options come from the registered classes (no descriptions)
  }

  private async _loadCatalog(): Promise<void> {
    this._catalogError = '';
    try {
      const page = await getClient(this.portal).catalog(catalog().orderBy('dataset_id').limit(100));
      this._datasets = page.results.map((d) => ({ id: d.dataset_id, title: d.metas?.default?.title || d.dataset_id }));
      if (!this._datasetId) this._chooseDataset(presetOf(this._tag)?.dataset ?? this._datasets[0]?.id ?? '');
    } catch (err) {
      this._catalogError = 'Le catalogue du portail ne répond pas.';
      console.error('[od-builder]', err);
    }
  }

  private async _chooseDataset(id: string): Promise<void> {
    this._datasetId = id;
    this._fields = [];
    if (!id) return;
    try {
      const meta = await getClient(this.portal).dataset(id);
      if (this._datasetId === id) {
        this._fields = meta.fields;
        this._checkBase();
      }
    } catch (err) {
      console.error('[od-builder]', err);
    }
  }

  private _chooseWidget(tag: string): void {
    this._tag = tag;
    this._values = { ...(presetOf(tag)?.attrs ?? {}) };
    const wanted = presetOf(tag)?.dataset;
    if (wanted && this._datasets.some((d) => d.id === wanted) && !this._datasetId) this._chooseDataset(wanted);
  }

  /** The widget's options: from the manifest when available, else the element's observed attributes. */
  private _options(): DocItem[] {
    const fromDocs = this._docs.get(this._tag);
    const ctor = customElements.get(this._tag) as { observedAttributes?: string[] } | undefined;
    const items = fromDocs ?? (ctor?.observedAttributes ?? []).map((name) => ({ name, description: '' }));
    return items.filter((a) => !SKIP.has(a.name));
  }

  private _problems(): Map<string, string[]> {
    const fields = this._fields.map((f) => ({ name: f.name, label: f.label, type: f.type }));
    const out = new Map<string, string[]>();
    for (const [k, v] of Object.entries(this._baseProblems)) out.set(`base-${k}`, [v]);
    if (!fields.length) return out;
    for (const [name, value] of Object.entries(this._values)) {
      const p = checkFieldValue(name, value, fields);
      if (p.length) out.set(name, p);
    }
    return out;
  }

  /** The one model the preview and both codes come from. */
  model(): EmbedModel {
    const needsDataset = presetOf(this._tag)?.needsDataset !== false;
    const attrs = Object.entries(this._values).filter(([k, v]) => v !== 'false' && (v !== '' || this._isBool(k)))
      .map(([k, v]) => [k, this._isBool(k) ? '' : v.trim()] as [string, string]);
    const base = Object.entries(this._base).map(([k, v]) => [k, v.trim()] as [string, string]).filter(([, v]) => v);
    return {
      portal: abs(this.portal),
      dataset: needsDataset && this._datasetId ? [['dataset', this._datasetId], ...base] : [],
      // Companions around the main widget: search and active filters above it, download below.
      widgets: [
        ...this._extra(['od-search', 'od-filters'], needsDataset),
        { tag: this._tag, attrs },
        ...this._extra(['od-download'], needsDataset),
      ],
      lang: this._lang,
      theme: this._theme || undefined,
      title: this._title.trim() || undefined,
      description: this._description.trim() || undefined,
    };
  }

  private _extra(tags: string[], needsDataset: boolean): WidgetModel[] {
    return tags.filter((t) => needsDataset && t !== this._tag && this._extras.includes(t)).map((tag) => ({ tag, attrs: [] }));
  }

  private _isBool(name: string): boolean {
    const doc = this._docs.get(this._tag)?.find((a) => a.name === name);
    return doc ? isBoolean(doc) : false;
  }

  /** Tag code and iframe code of the current model. */
  codes(): { tag: string; iframe: string } {
    const m = this.model();
    const id = `od-embed-${(this._datasetId || this._tag).replace(/[^\w-]/g, '')}`;
    const data = m.dataset.length ? datasetPageUrl(abs(this.portal), this._datasetId) : abs(this.portal);
    return {
      tag: tagCode(m, abs(this.bundleUrl), abs(this.themesUrl), data),
      iframe: iframeCode(m, abs(this.embedUrl), abs(this.resizeUrl), data, id),
    };
  }

  private async _copy(kind: 'tag' | 'iframe'): Promise<void> {
    const text = this.codes()[kind];
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = this.querySelector<HTMLTextAreaElement>(`#od-code-${kind}`)!;
      area.select();
      document.execCommand('copy'); // older browsers, or no clipboard permission
    }
    this._copied = kind === 'tag' ? 'Code avec balises copié.' : 'Code iframe copié.';
  }

  protected override updated(): void {
    // Rebuild the preview only when the model changed, so widgets keep their state between unrelated updates.
    const m = this.model();
    const key = JSON.stringify(m);
    const box = this.querySelector<HTMLElement>('#od-preview');
    if (!box || key === this._lastPreview || (m.dataset.length === 0 && presetOf(this._tag)?.needsDataset !== false)) return;
    this._lastPreview = key;
    box.replaceChildren(...previewDom(m));
  }

  override render() {
    return html`${renderForm(this)}${renderOutput(this)}`;
  }

  // Accessors for the view functions (builder-view.ts).
  get view() {
    return {
      datasets: this._datasets, catalogError: this._catalogError, datasetId: this._datasetId, fields: this._fields,
      tag: this._tag, values: this._values, base: this._base, theme: this._theme, lang: this._lang, title: this._title,
      description: this._description, copied: this._copied, extras: this._extras, options: this._options(), problems: this._problems(),
      widgets: PRESETS.filter((p) => customElements.get(p.tag)), themes: THEMES,
      suggestions: (name: string) => suggestions(name, this._fields),
      isBoolean: (a: DocItem) => isBoolean(a) || this._isBool(a.name), isNumber,
    };
  }
  // Every change clears "copied": the code on the clipboard no longer matches the form.
  set(key: 'theme' | 'lang' | 'title' | 'description', value: string): void {
    (this as any)[`_${key}`] = value;
    this._copied = '';
  }
  setValue(name: string, value: string): void {
    this._values = { ...this._values, [name]: value };
    this._copied = '';
  }
  toggleExtra(tag: string, on: boolean): void {
    this._extras = on ? [...new Set([...this._extras, tag])] : this._extras.filter((t) => t !== tag);
    this._copied = '';
  }
  setBase(name: string, value: string): void {
    this._base = { ...this._base, [name]: value };
    this._copied = '';
    clearTimeout(this._checkTimer);
    this._checkTimer = setTimeout(() => this._checkBase(), 400);
  }

  /** Asks the portal whether the page filters make sense for this dataset (count query, no records). */
  private async _checkBase(): Promise<void> {
    const id = this._datasetId;
    const { where = '', commune = '' } = this._base;
    const problems: Record<string, string> = {};
    if (commune.trim() && this._fields.length && !findCommuneField({ fields: this._fields } as never)) {
      problems.commune = 'Ce jeu de données n’a pas de champ de code commune (INSEE).';
    }
    if (where.trim() && id) {
      try {
        await getClient(this.portal).count(records(id).where(where.trim()));
      } catch (err) {
        problems.where = `Filtre refusé par le portail${err instanceof ApiError && err.portalMessage ? ` : ${err.portalMessage}` : '.'}`;
      }
    }
    if (id === this._datasetId) this._baseProblems = problems;
  }
  chooseDataset = (id: string) => this._chooseDataset(id);
  chooseWidget = (tag: string) => this._chooseWidget(tag);
  copy = (kind: 'tag' | 'iframe') => this._copy(kind);
  retryCatalog = () => this._loadCatalog();
}
