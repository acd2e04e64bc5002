import type * as Maplibre from 'maplibre-gl';

export type MaplibreModule = typeof Maplibre;
export interface LoadedMaplibre { ml: MaplibreModule; sheet: CSSStyleSheet }

let loading: Promise<LoadedMaplibre> | undefined;

/**
 * Under `require-trusted-types-for 'script'`, `new Worker(string)` throws: give maplibre a TrustedScriptURL of
 * its same-origin worker, made by our `odw` policy (which accepts nothing else). maplibre also calls string
 * methods on the URL, so the two it uses are forwarded. In the built bundle every chunk sits in one folder and
 * the build emits `maplibre-gl-worker.mjs` beside them; from sources (dev server, tests) maplibre finds its worker
 * itself and no Trusted Types policy is enforced.
 */
function trustWorker(ml: MaplibreModule): void {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, o: object): any } }).trustedTypes;
  if (!tt || import.meta.url.includes('/src/') || ml.getWorkerUrl()) return;
  const url = new URL('./maplibre-gl-worker.mjs', import.meta.url).href;
  try {
    const policy = tt.createPolicy('odw', {
      createScriptURL: (u: string) => {
        if (u !== url) throw new TypeError('odw: only the map worker is allowed');
        return u;
      },
    });
    const trusted = policy.createScriptURL(url);
    Object.assign(trusted, { endsWith: (s: string) => url.endsWith(s), split: (s: any) => url.split(s) });
    ml.setWorkerUrl(trusted);
  } catch {
    // Policy name not allowed by the page's CSP: maplibre falls back to its own worker URL.
  }
}

/** maplibre-gl and its CSS, imported on first use only (a separate chunk), shared by every map of the page. */
export function loadMaplibre(): Promise<LoadedMaplibre> {
  loading ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl.css?inline')]).then(([ml, css]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css.default);
    trustWorker(ml);
    return { ml, sheet };
  });
  loading.catch(() => (loading = undefined)); // a failed chunk load is retried by the next map
  return loading;
}
