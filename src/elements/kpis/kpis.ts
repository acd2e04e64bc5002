import { css, html } from 'lit';
import { OdElement } from '../../core/od-element.js';

/**
 * A row of key figures: put several `<od-kpi>` inside. They line up side by side, wrap onto more rows on a phone
 * (one per row at 320 px), keep equal heights within a row and never make the page scroll sideways. Layout only:
 * no data, no text of its own, so a list of figures stays a plain reading order for screen readers.
 *
 * Markup: `<od-kpis><od-kpi source="pop" value="sum(population_municipale)" compare-field="millesime" label="habitants"></od-kpi><od-kpi source="pop" value="count(*)" label="communes"></od-kpi></od-kpis>`.
 *
 * @summary Row of key figures that wraps on small screens.
 * @tag od-kpis
 * @slot - The `<od-kpi>` elements (or any cards).
 * @cssprop --od-kpis-min - Narrowest width of one figure before the row wraps (default `12rem`).
 * @cssprop --od-kpis-gap - Space between figures (default `1rem`).
 */
export class OdKpis extends OdElement {
  static override styles = [css`
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(var(--od-kpis-min, 12rem), 100%), 1fr));
      gap: var(--od-kpis-gap, 1rem);
      align-items: stretch;
      min-width: 0;
    }
    ::slotted(*) {
      min-width: 0;
    }
  `];

  override render() {
    return html`<slot></slot>`;
  }
}
