import { css } from 'lit';

export default css`
  [part~='map'] {
    position: relative;
    height: var(--od-map-height, 26rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: #dde8ef;
    transition: opacity 0.2s;
  }
  [part~='map'][hidden] {
    display: none;
  }
  [part~='map'].stale {
    opacity: 0.6;
  }
  .od-cluster-labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
    overflow: hidden;
  }
  /* The count sits on a pill of the disc's own colour: it stays readable when a larger font overflows the disc. */
  .od-cluster-labels span {
    position: absolute;
    left: 0;
    top: 0;
    padding: 0.1em 0.25em;
    border-radius: 0.7em;
    background: var(--_cluster, #000091);
    color: var(--_cluster-text, #ffffff);
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1;
    white-space: nowrap;
  }
  /* maplibre's stylesheet sets 12px on the map: text inside it (popups) follows the page's font size instead. */
  .maplibregl-map {
    font: inherit;
  }
  .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .maplibregl-ctrl button:focus-visible,
  .maplibregl-popup-close-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .maplibregl-popup-content {
    color: #1e1e1e;
    font: inherit;
    font-size: 0.9em;
    line-height: 1.4;
    padding: 0.6rem 1.8rem 0.6rem 0.75rem;
  }
  .maplibregl-popup-close-button {
    font-size: 1.4em;
    width: 1.4em;
    height: 1.4em;
    line-height: 1;
  }
  /* The popup itself takes focus when it opens (its content is read): the ring goes round its box, not its tip. */
  .maplibregl-popup:focus {
    outline: none;
  }
  .maplibregl-popup:focus-visible .maplibregl-popup-content {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .od-popup-title {
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .od-popup dl {
    margin: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1rem 0.5rem;
  }
  .od-popup dt {
    color: #4a4a4a;
  }
  .od-popup dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='list-toggle'] {
    margin-top: var(--_space);
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
  }
  [part~='list'] ul {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 18rem;
    overflow: auto;
  }
  [part~='list'] li {
    display: flex;
    align-items: stretch;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  [part~='list'] li button {
    display: block;
    flex: 1 1 auto;
    text-align: start;
    padding: 0.3rem 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
  }
  /* refine-on-click's keyboard path: a toggle beside each item, as the chart's data table has. */
  [part~='list'] li button.refine {
    flex: 0 1 auto;
    max-width: 50%;
    border-inline-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    font-size: 0.9em;
  }
  [part~='list'] li button.refine[aria-pressed='true'] {
    font-weight: 700;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .list-title {
    font-weight: 700;
    margin: var(--_space) 0 0.25rem;
  }
  [part~='legend'] {
    margin: var(--_space) 0 0;
  }
  [part~='legend'] ul {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .swatch {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    margin-inline-end: 0.35em;
    vertical-align: -0.15em;
    border: 1px solid #595959;
  }
  /* PALETTE and LAND of choropleth.ts, in the same order. */
  .p0 { background: #1f9e89; }
  .p1 { background: #26828e; }
  .p2 { background: #31688e; }
  .p3 { background: #3b528b; }
  .p4 { background: #472d7b; }
  .p5 { background: #440154; }
  .none { background: #f6f6f2; }
  /* The swatch colour is the information: keep it in forced colours, with a system-colour outline. */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    /* The WebGL discs keep their colour: so do the counts written on them. */
    .od-cluster-labels span {
      forced-color-adjust: none;
    }
    [part~='list'] li button.refine[aria-pressed='true'] {
      border: 0.25em double CanvasText;
    }
  }
  [part~='attribution'] {
    margin: 0.25rem 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='map'] {
      transition: none;
    }
  }
`;
