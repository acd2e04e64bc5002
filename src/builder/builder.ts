import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, annotation, catalog, getClient, records } from '../api/index.js';
import { findCommuneField } from '../elements/dataset/commune-field.js';
import { datasetPageUrl } from '../core/portal.js';
import { THEMES } from '../embed/embed-params.js';
import { elementsOf, isBoolean, type DocItem } from './manifest.js';
import { PRESETS, presetOf } from './presets.js';
import { specOf, type OptionSpec } from './option-spec.js';
import { checkOption } from './schema-check.js';
import { datasetProblem, defaultsFor, refit, type SchemaFieldWithHints } from './defaults.js';
import { iframeCode, tagCode, type EmbedModel, type WidgetModel } from './snippet.js';
import { previewDom } from './preview-dom.js';
import { parseCode } from './open-code.js';
import { renderForm, renderOutput } from './builder-view.js';
import { companionsAround, COMPANIONS } from './companions.js';

// Options the builder sets itself or never offers (the context carries portal and dataset; no secrets in code).
const SKIP = new Set(['source', 'portal', 'api-key', 'dataset', 'sync-url']);
const abs = (url: string) => new URL(url, document.baseURI).href;

/** One option as the form shows it: its manifest entry and its row of the option table. */
export interface BuilderOption extends DocItem { spec?: OptionSpec }

/**
 * The QBO open-data team's widget builder: dataset from the portal's catalogue, widget, options typed from the
 * manifest and checked against the dataset's schema, linked companions (a block), theme, language, title and
 * description; live preview; tag code and iframe code to copy. Renders in the light DOM so the page's theme
 * style sheets reach the preview. French UI (internal tool).
 */
export class OdBuilder extends LitElement {
  /** Portal read by the builder and written into the code. */
  @property() portal = '/';
  /** URL of the bundle written into the tag code (the published `opendata-widgets.js`). */
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
  @state() private _fields: SchemaFieldWithHints[] = [];
  @state() private _schemaError = '';
  @state() private _tag = 'od-table';
  @state() private _values: Record<string, string> = {};
  @state() private _base: Record<string, string> = {};
  @state() private _theme = '';
  @state() private _lang: 'fr' | 'en' | 'br' = 'fr';
  @state() private _title = '';
  @state() private _heading = '2';
  @state() private _description = '';
  @state() private _copied = '';
  @state() private _notice = '';
  @state() private _extras: string[] = [];
  @state() private _baseProblems: Record<string, string> = {};
  @state() private _bundleCheck = '';
  @state() private _openProblem = '';
  private _checkTimer?: ReturnType<typeof setTimeout>;
  private _docs = new Map<string, DocItem[]>();
  private _lastPreview = '';

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._loadCatalog();
    fetch(this.manifestUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((m) => {
        for (const el of elementsOf(m)) this._docs.set(el.tag, el.attributes);
        this.requestUpdate();
      })
      .catch(() => {}); // without the manifest, options come from the registered classes (typed by the option table)
    this._checkBundle();
  }

  /** Says whether the bundle the code points at answers (a dev URL or an unbuilt dist/ would leave pages blank). */
  private async _checkBundle(): Promise<void> {
    try {
      const r = await fetch(abs(this.bundleUrl), { cache: 'no-store' });
      this._bundleCheck = r.ok ? '' : `Le script ${abs(this.bundleUrl)} ne répond pas (${r.status}) : le code copié ne marchera pas tant qu’il n’est pas publié (npm run build).`;
    } catch {
      this._bundleCheck = `Impossible de vérifier le script ${abs(this.bundleUrl)} depuis cette page.`;
    }
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

  private async _chooseDataset(id: string, keep = false): Promise<void> {
    const previous = this._fields.length > 0;
    this._datasetId = id;
    this._fields = [];
    this._schemaError = '';
    if (!id) return;
    try {
      const meta = await getClient(this.portal).dataset(id);
      if (this._datasetId !== id) return;
      this._fields = meta.fields.map((f) => ({ name: f.name, label: f.label, type: f.type, facet: !!annotation(f, 'facet') }));
      if (!previous && !keep && !Object.keys(this._values).length) this._values = this._defaults(this._tag);
      else if (!keep) this._refit(`Jeu de données changé (${id})`);
      this._checkBase();
    } catch (err) {
      if (this._datasetId !== id) return;
      this._schemaError = `Le schéma du jeu « ${id} » n’a pas pu être lu sur le portail.`;
      console.error('[od-builder]', err);
    }
  }

  /** Defaults of a widget on the chosen dataset; a share block points at the files this builder writes. */
  private _defaults(tag: string): Record<string, string> {
    const own: Record<string, string> = tag === 'od-share' ? { 'bundle-url': abs(this.bundleUrl), 'embed-url': abs(this.embedUrl) } : {};
    return { ...defaultsFor(tag, this._fields), ...own };
  }

  /** Re-derives the options that no longer fit the schema, and says which in a status line. */
  private _refit(why: string): void {
    const { values, changed } = refit(this._tag, this._values, this._fields);
    this._values = values;
    const names = changed.map((n) => specOf(this._tag, n)?.label.fr ?? n);
    this._notice = names.length ? `${why} : options recalculées pour ce jeu — ${names.join(', ')}.` : '';
  }

  private _chooseWidget(tag: string): void {
    this._tag = tag;
    this._extras = this._extras.filter((t) => t !== tag);
    this._values = this._fields.length ? this._defaults(tag) : {};
    this._notice = '';
    const wanted = presetOf(tag)?.dataset;
    if (wanted && this._datasets.some((d) => d.id === wanted) && !this._datasetId) this._chooseDataset(wanted);
  }

  /** The widget's options: from the manifest when available, else the element's observed attributes. */
  private _optionsOf(tag: string): BuilderOption[] {
    const fromDocs = this._docs.get(tag);
    const ctor = customElements.get(tag) as { observedAttributes?: string[] } | undefined;
    const items: DocItem[] = fromDocs ?? (ctor?.observedAttributes ?? []).map((name) => ({ name, description: '' }));
    return items.filter((a) => !SKIP.has(a.name)).map((a) => ({ ...a, spec: specOf(tag, a.name) })).filter((a) => !a.spec?.hidden);
  }

  private _problems(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [k, v] of Object.entries(this._baseProblems)) out.set(`base-${k}`, [v]);
    if (this._needsDataset()) {
      if (this._schemaError) out.set('dataset', [this._schemaError]);
      else if (!this._fields.length) out.set('dataset', ['Schéma du jeu de données en cours de lecture…']);
    }
    const opts = new Map(this._optionsOf(this._tag).map((o) => [o.name, o]));
    for (const [name, value] of Object.entries(this._values)) {
      const o = opts.get(name);
      const p = checkOption(o?.spec, o?.type, value, this._fields);
      if (p.length) out.set(name, p);
    }
    for (const tag of [this._tag, ...this._extras]) {
      const p = this._needsDataset() ? datasetProblem(tag, this._fields) : undefined;
      if (p) out.set(tag === this._tag ? 'widget' : `extra-${tag}`, [p]);
    }
    return out;
  }

