// This module is imported dynamically (by map-view.ts), so it shares its lazy chunk with maplibre-gl and its CSS:
// pages without a map never download them, and `import.meta.url` here is the folder of maplibre's chunk.
import * as ml from 'maplibre-gl';
import css from 'maplibre-gl/dist/maplibre-gl.css?inline';

export type MaplibreModule = typeof ml;
export interface LoadedMaplibre { ml: MaplibreModule; sheet: CSSStyleSheet }

/** Set to `true` by the CDN build (vite.config.ts), which emits `maplibre-gl-worker.mjs` beside this chunk. */
declare const __OD_MAPLIBRE_WORKER_BESIDE__: boolean | undefined;

/** Trusted Types policy name of the map worker's URL (docs/csp.md). */
export const MAP_WORKER_POLICY = 'od-map-worker';

/**
 * Under `require-trusted-types-for 'script'`, `new Worker(string)` throws: give maplibre a TrustedScriptURL made by
 * our `od-map-worker` policy, which accepts one URL only. A worker must be same-origin with the page, so when the bundle
 * comes from another origin (a CDN) that URL is a blob module that imports the worker from the bundle's origin
 * (the page's CSP then needs `worker-src blob:`). maplibre also calls two string methods on the URL, so they are
 * forwarded. Other builds (sources, npm) leave maplibre's own lookup.
 */
function trustWorker(): void {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, o: object): any } }).trustedTypes;
  const beside = typeof __OD_MAPLIBRE_WORKER_BESIDE__ !== 'undefined' && __OD_MAPLIBRE_WORKER_BESIDE__;
  if (!tt || !beside || ml.getWorkerUrl()) return;
  const url = new URL(/* @vite-ignore */ './maplibre-gl-worker.mjs', import.meta.url).href;
  const target = new URL(url).origin === location.origin
    ? url
    : URL.createObjectURL(new Blob([`import ${JSON.stringify(url)};`], { type: 'text/javascript' }));
  try {
    const policy = tt.createPolicy(MAP_WORKER_POLICY, {
      createScriptURL: (u: string) => {
        if (u !== target) throw new TypeError(`${MAP_WORKER_POLICY}: only the map worker is allowed`);
        return u;
      },
    });
    const trusted = policy.createScriptURL(target);
    Object.assign(trusted, { endsWith: (s: string) => target.endsWith(s), split: (s: any) => target.split(s) });
    ml.setWorkerUrl(trusted);
  } catch {
    // Policy name not allowed by the page's CSP: maplibre keeps its own worker URL.
  }
}

let loaded: LoadedMaplibre | undefined;

/** maplibre-gl and its CSS as a constructable stylesheet (for shadow roots), shared by every map of the page. */
export function maplibre(): LoadedMaplibre {
  if (!loaded) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    trustWorker();
    loaded = { ml, sheet };
  }
  return loaded;
}
