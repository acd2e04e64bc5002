// Registers every tag. This is the CDN bundle's entry: `<script type="module" src="…/opendata-widgets.js">`.
import { defineElement } from './core/register.js';
import { OdDataset } from './elements/dataset/dataset.js';

defineElement('od-dataset', OdDataset);

declare global {
  interface HTMLElementTagNameMap {
    'od-dataset': OdDataset;
  }
}
