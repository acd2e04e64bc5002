import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { DatasetMetadata, RecordsQuery } from '../../api/index.js';
import { DatasetLink } from '../../core/dataset-link.js';
import { OdElement } from '../../core/od-element.js';
import { ConfigError } from '../../core/config-error.js';
import { emit } from '../../core/events.js';
import { contrast, cssColor } from '../../core/colour.js';
import { renderProvenance } from '../../core/provenance.js';
import { provenanceStyles } from '../../core/tokens.styles.js';
import { BOUNDARIES_ATTRIBUTION, loadBoundaries } from './boundaries.js';
import { clusterQuery, clustersToFeatures, clusterZoom, DEFAULT_POINT_LIMIT, padBbox, parseClusters } from './clusters.js';
import { dataBounds, fetchAreas, fetchOverview, type MapData } from './map-data.js';
import { ViewportLoader, type ViewportSource } from './map-viewport.js';
import { listItems, nearestItem, renderLegend, renderList, statusText } from './map-parts.js';
import { clusterPlaces } from './places.js';
import { MapView } from './map-view.js';
import { parseCamera, type MapPosition } from './camera.js';
import { mapMessages } from './map.i18n.js';
import { MAPLIBRE_LOCALES } from './maplibre-locale.js';
import { pickFeature, type FocusTarget, type PickContext } from './map-pick.js';
import styles from './map.styles.js';
import categoryStyles from './categories.styles.js';
import { categorize, colorFeatures, renderCategoryLegend, renderRefineChips, type Categories } from './categories.js';
import { DetailDialog } from '../records/detail-dialog.js';

/** `filters`: the query's filters, so that a redraw for sort or page (same filters) does not move the map. */
interface Overview { data: MapData; base?: RecordsQuery; meta: DatasetMetadata; filters: string }

/**
 * A map of the linked dataset (MapLibre GL, loaded only when a map is on the page): points, shapes, or server-side
 * clusters (`group_by=geo_cluster`) that turn into points as the visitor zooms in, so a 200 000-record dataset
 * never downloads more than `point-limit` records. It follows the context's filters and fits their bounds.
 * With `choropleth`, communes or EPCIs are coloured by an aggregate joined on their INSEE/SIREN code.
 *
 * By default nothing is requested from a third party: the basemap is drawn from bundled Finistère boundaries
 * (IGN ADMIN EXPRESS, no text labels, no fonts). `basemap` takes any MapLibre style URL, for example
 * Plan IGN `https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json` or an
 * OpenStreetMap style such as `https://tiles.openfreemap.org/styles/liberty`. Privacy: every visitor's IP address
 * then reaches that server; name it in the site's privacy notice and allow it in the CSP (`connect-src`, `img-src`).
 *
 * Accessibility: French maplibre UI strings, keyboard pan/zoom on the focused map, zoom buttons, and an adjacent
 * "Voir la liste" list of the same features (choosing one centres the map and opens its popup, a named dialog that
 * takes focus and gives it back to the entry when closed). Every pointer action has its keyboard path there: with
 * `refine-on-click` each entry has an `aria-pressed` "Filtrer sur …" toggle; clusters are listed by the commune holding
 * most of their points, and focus follows the chosen entry when the list is rebuilt. The list button, the list and the
 * zoom buttons are named after the map's title (several maps on a page have distinct names).
 *
 * @summary Map of a dataset: points, clusters, shapes, choropleth.
 * @tag od-map
 * @fires od-map-ready - Data painted: fired once the map engine has drawn the frame (the map is `:state(ready)` from then on). `detail`: `{ mode: 'features' | 'clusters' | 'areas', shown: number, total: number }`.
 * @fires od-map-select - A feature was chosen (map click or list). `detail`: `{ record?: object, area?: object }`.
 * @fires od-map-move - The visitor moved the map (keys, pointer, zoom buttons, list). `detail`: `{ center: [longitude, latitude], zoom: number }`, the values `center` and `zoom` take.
 * @csspart map - The map container.
 * @csspart status - Polite status line (counts, updating).
 * @csspart list-toggle - The "Voir la liste" button.
 * @csspart list - The list of features.
 * @csspart legend - The choropleth legend.
 * @csspart category-legend - The `color-by` legend: one toggle button per colour (filters on that value), then "Autres".
 * @csspart refine-chips - The list of `refine-on-click` choices shown above the map.
 * @csspart refine-chip - One of them, "Filtre : QUIMPER ✕" (removes it).
 * @csspart dialog - The detail `<dialog>` (with `detail`); also `dialog-title`, `dialog-fields`, `close-button`.
 * @csspart attribution - The basemap attribution text.
 * @csspart error - Error or configuration message.
 * @csspart retry-button - The retry button of an error.
 * @csspart provenance - Source / licence / update line.
 * @cssprop --od-map-height - Height of the map (default `26rem`).
 * @cssprop --od-map-point-color - Fill of points, shapes and clusters (default: the accent colour, `#000091`).
 * @cssprop --od-map-stroke-color - Outline of points and clusters (default `#ffffff`).
 */
