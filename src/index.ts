// Public API without side effects: classes and types. Import `define.js` to register the tags.
// One class export per registry entry (test/browser/registry.test.ts fails when one is missing).
export * from './api/index.js';
export { OdElement } from './core/od-element.js';
export { LocalizeController } from './core/localize.js';
export { DatasetLink, type DatasetSource } from './core/dataset-link.js';
export type { ViewState } from './core/view-state.js';
export type { OdEvent, OdEventDetails, OdEventName } from './core/events.js';
export { ConfigError, type ConfigErrorKind } from './core/config-error.js';
export { defineElement, VERSION } from './core/register.js';
export { REGISTRY, TAGS, type OdTag, type OdTagNameMap, type TagEntry, type WidgetPreset } from './registry.js';
export type { Lang } from './i18n/catalog.js';
export { OdDataset } from './elements/dataset/dataset.js';
export { OdCatalog } from './elements/catalog/catalog.js';
export { OdFacets } from './elements/facets/facets.js';
export { OdFilters } from './elements/filters/filters.js';
export { OdDownload } from './elements/download/download.js';
export { OdShare } from './elements/share/share.js';
export { OdTable } from './elements/table/table.js';
export { OdPager } from './elements/pager/pager.js';
export { OdSearch } from './elements/search/search.js';
export { OdKpi } from './elements/kpi/kpi.js';
export { OdChart } from './elements/chart/chart.js';
export { OdMap } from './elements/map/map.js';
export { OdRecords } from './elements/records/records.js';
export { OdDaterange } from './elements/daterange/daterange.js';
export { OdSelect } from './elements/select/select.js';
export { formatValue, type FormattedValue } from './core/format.js';
export { sanitizeHtml, htmlToText } from './core/sanitize.js';
