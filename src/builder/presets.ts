// What the builder, the stories and the docs know about each widget beyond its manifest: a French label,
// whether it needs a dataset, a dataset to show it with, and example attributes.

export interface WidgetPreset {
  tag: string;
  label: { fr: string; en: string; br: string };
  /** Reads a dataset through `<od-dataset>` (false: reads the portal's catalogue). */
  needsDataset: boolean;
  /** Example dataset and attributes (docs, stories, builder defaults). */
  dataset?: string;
  attrs?: Record<string, string>;
}

export const PRESETS: WidgetPreset[] = [
  { tag: 'od-table', label: { fr: 'Tableau', en: 'Table', br: 'Taolenn' }, needsDataset: true,
    dataset: 'finistere-aires-covoiturage', attrs: { fields: 'nom_lieu,com_lieu,nbre_pl', 'page-size': '5' } },
  { tag: 'od-search', label: { fr: 'Recherche', en: 'Search', br: 'Klask' }, needsDataset: true, dataset: 'qbo-kerofis-noms-de-lieux' },
  { tag: 'od-facets', label: { fr: 'Filtres par catégorie', en: 'Category filters', br: 'Siloù dre rummad' }, needsDataset: true,
    dataset: 'finistere-france-services' },
  { tag: 'od-filters', label: { fr: 'Filtres actifs', en: 'Active filters', br: 'Siloù oberiant' }, needsDataset: true,
    dataset: 'finistere-france-services' },
  { tag: 'od-pager', label: { fr: 'Pagination', en: 'Pagination', br: 'Pajennaozañ' }, needsDataset: true, dataset: 'finistere-aires-covoiturage' },
  { tag: 'od-kpi', label: { fr: 'Chiffre clé', en: 'Key figure', br: 'Sifr pennañ' }, needsDataset: true, dataset: 'qbo-communes',
    attrs: { value: 'sum(population_municipale)', label: 'habitants' } },
  { tag: 'od-download', label: { fr: 'Téléchargement', en: 'Download', br: 'Pellgargañ' }, needsDataset: true, dataset: 'finistere-irve-points-de-charge' },
  { tag: 'od-chart', label: { fr: 'Graphique', en: 'Chart', br: 'Grafik' }, needsDataset: true, dataset: 'qbo-population-historique',
    attrs: { type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', top: '4' } },
  { tag: 'od-map', label: { fr: 'Carte', en: 'Map', br: 'Kartenn' }, needsDataset: true, dataset: 'finistere-aires-covoiturage',
    attrs: { 'title-field': 'nom_lieu', 'popup-fields': 'ad_lieu,nbre_pl' } },
  { tag: 'od-catalog', label: { fr: 'Catalogue de jeux de données', en: 'Dataset catalogue', br: 'Katalog ar strolladoù roadennoù' },
    needsDataset: false },
];

export const presetOf = (tag: string): WidgetPreset | undefined => PRESETS.find((p) => p.tag === tag);