export class OdMap extends OdElement {
  static override styles = [...OdElement.styles, provenanceStyles, styles, categoryStyles];

  /** `id` of the `<od-dataset>` to show (else the closest ancestor `<od-dataset>`). */
  @property({ reflect: true }) source?: string;
  /** Geo field to draw (`geo_point_2d` or `geo_shape` type); default: detected from the dataset's fields. */
  @property({ attribute: 'geo-field' }) geoField?: string;
  /** Comma-separated fields shown in popups, e.g. `nom_lieu,nbre_pl`. */
  @property({ attribute: 'popup-fields' }) popupFields = '';
  /** Field naming each feature (popup title and list); default: the first popup field. */
  @property({ attribute: 'title-field' }) titleField?: string;
  /** Opt-in: a click on a feature refines the context on this field (toggles `field = value`; for a choropleth, the area's code); the list offers the same toggle. */
  @property({ attribute: 'refine-on-click' }) refineOnClick?: string;
  /** Most records downloaded as points; above it the map shows server-side clusters (default 1000). */
  @property({ type: Number, attribute: 'point-limit' }) pointLimit = DEFAULT_POINT_LIMIT;
  /** MapLibre style URL of a third-party basemap (opt-in; see the privacy note above). Default: built-in. */
  @property() basemap?: string;
  /** Attribution text of that basemap (shown as plain text), e.g. `© IGN – Plan IGN` or `© OpenStreetMap`. */
  @property({ attribute: 'basemap-attribution' }) basemapAttribution?: string;
  /** Ctrl/⌘ + scroll to zoom, two fingers to pan: the page keeps scrolling over the map (for articles). */
  @property({ type: Boolean, attribute: 'cooperative-gestures' }) cooperativeGestures = false;
  /** Choropleth mode: colour `communes` or `epci` by an aggregate joined on `join-field`. */
  @property() choropleth?: 'communes' | 'epci';
  /** Field holding the INSEE commune code (or EPCI SIREN) for the choropleth join. */
  @property({ attribute: 'join-field' }) joinField?: string;
  /** Choropleth aggregate, e.g. `sum(montant_sub)` (default `count(*)`). */
  @property() value?: string;
  /** Legend title of the choropleth value, e.g. "Montant des subventions (€)". */
  @property({ attribute: 'value-label' }) valueLabel?: string;
  /** Number of choropleth classes (1–6, default 5). */
  @property({ type: Number }) classes = 5;
  /** Class breaks: `quantile` (default) or `equal` intervals. */
  @property({ attribute: 'class-method' }) classMethod: 'quantile' | 'equal' = 'quantile';
  /** Colour points by this field: its most frequent values get distinct colours, the rest "Autres"; a text legend filters on them. */
  @property({ attribute: 'color-by' }) colorBy?: string;
  /** How many values of `color-by` get their own colour (1–7, default 7). */
  @property({ type: Number, attribute: 'color-count' }) colorCount = 7;
  /** Choosing a feature also opens a dialog with every field of its record (the map then loads every field). */
  @property({ type: Boolean }) detail = false;
  /**
   * Where the map opens, `longitude,latitude` in decimal degrees (e.g. `-4.1,47.996`, Quimper), instead of fitting
   * its data; with `zoom`, or alone (the zoom that fits the data is kept). Later filter changes fit the data again.
   * `<od-share>` writes the position the visitor had moved the map to.
   */
  @property() center?: string;
  /** Zoom level the map opens at, 0 (the world) to 19 (a street), e.g. `12` for a town; see `center`. */
  @property() zoom?: string;
  /** Accessible name of the map (default: the dataset's title). */
  @property() label?: string;
  /** Hide the provenance line. */
  @property({ type: Boolean, attribute: 'no-provenance' }) noProvenance = false;

