import type { ViewState } from './view-state.js';
import type { DatasetSource } from './dataset-link.js';

/** Every event of the library and its `detail`. Names: `od-<element>-<what happened>` (the context's is the view's). */
export interface OdEventDetails {
  /** `<od-dataset>`: the visitor's view or the base filters changed. */
  'od-view-change': ViewState;
  /** `<od-dataset>`, on `document`: a context connected (widgets placed before it link then). */
  'od-dataset-connected': DatasetSource;
  /** `<od-download>`: the API URL of the view was copied. */
  'od-download-copy': { url: string };
  /** `<od-chart>`: the chart was drawn (after every new answer or resize). */
  'od-chart-ready': { type: string; points: number; drawnAs: string };
  /** `<od-chart>`: a mark or a category was chosen. */
  'od-chart-select': { field: string; value: string };
  /** `<od-map>`: data was drawn. */
  'od-map-ready': { mode: 'features' | 'clusters' | 'areas'; shown: number; total: number };
  /** `<od-map>`: the visitor moved the map (pan, zoom, list); `center` is [longitude, latitude]. */
  'od-map-move': { center: [number, number]; zoom: number };
  /** `<od-map>`: a feature was chosen (map click or list). */
  'od-map-select': { record?: object; area?: object };
}

export type OdEventName = keyof OdEventDetails;
export type OdEvent<K extends OdEventName> = CustomEvent<OdEventDetails[K]>;

/**
 * Dispatches one of the library's events. By default it bubbles and crosses shadow roots, so a page listening on
 * `document` hears widgets rendered inside other components.
 */
export function emit<K extends OdEventName>(target: EventTarget, type: K, detail: OdEventDetails[K],
  init: { bubbles?: boolean; composed?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, ...init, detail }));
}

type OdEventMap = { [K in OdEventName]: OdEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members come from OdEventDetails
  interface HTMLElementEventMap extends OdEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `od-dataset-connected` is heard on document
  interface DocumentEventMap extends OdEventMap {}
}
