// Registers every tag. This is the CDN bundle's entry: `<script type="module" src="…/opendata-widgets.js">`.
import { defineElement } from './core/register.js';
import { OdDataset } from './elements/dataset/dataset.js';
import { OdCatalog } from './elements/catalog/catalog.js';
import { OdFacets } from './elements/facets/facets.js';
import { OdFilters } from './elements/filters/filters.js';
import { OdDownload } from './elements/download/download.js';
import { OdTable } from './elements/table/table.js';
import { OdPager } from './elements/pager/pager.js';
import { OdSearch } from './elements/search/search.js';
import { OdKpi } from './elements/kpi/kpi.js';
import { OdKpis } from './elements/kpis/kpis.js';
import { OdChart } from './elements/chart/chart.js';
import { OdMap } from './elements/map/map.js';

defineElement('od-dataset', OdDataset);
defineElement('od-catalog', OdCatalog);
defineElement('od-facets', OdFacets);
defineElement('od-filters', OdFilters);
defineElement('od-download', OdDownload);
defineElement('od-table', OdTable);
defineElement('od-pager', OdPager);
defineElement('od-search', OdSearch);
defineElement('od-kpi', OdKpi);
defineElement('od-kpis', OdKpis);
defineElement('od-chart', OdChart);
defineElement('od-map', OdMap);

declare global {
  interface HTMLElementTagNameMap {
    'od-dataset': OdDataset;
    'od-catalog': OdCatalog;
    'od-facets': OdFacets;
    'od-filters': OdFilters;
    'od-download': OdDownload;
    'od-table': OdTable;
    'od-pager': OdPager;
    'od-search': OdSearch;
    'od-kpi': OdKpi;
    'od-kpis': OdKpis;
    'od-chart': OdChart;
    'od-map': OdMap;
  }
}
