// Registers every tag. This is the CDN bundle's entry: `<script type="module" src="…/opendata-widgets.js">`.
import { defineElement } from './core/register.js';
import { OdDataset } from './elements/dataset/dataset.js';
import { OdCatalog } from './elements/catalog/catalog.js';

defineElement('od-dataset', OdDataset);
defineElement('od-catalog', OdCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'od-dataset': OdDataset;
    'od-catalog': OdCatalog;
  }
}
