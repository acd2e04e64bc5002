import { css } from 'lit';

export default css`
  :host {
    --_cell-padding: var(--od-table-cell-padding, calc(var(--_space) * 0.75) var(--_space));
    --_header-bg: var(--od-table-header-background, color-mix(in srgb, var(--_accent) 8%, var(--_surface)));
    --_stripe: var(--od-table-stripe, color-mix(in srgb, var(--_muted) 7%, var(--_surface)));
  }
  .scroller {
    overflow: auto;
    max-height: var(--od-table-max-height, 80vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .scroller.busy {
    opacity: 0.55;
    transition: opacity 0.2s;
  }
  @media (prefers-reduced-motion: reduce) {
    .scroller.busy {
      transition: none;
    }
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding: var(--_cell-padding);
  }
  th,
  td {
    /* Cells keep whole words when the table scrolls; a long value is cut (formatValue) and wraps at the cut. */
    overflow-wrap: break-word;
    unicode-bidi: isolate;
    padding: var(--_cell-padding);
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_header-bg);
    border-bottom: 2px solid var(--_border);
    white-space: nowrap;
    font-weight: 700;
  }
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  .num {
    text-align: end;
  }
  th.num button {
    flex-direction: row-reverse;
  }
  .empty-value {
    color: var(--_muted);
    font-style: italic;
  }
  [part~='sort-button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    border: 0;
    padding: 0;
    margin: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: inherit;
  }
  [part~='sort-button']:hover span {
    text-decoration: underline;
  }
  .sort-icon {
    width: 0.9em;
    height: 0.9em;
    flex: none;
    fill: currentColor;
  }
  .sort-none {
    opacity: 0.55;
  }
  .sort-asc,
  .sort-desc {
    color: var(--_accent);
  }
  .empty {
    padding: var(--_space);
    margin: 0;
  }
  [part~='config-warning'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .sort-icon {
      fill: CanvasText;
    }
    thead th {
      border-bottom: 2px solid CanvasText;
    }
  }
`;
