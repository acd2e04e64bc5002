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
  .od-cluster-labels span {
    position: absolute;
    left: 0;
    top: 0;
    color: #ffffff;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1;
    white-space: nowrap;
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
    padding: 0.6rem 1.8rem 0.6rem 0.75rem;
  }
  .maplibregl-popup-close-button {
    font-size: 1.25rem;
    width: 1.75rem;
    height: 1.75rem;
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
  [part~='list'] li button {
    display: block;
    width: 100%;
    text-align: start;
    padding: 0.3rem 0.5rem;
    border: 0;
    border-bottom: 1px solid #e5e5e5;
    background: none;
    color: var(--_accent);
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
