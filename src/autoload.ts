// The CDN bundle's entry (`dist/opendata-widgets.js`). It registers <od-dataset> at once and every other tag
// the first time it appears in the document, loading that element's code then: a page with only a table
// downloads the core and the table, never the catalogue's sanitiser, the chart or the map.
// (The npm entry `define.js` registers every tag eagerly instead.)
import { defineElement } from './core/register.js';
import { OdDataset } from './elements/dataset/dataset.js';

type Loader = () => Promise<CustomElementConstructor>;

const LOADERS: Record<string, Loader> = {
  'od-catalog': () => import('./elements/catalog/catalog.js').then((m) => m.OdCatalog),
  'od-facets': () => import('./elements/facets/facets.js').then((m) => m.OdFacets),
  'od-filters': () => import('./elements/filters/filters.js').then((m) => m.OdFilters),
  'od-download': () => import('./elements/download/download.js').then((m) => m.OdDownload),
  'od-table': () => import('./elements/table/table.js').then((m) => m.OdTable),
  'od-pager': () => import('./elements/pager/pager.js').then((m) => m.OdPager),
  'od-search': () => import('./elements/search/search.js').then((m) => m.OdSearch),
  'od-kpi': () => import('./elements/kpi/kpi.js').then((m) => m.OdKpi),
  'od-kpis': () => import('./elements/kpis/kpis.js').then((m) => m.OdKpis),
  'od-chart': () => import('./elements/chart/chart.js').then((m) => m.OdChart),
  'od-map': () => import('./elements/map/map.js').then((m) => m.OdMap),
};

const loading = new Map<string, Promise<void>>();

/** Loads and defines one tag (once); resolves when it is defined. Never rejects into the page. */
export function load(tag: string): Promise<void> {
  const loader = LOADERS[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    done = loader()
      .then((ctor) => defineElement(tag, ctor))
      .catch((error) => {
        loading.delete(tag); // a later appearance tries again (e.g. after a network blip)
        console.error(`[opendata-widgets] <${tag}> n’a pas pu être chargé :`, error);
      });
    loading.set(tag, done);
  }
  return done;
}

/**
 * Defines the tags used under `root`. Called for the document and for every added subtree; call it yourself for
 * widgets you put inside your own shadow roots.
 */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName in LOADERS) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) if (el.localName in LOADERS) tags.add(el.localName);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

defineElement('od-dataset', OdDataset);
discover(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