  private _needsDataset(): boolean {
    return presetOf(this._tag)?.needsDataset !== false;
  }

  /** The one model the preview and both codes come from. */
  model(): EmbedModel {
    const needsDataset = this._needsDataset();
    const attrs = this._attrs(this._tag, this._values);
    const base = Object.entries(this._base).map(([k, v]) => [k, v.trim()] as [string, string]).filter(([, v]) => v);
    const extra = (tag: string): WidgetModel => ({ tag, attrs: this._attrs(tag, this._defaults(tag)) });
    const { above, below } = companionsAround(this._tag, needsDataset ? this._extras : []);
    return {
      portal: abs(this.portal),
      dataset: needsDataset && this._datasetId ? [['dataset', this._datasetId], ...base] : [],
      widgets: [...above.map(extra), { tag: this._tag, attrs }, ...below.map(extra)],
      lang: this._lang,
      theme: this._theme || undefined,
      title: this._title.trim() || undefined,
      heading: Number(this._heading),
      description: this._description.trim() || undefined,
    };
  }

  /** Attribute list of a widget: booleans present or absent, empty values left out. */
  private _attrs(tag: string, values: Record<string, string>): [string, string][] {
    const bool = (k: string) => {
      const doc = this._docs.get(tag)?.find((a) => a.name === k);
      return doc ? isBoolean(doc) : values[k] === 'true' || values[k] === 'false';
    };
    return Object.entries(values).filter(([k, v]) => v !== 'false' && (v.trim() !== '' || bool(k)))
      .map(([k, v]) => [k, bool(k) ? '' : v.trim()] as [string, string]);
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
    if (this._problems().size) return;
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

  /** Opens code written by the builder or by `<od-share>` (tag code or iframe code) to edit it further. */
  private _open(code: string): void {
    const parsed = parseCode(code);
    if (!parsed) {
      this._openProblem = 'Ce code n’a pas été reconnu : collez un code avec balises ou un code iframe de ce générateur.';
      return;
    }
    this._openProblem = '';
    this._tag = parsed.tag;
    this._values = parsed.values;
    this._extras = parsed.extras.filter((t) => COMPANIONS.includes(t));
    this._base = parsed.base;
    this._theme = parsed.theme ?? '';
    this._lang = parsed.lang;
    this._title = parsed.title ?? '';
    this._description = parsed.description ?? '';
    if (parsed.heading) this._heading = String(parsed.heading);
    this._notice = `Code ouvert : ${presetOf(parsed.tag)?.label.fr ?? parsed.tag}${parsed.dataset ? ` sur « ${parsed.dataset} »` : ''}.`;
    if (parsed.dataset && parsed.dataset !== this._datasetId) this._chooseDataset(parsed.dataset, true);
    else this._checkBase();
  }

  protected override updated(): void {
    // Rebuild the preview only when the model changed, so widgets keep their state between unrelated updates.
    const m = this.model();
    const key = JSON.stringify(m);
    const box = this.querySelector<HTMLElement>('#od-preview');
    if (!box || key === this._lastPreview || (m.dataset.length === 0 && this._needsDataset())) return;
    if (this._needsDataset() && !this._fields.length) return; // defaults not derived yet
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
      heading: this._heading, description: this._description, copied: this._copied, notice: this._notice, extras: this._extras,
      options: this._optionsOf(this._tag), problems: this._problems(), openProblem: this._openProblem,
      widgets: PRESETS.filter((p) => customElements.get(p.tag)), themes: THEMES, needsDataset: this._needsDataset(),
      urls: { bundle: abs(this.bundleUrl), embed: abs(this.embedUrl), resize: abs(this.resizeUrl), themes: abs(this.themesUrl) },
      bundleCheck: this._bundleCheck,
    };
  }
  // Every change clears "copied": the code on the clipboard no longer matches the form.
  set(key: 'theme' | 'lang' | 'title' | 'description' | 'heading', value: string): void {
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
  open = (code: string) => this._open(code);
  retryCatalog = () => this._loadCatalog();
}