  @state() private _listOpen = false;
  @state() private _view?: MapData;
  @state() private _mapError?: unknown;
  /** The data MapLibre has painted: until the shown data is painted, the map is not ready (a blank box is not). */
  @state() private _painted?: MapData;
  private _link = new DatasetLink(this);
  private _map?: MapView;
  private _mapKey = '';
  /** The `center`/`zoom` values the map last jumped to (applied once per map and value, not on every filter). */
  private _cameraKey?: string;
  private _applied?: Overview;
  private _viewport = new ViewportLoader(this, (d) => {
    this._view = d;
    this._draw(d);
  });

  private _categories?: Categories;
  /** The clusters' place names (for the list), with the data they were computed for. */
  private _places?: { data: MapData; names: Array<string | undefined> };
  private _placesAsked?: { data: MapData; abort: AbortController };
  /** Set by a list action that rebuilds the list: the entry to focus once the new data is drawn. */
  private _refocus?: { target: FocusTarget; from?: MapData };
  private _allFields: string[] = [];
  private _dialog = new DetailDialog(this, this.i18n);

  /** What the map draws now (features, clusters or coloured areas), for advanced hosts and tests. Read-only. */
  get data(): MapData | undefined {
    return this._view;
  }

  /**
   * The map's position as `center`/`zoom` values, once the visitor has moved it or the page set them; else
   * undefined (the map frames its data itself). `<od-share>` copies it into the codes it writes.
   */
  get position(): MapPosition | undefined {
    const v = this._map;
    return v && (v.moved || this.center || this.zoom) ? v.position : undefined;
  }

  /** The MapLibre map once created (for advanced hosts and tests; never put it on `window`). */
  get maplibre() {
    return this._map?.map;
  }

  private get _fields(): string[] {
    const list = this.popupFields.split(',').map((s) => s.trim()).filter(Boolean);
    return [...new Set([...list, ...[this.titleField, this.refineOnClick, this.colorBy].filter((f): f is string => !!f), ...(this.detail ? this._allFields : [])])];
  }

  constructor() {
    super();
    this.addEventListener('od-map-select', (e) => {
      const record = (e as CustomEvent<{ record?: Record<string, unknown> }>).detail?.record;
      const meta = this._task.value?.meta;
      if (!this.detail || !record || !meta) return;
      const title = String(record[this.titleField ?? this._fields[0] ?? ''] ?? meta.metas.default.title);
      this._dialog.open({ record, fields: meta.fields.filter((f) => f.name in record), title, langOf: (f) => this.langOf(this._link.context, f), titleField: this.titleField ?? this._fields[0] });
    });
  }

