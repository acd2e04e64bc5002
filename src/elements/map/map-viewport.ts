import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ExploreClient, RecordsQuery } from '../../api/index.js';
import { isAbort } from '../../core/error-text.js';
import { containsBbox, padBbox, type Bbox } from './clusters.js';
import { fetchViewport, type MapData } from './map-data.js';
import type { GeoField } from './geojson.js';
import type { MapView } from './map-view.js';

/** What a viewport query needs: the filtered base query, the point field, the fields and the point limit. */
export interface ViewportSource { client: ExploreClient; base: RecordsQuery; geo: GeoField; fields: string[]; pointLimit: number }

type Area = { bbox: Bbox; zoom: number };

/**
 * Large datasets: after each move, the clusters (or, when few enough, the records) of the padded viewport.
 * A Task runs the request (a new move aborts the previous one, only the latest answer is drawn); a move inside
 * the last fetched area, or the area being fetched, at the same zoom fetches nothing.
 */
export class ViewportLoader implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private last?: Area;
  private asked?: Area & { view: MapView };
  /** Set by reset(): an aborted or forgotten run is neither pending nor an error. */
  private idle = true;
  private task: Task<[MapView, ViewportSource, Area], MapData>;

  constructor(host: ReactiveControllerHost, draw: (d: MapData) => void) {
    host.addController(this);
    this.task = new Task(host, {
      autoRun: false,
      task: ([, s, { bbox, zoom }], { signal }) =>
        fetchViewport(s.client, s.base, s.geo, bbox, zoom, { fields: s.fields, pointLimit: s.pointLimit }, signal),
      onComplete: (data) => {
        this.last = this.asked;
        draw(data);
      },
      onError: (error) => {
        if (!isAbort(error)) this.asked?.view.clear(); // the old clusters must not look current
      },
    });
  }

  get pending(): boolean {
    return !this.idle && this.task.status === TaskStatus.PENDING;
  }

  get error(): unknown {
    const e = this.task.error;
    return !this.idle && this.task.status === TaskStatus.ERROR && !isAbort(e) ? e : undefined;
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets the last area and cancels any request (new filters, or detached). */
  reset(): void {
    clearTimeout(this.timer);
    this.idle = true;
    this.last = undefined;
    this.task.abort();
  }

  schedule(view: MapView | undefined, source: ViewportSource | undefined, delay = 200): void {
    clearTimeout(this.timer);
    if (view && source) this.timer = setTimeout(() => this.load(view, source), delay);
  }

  /** Fetches the current viewport now (also the retry of an error); resolves when this run settled. */
  async load(view: MapView, s: ViewportSource): Promise<void> {
    const raw = view.bbox, zoom = view.map?.getZoom();
    if (!raw || zoom === undefined) return;
    // Inside the last fetched area, or the one being fetched (a resize or a second moveend during a slow answer):
    // nothing to fetch, and the request under way is not aborted to be made again.
    const covers = (a?: Area) => !!a && Math.round(a.zoom) === Math.round(zoom) && containsBbox(a.bbox, raw);
    if ((!this.error && covers(this.last)) || (this.pending && covers(this.asked))) return;
    this.idle = false;
    this.asked = { bbox: padBbox(raw), zoom, view };
    await this.task.run([view, s, this.asked]);
  }
}
