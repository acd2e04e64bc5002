// The one list of tags. Everything else derives from it: `define.ts` (npm entry, every tag at once),
// `autoload.ts` (CDN entry, each tag when it appears), the builder's presets, the iframe page's whitelist and the
// `HTMLElementTagNameMap` types. A new element = one entry here + its folder under src/elements + its tests
// (test/browser/registry.test.ts fails when a tag is missing from the index, the manifest or the docs).
// Loaders are dynamic imports, so reading this list loads no element code.

/** What the builder, the docs and the stories know about a widget beyond its manifest. */
export interface WidgetPreset {
  label: { fr: string; en: string; br: string };
  /** Reads a dataset through `<od-dataset>` (false: reads the portal's catalogue). */
  needsDataset: boolean;
  /** Example dataset and attributes (docs, stories, builder defaults). */
  dataset?: string;
  attrs?: Record<string, string>;
}

export interface TagEntry {
  /** Loads the element's module and returns its class. */
  load: () => Promise<CustomElementConstructor>;
  /** Defined as soon as the CDN bundle runs (its code is in the main chunk), not when the tag first appears. */
  core?: boolean;
  /** The iframe page (`embed.html?widget=…`) may render it. */
  embeddable?: boolean;
  /** Offered by the builder (in this order), with its defaults. */
  preset?: WidgetPreset;
}

export const REGISTRY = {
  'od-dataset': { core: true, load: () => import('./elements/dataset/dataset.js').then((m) => m.OdDataset) },
  'od-table': {
    embeddable: true, load: () => import('./elements/table/table.js').then((m) => m.OdTable),
    preset: { label: { fr: 'Tableau', en: 'Table', br: 'Taolenn' }, needsDataset: true,
      dataset: 'finistere-aires-covoiturage', attrs: { fields: 'nom_lieu,com_lieu,type', 'page-size': '5' } },
  },
  'od-search': {
    embeddable: true, load: () => import('./elements/search/search.js').then((m) => m.OdSearch),
    preset: { label: { fr: 'Recherche', en: 'Search', br: 'Klask' }, needsDataset: true, dataset: 'qbo-kerofis-noms-de-lieux' },
  },
  'od-facets': {
    embeddable: true, load: () => import('./elements/facets/facets.js').then((m) => m.OdFacets),
    preset: { label: { fr: 'Filtres par catégorie', en: 'Category filters', br: 'Siloù dre rummad' }, needsDataset: true,
      dataset: 'finistere-france-services' },
  },
  'od-filters': {
    embeddable: true, load: () => import('./elements/filters/filters.js').then((m) => m.OdFilters),
    preset: { label: { fr: 'Filtres actifs', en: 'Active filters', br: 'Siloù oberiant' }, needsDataset: true,
      dataset: 'finistere-france-services' },
  },
  'od-pager': {
    embeddable: true, load: () => import('./elements/pager/pager.js').then((m) => m.OdPager),
    preset: { label: { fr: 'Pagination', en: 'Pagination', br: 'Pajennaozañ' }, needsDataset: true, dataset: 'finistere-aires-covoiturage' },
  },
  'od-kpi': {
    embeddable: true, load: () => import('./elements/kpi/kpi.js').then((m) => m.OdKpi),
    preset: { label: { fr: 'Chiffre clé', en: 'Key figure', br: 'Sifr pennañ' }, needsDataset: true, dataset: 'qbo-communes',
      attrs: { value: 'sum(population_municipale)', label: 'habitants' } },
  },
  // A layout row for several key figures: no data of its own, so no preset.
  'od-kpis': { load: () => import('./elements/kpis/kpis.js').then((m) => m.OdKpis) },
  'od-download': {
    embeddable: true, load: () => import('./elements/download/download.js').then((m) => m.OdDownload),
    preset: { label: { fr: 'Téléchargement', en: 'Download', br: 'Pellgargañ' }, needsDataset: true, dataset: 'finistere-irve-points-de-charge' },
  },
  'od-chart': {
    embeddable: true, load: () => import('./elements/chart/chart.js').then((m) => m.OdChart),
    preset: { label: { fr: 'Graphique', en: 'Chart', br: 'Grafik' }, needsDataset: true, dataset: 'qbo-population-historique',
      attrs: { type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', top: '4' } },
  },
  'od-map': {
    embeddable: true, load: () => import('./elements/map/map.js').then((m) => m.OdMap),
    preset: { label: { fr: 'Carte', en: 'Map', br: 'Kartenn' }, needsDataset: true, dataset: 'finistere-aires-covoiturage',
      attrs: { 'title-field': 'nom_lieu', 'popup-fields': 'ad_lieu,type' } },
  },
  'od-share': {
    embeddable: true, load: () => import('./elements/share/share.js').then((m) => m.OdShare),
    preset: { label: { fr: 'Intégrer cette vue', en: 'Embed this view', br: 'Enframmañ ar gwel-mañ' }, needsDataset: true,
      dataset: 'finistere-aires-covoiturage' },
  },
  'od-records': {
    embeddable: true, load: () => import('./elements/records/records.js').then((m) => m.OdRecords),
    preset: { label: { fr: 'Fiches (cartes ou liste)', en: 'Record cards', br: 'Fichennoù' }, needsDataset: true,
      dataset: 'finistere-france-services', attrs: { 'page-size': '6', detail: '' } },
  },
  'od-daterange': {
    embeddable: true, load: () => import('./elements/daterange/daterange.js').then((m) => m.OdDaterange),
    preset: { label: { fr: 'Filtre de dates', en: 'Date filter', br: 'Sil deiziadoù' }, needsDataset: true,
      dataset: 'synthetic-events', attrs: { field: 'date_debut', 'end-field': 'date_fin' } },
  },
  'od-select': {
    embeddable: true, load: () => import('./elements/select/select.js').then((m) => m.OdSelect),
    preset: { label: { fr: 'Liste déroulante de filtre', en: 'Filter drop-down', br: 'Roll-dibab silañ' }, needsDataset: true,
      dataset: 'finistere-festivals', attrs: { field: 'commune_principale', multiple: '' } },
  },
  'od-catalog': {
    embeddable: true, load: () => import('./elements/catalog/catalog.js').then((m) => m.OdCatalog),
    preset: { label: { fr: 'Catalogue de jeux de données', en: 'Dataset catalogue', br: 'Katalog ar strolladoù roadennoù' },
      needsDataset: false },
  },
};

export type OdTag = keyof typeof REGISTRY;

/** Every tag, in the registry's order. */
export const TAGS = Object.keys(REGISTRY) as OdTag[];

// Checks every entry (a `satisfies` on the literal would make its type circular through HTMLElementTagNameMap).
const CHECKED: Readonly<Record<OdTag, TagEntry>> = REGISTRY;

/** `[tag, entry]` pairs, in the registry's order. */
export const ENTRIES = Object.entries(CHECKED) as [OdTag, TagEntry][];

export const isOdTag = (tag: string): tag is OdTag => Object.hasOwn(REGISTRY, tag);

export const entryOf = (tag: string): TagEntry | undefined => (isOdTag(tag) ? CHECKED[tag] : undefined);

/** The element type of each tag, read from its loader. */
export type OdTagNameMap = {
  [K in OdTag]: InstanceType<Awaited<ReturnType<(typeof REGISTRY)[K]['load']>>>;
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the map's members come from the registry
  interface HTMLElementTagNameMap extends OdTagNameMap {}
}
