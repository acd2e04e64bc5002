// Registers the builder (not part of the widgets bundle: it is the open-data team's own page).
import '../define.js';
import { OdBuilder } from './builder.js';

if (!customElements.get('od-builder')) customElements.define('od-builder', OdBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'od-builder': OdBuilder;
  }
}