  private _task = new Task(this, {
    args: () => [this._link.context, this._link.revision, this.geoField, this.popupFields, this.titleField,
      this.refineOnClick, this.pointLimit, this.choropleth, this.joinField, this.value, this.classes, this.classMethod] as const,
    task: async ([ctx], { signal }): Promise<Overview | typeof initialState> => {
      if (!ctx || ctx.configError || !ctx.client) return initialState;
      if (this.choropleth && !this.joinField) return initialState;
      const meta = ctx.metadata(signal);
      meta.catch(() => {}); // awaited below; if the data fails first, its rejection must not reach the page
      if (this.choropleth) {
        const { data, base } = await fetchAreas(ctx, { level: this.choropleth, joinField: this.joinField!, value: this.value,
          classes: this.classes, method: this.classMethod }, signal);
        return { data, meta: await meta, filters: JSON.stringify(base) };
      }
      if (this.detail) this._allFields = (await meta).fields.filter((f) => !f.type.startsWith('geo')).map((f) => f.name);
      const limit = Math.max(1, Math.min(10000, Math.trunc(this.pointLimit) || DEFAULT_POINT_LIMIT));
      const { data, base } = await fetchOverview(ctx, { geoField: this.geoField, fields: this._fields, pointLimit: limit }, signal);
      return { data, base, meta: await meta, filters: JSON.stringify(base) };
    },
    onComplete: (o) => this._apply(o),
    onError: () => this._map?.clear(),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._map?.remove();
    this._map = undefined;
    this._mapKey = '';
    this._applied = undefined;
    this._cameraKey = undefined;
    this._placesAsked?.abort.abort();
    this._placesAsked = undefined;
  }

  protected override updated(): void {
    this._applyCamera();
    this._focusAfterRebuild();
    this._nameClusters();
    try {
      const ctx = this._link.context;
      const key = [this.i18n.lang, this.basemap ?? '', this.cooperativeGestures].join('|');
      if (ctx && !ctx.configError && key !== this._mapKey) this._createMap(key);
    } catch (error) {
      this.report(error);
    }
  }

  private async _createMap(key: string): Promise<void> {
    this._map?.remove();
    this._mapKey = key;
    this._applied = undefined;
    this._cameraKey = undefined;
    const container = this.renderRoot.querySelector<HTMLElement>('[part~="map"]');
    if (!container) return;
    const css = getComputedStyle(this);
    const colour = (name: string, fallback: string) => cssColor(css.getPropertyValue(name), fallback);
    const m = this.i18n.msg(mapMessages);
    // Cluster counts: dark text on a light disc colour, white otherwise (whatever --od-map-point-color is).
    const disc = colour('--od-map-point-color', '#000091');
    container.style.setProperty('--_cluster', disc);
    container.style.setProperty('--_cluster-text', contrast(disc, '#ffffff') >= 4.5 ? '#ffffff' : '#1e1e1e');
    const view = new MapView({
      container, shadowRoot: this.renderRoot as ShadowRoot, basemap: this.basemap, cooperative: this.cooperativeGestures,
      locale: { ...MAPLIBRE_LOCALES[this.i18n.lang], 'Map.Title': m.mapLabel(this._title()) },
      colors: { point: colour('--od-map-point-color', '#000091'), stroke: colour('--od-map-stroke-color', '#ffffff'),
        cluster: colour('--od-map-point-color', '#000091') },
      onPick: (source, i, at) => pickFeature(this._pickContext(), source, i, at, this._valueLabel),
      onMoveEnd: () => {
        this._scheduleViewport();
        if (view.moved) emit(this, 'od-map-move', view.position!);
      },
    });
    this._map = view;
    try {
      this._mapError = undefined;
      await view.init();
      if (this._map !== view) return;
      view.map?.getCanvas().setAttribute('aria-describedby', 'help');
      const o = this._task.value;
      if (o && this._task.status === TaskStatus.COMPLETE) this._apply(o);
    } catch (error) {
      if (this._map === view) {
        this._mapError = error;
        view.remove(); // the list stays; an empty box (or maplibre's English notice) would not help
      }
      this.report(error, 'map');
    }
  }

  private get _valueLabel(): string {
    return this.valueLabel ?? this.value ?? 'count(*)';
  }

  private _title(): string {
    const o = this._task.value;
    return this.label || o?.meta.metas?.default?.title || this._link.context?.datasetId || '';
  }

  /** Draws a new overview and, after a filter change, fits its bounds. */
  private _apply(o: Overview | typeof initialState): void {
    // Drawn once the map is ready (_createMap applies it then): applying it twice would abort the viewport's request.
    if (!o || typeof o !== 'object' || !('data' in o) || !this._map?.ready) return;
    const refit = this._applied?.filters !== o.filters; // a new sort or page leaves the map where the visitor put it
    this._applied = o;
    this._viewport.reset();
    this._view = o.data;
    // The map was named before the metadata arrived: give it and its zoom buttons the dataset's title now.
    const m = this.i18n.msg(mapMessages), title = this._title();
    this._map.setNames(m.mapLabel(title), (control) => m.named(control, title));
    this._draw(o.data);
    const b = refit ? dataBounds(o.data) : undefined;
    if (b) this._map!.fit(b, o.data.kind === 'areas' ? 11 : 15);
    this._applyCamera();
    if (o.data.kind === 'clusters') this._scheduleViewport(0);
  }

  /** Jumps to the page's `center`/`zoom` once the first data is drawn, and again when those attributes change. */
  private _applyCamera(): void {
    const key = `${this.center ?? ''}|${this.zoom ?? ''}`;
    if (!this._map?.map || !this._applied || key === this._cameraKey) return;
    this._cameraKey = key;
    try {
      const p = parseCamera(this.center ?? null, this.zoom ?? null);
      if (p.center || p.zoom !== undefined) this._map.jump(p);
    } catch {
      // a bad value is shown by render()
    }
  }

  private _draw(d: MapData): void {
    const map = this._map;
    if (!map) return;
    map.closePopup();
    this._categories = undefined;
    if (d.kind === 'features' && this.colorBy) {
      const label = this._task.value?.meta.fields.find((f) => f.name === this.colorBy)?.label || this.colorBy;
      this._categories = categorize(d.records, this.colorBy, label, this.colorCount);
      map.show('data', colorFeatures(d.collection, d.records, this._categories));
      this.requestUpdate();
    } else if (d.kind === 'features') map.show('data', d.collection);
    else if (d.kind === 'areas') map.show('areas', d.collection);
    else {
      map.show('clusters', clustersToFeatures(d.clusters));
      const compact = new Intl.NumberFormat(this.i18n.locale, { notation: 'compact', maximumFractionDigits: 1 });
      map.setClusterLabels(d.clusters.map((c) => ({ at: [c.lon, c.lat], text: compact.format(c.count) })));
    }
    const shown = d.kind === 'features' ? d.collection.features.length : d.kind === 'areas' ? d.collection.features.length : d.clusters.length;
    const total = d.kind === 'areas' ? shown : d.total;
    map.afterPaint(() => {
      if (this._view !== d) return;
      this._painted = d;
      emit(this, 'od-map-ready', { mode: d.kind, shown, total });
    });
  }

  /**
   * While the list shows clusters: names each by the commune holding most of its points, from finer clusters of
   * the same view (one request, only when the list is open; until it answers, entries say their count only).
   */
  private _nameClusters(): void {
    const d = this._view, s = this._viewportSource, bbox = this._map?.bbox, zoom = this._map?.map?.getZoom();
    if (!this._listOpen || d?.kind !== 'clusters' || !s || !bbox || zoom === undefined) return;
    if (this._places?.data === d || this._placesAsked?.data === d) return;
    this._placesAsked?.abort.abort();
    const asked = (this._placesAsked = { data: d, abort: new AbortController() });
    const fine = clusterQuery(s.base, s.geo.name, Math.min(25, clusterZoom(zoom) + 3), padBbox(bbox));
    Promise.all([s.client.groups(fine, { signal: asked.abort.signal }), loadBoundaries()]).then(([rows, b]) => {
      if (this._view !== d) return;
      this._places = { data: d, names: clusterPlaces(d.clusters, parseClusters(rows), b.communes) };
      this.requestUpdate();
    }, () => {}); // without names the entries keep their count: nothing to report
  }

  private _toggleList(): void {
    this._listOpen = !this._listOpen;
    this._refocus = undefined; // a pending refocus belongs to the list as it was
  }

  /** After a list action rebuilt the list (new filter, clusters split), focus the chosen entry again. */
  private _focusAfterRebuild(): void {
    const r = this._refocus;
    if (!r || !this._listOpen || this._view === r.from || this._task.status === TaskStatus.PENDING || this._viewport.pending) return;
    this._refocus = undefined;
    const t = r.target;
    const key = 'near' in t ? nearestItem(listItems(this._pickContext()), t.near) : t.key;
    const entries = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] li')];
    const li = entries.find((x) => x.dataset.key === key) ?? entries[0];
    (li?.querySelector<HTMLElement>('near' in t ? 'button.choose' : 'button.refine') ?? li?.querySelector<HTMLElement>('button'))?.focus();
  }

