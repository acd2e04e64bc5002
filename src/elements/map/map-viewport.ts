import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExploreClient, RecordsQuery } from '../../api/index.js';
import { containsBbox, padBbox, type Bbox } from './clusters.js';
import { fetchViewport, type MapData } from './map-data.js';
import type { GeoField } from './geojson.js';
import type { MapView } from './map-view.js';

/** What a viewport query needs: the filtered base query, the point field, the fields and the point limit. */
export interface ViewportSource { client: ExploreClient; base: RecordsQuery; geo: GeoField; fields: string[]; pointLimit: number }

/**
 * Large datasets: after each move, the clusters (or, when few enough, the records) of the padded viewport.
 * A new move aborts the previous request; a move inside the last fetched area at the same zoom fetches nothing.
 */
export class ViewportLoader implements ReactiveController {
  pending = false;
  error?: unknown;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private last?: { bbox: Bbox; zoom: number };

  constructor(private readonly host: ReactiveControllerHost, private readonly draw: (d: MapData) => void) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets the last area and cancels any request (new filters, or detached). */
  reset(): void {
    this.abort?.abort();
    clearTimeout(this.timer);
    this.pending = false;
    this.error = undefined;
    this.last = undefined;
  }

  schedule(view: MapView | undefined, source: ViewportSource | undefined, delay = 200): void {
    clearTimeout(this.timer);
    if (view && source) this.timer = setTimeout(() => this.load(view, source), delay);
  }

  /** Fetches the current viewport now (also the retry of an error). */
  async load(view: MapView, s: ViewportSource): Promise<void> {
    const raw = view.bbox, zoom = view.map?.getZoom();
    if (!raw || zoom === undefined) return;
    const last = this.last;
    if (last && !this.error && Math.round(last.zoom) === Math.round(zoom) && containsBbox(last.bbox, raw)) return;
    const bbox = padBbox(raw);
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.pending = true;
    this.host.requestUpdate();
    try {
      const data = await fetchViewport(s.client, s.base, s.geo, bbox, zoom, { fields: s.fields, pointLimit: s.pointLimit }, abort.signal);
      if (abort.signal.aborted) return;
      this.last = { bbox, zoom };
      this.error = undefined;
      this.draw(data);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      view.clear(); // the old clusters must not look current
    } finally {
      if (this.abort === abort) {
        this.pending = false;
        this.host.requestUpdate();
      }
    }
  }
}
