// Registers the builder (not part of the widgets bundle: it is the open-data team's own page). Every widget it
// offers is loaded first: the bundle otherwise loads an element's code only when its tag appears on the page.
import { load } from '../autoload.js';
import { OdBuilder } from './builder.js';
import { PRESETS } from './presets.js';

Promise.all(PRESETS.map((p) => load(p.tag))).then(() => {
  if (!customElements.get('od-builder')) customElements.define('od-builder', OdBuilder);
});

declare global {
  interface HTMLElementTagNameMap {
    'od-builder': OdBuilder;
  }
}