  /** The viewport query of a large dataset (clusters mode), else undefined. */
  private get _viewportSource(): ViewportSource | undefined {
    const o = this._applied, client = this._link.context?.client;
    if (o?.data.kind !== 'clusters' || !o.base || !client) return undefined;
    const pointLimit = Math.max(1, Math.min(10000, Math.trunc(this.pointLimit) || DEFAULT_POINT_LIMIT));
    return { client, base: o.base, geo: o.data.geo, fields: this._fields, pointLimit };
  }

  private _scheduleViewport(delay = 200): void {
    this._viewport.schedule(this._map, this._viewportSource, delay);
  }

  private _pickContext(): PickContext {
    const data = this._view ?? this._task.value?.data, places = this._places;
    return { host: this, view: this._map, data, meta: this._task.value?.meta, fields: this._fields,
      titleField: this.titleField, refineOnClick: this.refineOnClick, context: this._link.context, i18n: this.i18n,
      places: places && places.data === data ? places.names : undefined,
      refocus: (target) => (this._refocus = { target, from: data }) };
  }

  override render() {
    let body: unknown = nothing;
    let status = '', broken = false;
    try {
      [status, body] = this._renderBody();
    } catch (error) {
      body = this.renderProblem(error);
      broken = true; // an empty map box above the message would look like the fault
    }
    const m = this.i18n.msg(mapMessages);
    const busy = this._task.status === TaskStatus.PENDING || this._viewport.pending;
    const hasMap = !!this._link.context && !this._link.context.configError && !broken;
    return html`${this.renderStatus(status)}
      <p id="help" class="od-visually-hidden">${m.keyboardHelp}</p>
      ${this._link.context && !this._link.context.configError
        ? renderRefineChips(this.refineOnClick, this._task.value?.meta.fields.find((f) => f.name === this.refineOnClick)?.label || this.refineOnClick || '', this._link.context, this.i18n)
        : nothing}
      <div part="map" class=${busy ? 'stale' : ''} aria-busy=${busy ? 'true' : 'false'} ?hidden=${!hasMap || !!this._mapError}></div>
      ${body}
      <p part="attribution">${m.basemap} : ${this.basemap ? this.basemapAttribution ?? '' : BOUNDARIES_ATTRIBUTION}</p>
      ${this.noProvenance || !this._task.value ? nothing
        : renderProvenance(this._task.value.meta, this._link.context?.portalDatasetUrl, this.i18n)}
      ${this._dialog.render()}`;
  }

