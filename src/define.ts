// Registers every tag. This is the CDN bundle's entry: `<script type="module" src="…/opendata-widgets.js">`.
import { defineElement } from './core/register.js';
import { OdDataset } from './elements/dataset/dataset.js';
import { OdCatalog } from './elements/catalog/catalog.js';
import { OdTable } from './elements/table/table.js';

defineElement('od-dataset', OdDataset);
defineElement('od-catalog', OdCatalog);
defineElement('od-table', OdTable);

declare global {
  interface HTMLElementTagNameMap {
    'od-dataset': OdDataset;
    'od-catalog': OdCatalog;
    'od-table': OdTable;
  }
}
