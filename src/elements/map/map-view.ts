import type { Map as MlMap, Popup } from 'maplibre-gl';
import type { MaplibreModule } from './maplibre-loader.js';
import { loadBoundaries } from './boundaries.js';
import type { MaplibreLocale } from './maplibre-locale.js';
import { addDataLayers, builtinStyle, INTERACTIVE, setData, type DataColors, IDS } from './style.js';
import type { Bbox } from './clusters.js';
import type { FeatureCollection } from './geojson.js';
import { MAX_ZOOM, samePosition, type MapPosition } from './camera.js';

export interface MapViewOptions {
  container: HTMLElement;
  shadowRoot: ShadowRoot;
  locale: MaplibreLocale;
  basemap?: string;
  cooperative: boolean;
  colors: DataColors;
  /** A feature of one of our layers was clicked: which layer's source and its `i`. */
  onPick(source: string, index: number, lngLat: [number, number]): void;
  /** The view stopped moving. */
  onMoveEnd(): void;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const FINISTERE: Bbox = [-5.15, 47.7, -3.38, 48.78];

let loading: Promise<ReturnType<typeof import('./maplibre-loader.js')['maplibre']>> | undefined;

/** maplibre's chunk, imported on first use only; a failed load is retried by the next map. */
function loadMaplibre() {
  loading ??= import('./maplibre-loader.js').then((m) => m.maplibre());
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The visitor asked the system for less motion. */
export const reducedMotion = () => !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** The maplibre side of `<od-map>`: creation, data sources, camera, popup, and removal. */
export class MapView {
  map?: MlMap;
  /** The style and our layers are loaded: data shown now is drawn (before, `map` exists but draws nothing). */
  ready = false;
  private ml?: MaplibreModule;
  private popup?: Popup;
  private removed = false;
  private labels?: HTMLElement;
  private labelled: Array<{ at: [number, number]; el: HTMLElement }> = [];
  /** Where the map last put itself (fitting data, or the page's `center`/`zoom`); elsewhere, the visitor moved it. */
  private framed?: MapPosition;

  constructor(private readonly o: MapViewOptions) {}

  /** Loads maplibre (first map of the page only) and resolves once the style is ready. */
  async init(): Promise<void> {
    const { ml, sheet } = await loadMaplibre();
    const root = this.o.shadowRoot;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    const style = this.o.basemap ? this.o.basemap : builtinStyle(await loadBoundaries());
    if (this.removed) return;
    this.ml = ml;
    const map = new ml.Map({
      container: this.o.container, style, bounds: FINISTERE, attributionControl: false, maplibreLogo: false,
      locale: this.o.locale, cooperativeGestures: this.o.cooperative, reduceMotion: reducedMotion(),
      dragRotate: false, pitchWithRotate: false, touchPitch: false, maxZoom: MAX_ZOOM,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new ml.NavigationControl({ showCompass: false }), 'top-right');
    this.map = map;
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => resolve());
      map.once('error', (e: any) => (map.loaded() ? undefined : reject(e?.error ?? new Error('map error'))));
    });
    addDataLayers(map, this.o.colors);
    this.ready = true;
    for (const layer of INTERACTIVE) {
      map.on('click', layer, (e: any) => {
        const f = e.features?.[0];
        if (f) this.o.onPick(f.source, Number(f.properties?.i), [e.lngLat.lng, e.lngLat.lat]);
      });
      map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
    }
    map.on('moveend', () => this.o.onMoveEnd());
    // Cluster counts as HTML text over the canvas: no glyphs to fetch, crisp at any zoom. Hidden from assistive
    // technology, which gets the same counts in the list.
    this.labels = document.createElement('div');
    this.labels.className = 'od-cluster-labels';
    this.labels.setAttribute('aria-hidden', 'true');
    map.getCanvasContainer().after(this.labels); // below popups and controls
    map.on('move', () => this.placeLabels());
  }

  /** Writes the counts of the clusters shown (or none). */
  setClusterLabels(items: Array<{ at: [number, number]; text: string }>): void {
    if (!this.labels) return;
    this.labels.replaceChildren();
    this.labelled = items.map(({ at, text }) => {
      const el = document.createElement('span');
      el.textContent = text;
      this.labels!.append(el);
      return { at, el };
    });
    this.placeLabels();
  }

  private placeLabels(): void {
    if (!this.map) return;
    for (const { at, el } of this.labelled) {
      const p = this.map.project(at);
      el.style.transform = `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px) translate(-50%, -50%)`;
    }
  }

  /** Puts data in our sources (the others are emptied). */
  show(source: 'data' | 'clusters' | 'areas', data: FeatureCollection): void {
    if (!this.map) return;
    for (const s of ['data', 'clusters', 'areas'] as const) setData(this.map, IDS[s], s === source ? data : EMPTY);
    if (source !== 'clusters') this.setClusterLabels([]);
  }

  /** Calls `done` once MapLibre has painted what was just shown (its next `idle`: sources parsed, frame drawn). */
  afterPaint(done: () => void): void {
    if (!this.map) return;
    this.map.once('idle', done);
    this.map.triggerRepaint();
  }