  protected override get configMessages() {
    return this.i18n.msg(mapMessages);
  }

  private _renderBody(): [string, unknown] {
    const m = this.i18n.msg(mapMessages);
    const linked = this.linkedContext(this._link);
    if ('problem' in linked) return ['', linked.problem];
    if (this.choropleth && !this.joinField) return ['', this.renderConfigError(new ConfigError('noJoin'))];
    parseCamera(this.center ?? null, this.zoom ?? null); // a bad position is the webmaster's to fix: say which
    const task = this._task;
    if (task.status === TaskStatus.ERROR) return ['', this.renderProblem(task.error, () => task.run())];
    const mapProblem = this._mapError ? html`<p part="error" role="alert">${m.noWebgl}</p>` : nothing;
    if (this._viewport.error) {
      const retry = () => { const s = this._viewportSource; if (this._map && s) this._viewport.load(this._map, s); };
      return ['', this.renderError(this._viewport.error, retry)];
    }
    const d = this._view ?? task.value?.data;
    if (!d || (task.status === TaskStatus.PENDING && !this._applied)) {
      this.setDataState('loading');
      return [this.t.loading, mapProblem];
    }
    const unpainted = !this._mapError && this._painted !== d;
    const busy = task.status === TaskStatus.PENDING || this._viewport.pending || unpainted;
    const shown = d.kind === 'clusters' ? d.total : d.kind === 'areas' ? 1 : d.collection.features.length;
    this.setDataState(busy ? 'loading' : shown ? 'ready' : 'empty');
    return [busy ? this.updating(m.updating) : statusText(d, this.i18n), html`${mapProblem}
      ${d.kind === 'areas' ? renderLegend(d, this._valueLabel, this.i18n) : nothing}
      ${this._categories ? renderCategoryLegend(this._categories, linked.ctx, this.i18n) : nothing}
      ${renderList(this._pickContext(), this._listOpen, () => this._toggleList(), this._title(), this._valueLabel)}`];
  }
}