  /** Empties every data source (after an error: old data must not look current). */
  clear(): void {
    if (this.map) for (const s of [IDS.data, IDS.clusters, IDS.areas]) setData(this.map, s, EMPTY);
    this.setClusterLabels([]);
  }

  get bbox(): Bbox | undefined {
    const b = this.map?.getBounds();
    return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : undefined;
  }

  fit(b: Bbox, maxZoom = 15): void {
    if (!this.map) return;
    const pad = Math.min(40, this.o.container.clientWidth / 8, this.o.container.clientHeight / 8);
    if (b[0] === b[2] && b[1] === b[3]) this.map.jumpTo({ center: [b[0], b[1]], zoom: Math.min(maxZoom, 13) });
    else this.map.fitBounds(b, { padding: pad, maxZoom, duration: 0 });
    this.framed = this.position;
  }

  /** Jumps to a position the page asked for (either part may be missing: the current one is kept). */
  jump(p: Partial<MapPosition>): void {
    if (!this.map) return;
    this.map.jumpTo({ ...(p.center ? { center: p.center } : {}), ...(p.zoom === undefined ? {} : { zoom: p.zoom }) });
    this.framed = this.position;
  }

  /** The camera now. */
  get position(): MapPosition | undefined {
    const c = this.map?.getCenter();
    return c ? { center: [c.lng, c.lat], zoom: this.map!.getZoom() } : undefined;
  }

  /** The visitor (keyboard, pointer, buttons, list) moved the map away from where it put itself. */
  get moved(): boolean {
    const p = this.position;
    return !!p && !!this.framed && !samePosition(p, this.framed);
  }

  /**
   * Centres the map on a point (eased, or a jump under reduced motion), optionally zooming. With `forPopup` the
   * point sits a quarter of the height below the centre, so the popup above it fits in the map.
   */
  centre(at: [number, number], zoom?: number, forPopup = false): void {
    const offset: [number, number] = [0, forPopup ? Math.round(this.o.container.clientHeight / 4) : 0];
    this.map?.easeTo({ center: at, offset, ...(zoom === undefined ? {} : { zoom }), duration: reducedMotion() ? 0 : 400 });
  }

  /**
   * Opens the popup with DOM content as a named, non-modal dialog: focus goes to it, so its title and content
   * are read. Esc or "Fermer" close it and focus goes back to `returnTo` (the list item that opened it); Tab past
   * its end continues in the list after that item, Shift+Tab before its start goes back to it.
   */
  openPopup(at: [number, number], content: HTMLElement, returnTo?: HTMLElement | null): void {
    if (!this.map || !this.ml) return;
    this.popup?.remove();
    const popup = new this.ml.Popup({ maxWidth: '18rem', focusAfterOpen: false, closeOnClick: true });
    popup.setLngLat(at).setDOMContent(content).addTo(this.map);
    const el = popup.getElement();
    if (!el) return;
    const title = content.querySelector('.od-popup-title'), body = content.querySelector('dl');
    if (title) title.id = 'od-popup-title';
    if (body) body.id = 'od-popup-body';
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-labelledby', 'od-popup-title');
    if (body) el.setAttribute('aria-describedby', 'od-popup-body');
    el.tabIndex = -1;
    el.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape') { e.stopPropagation(); popup.remove(); return; }
      if (e.key !== 'Tab' || !returnTo?.isConnected) return;
      const inside = [...el.querySelectorAll<HTMLElement>('a[href], button')];
      const active = this.o.shadowRoot.activeElement;
      if (e.shiftKey && (active === el || active === inside[0])) { e.preventDefault(); returnTo.focus(); }
      else if (!e.shiftKey && active === inside[inside.length - 1]) { e.preventDefault(); (this.nextAfter(returnTo) ?? returnTo).focus(); }
    });
    popup.on('close', () => {
      if (this.popup === popup) this.popup = undefined;
      if (returnTo?.isConnected) returnTo.focus();
    });
    this.popup = popup;
    el.focus({ preventScroll: true });
  }

  /** The focusable element after `from` in the widget (outside the map), for leaving a popup forwards. */
  private nextAfter(from: HTMLElement): HTMLElement | undefined {
    const all = [...this.o.shadowRoot.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]')]
      .filter((x) => !this.o.container.contains(x) && x.getClientRects().length > 0);
    const i = all.indexOf(from);
    return i < 0 ? undefined : all[i + 1];
  }

  /** Names the canvas and the zoom buttons after the map's title (distinct names when a page has several maps). */
  setNames(mapLabel: string, named: (control: string) => string): void {
    this.map?.getCanvas().setAttribute('aria-label', mapLabel);
    for (const [cls, key] of [['zoom-in', 'NavigationControl.ZoomIn'], ['zoom-out', 'NavigationControl.ZoomOut']] as const) {
      const b = this.o.container.querySelector(`.maplibregl-ctrl-${cls}`);
      b?.setAttribute('aria-label', named(this.o.locale[key]));
      b?.setAttribute('title', named(this.o.locale[key]));
    }
  }

  closePopup(): void {
    this.popup?.remove();
  }

  /** Removes the map and its WebGL context (on disconnect). */
  remove(): void {
    this.removed = true;
    this.popup?.remove();
    this.labels?.remove();
    this.labelled = [];
    this.map?.remove();
    this.map = undefined;
  }
}
