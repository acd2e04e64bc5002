import { css } from 'lit';

export default css`
  figure {
    margin: 0;
    transition: opacity 0.2s;
  }
  figure[aria-busy='true'] {
    opacity: 0.55;
  }
  @media (prefers-reduced-motion: reduce) {
    figure {
      transition: none;
    }
  }
  figcaption {
    margin-bottom: var(--_space);
  }
  figcaption .od-provenance {
    margin: 0;
  }
  [part~='title'] {
    display: block;
    font-weight: 700;
    font-size: var(--od-chart-title-size, 1.125em);
  }
  [part~='sources'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='source-line'] .series-name {
    font-weight: 700;
  }
  [part~='source-line'] .od-provenance {
    display: inline;
  }
  [part~='note'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='caption-meta'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .plot {
    position: relative;
    width: 100%;
    background: var(--_surface);
  }
  .vega svg {
    display: block;
    max-width: 100%;
  }
  [part~='tooltip'] {
    position: absolute;
    z-index: 1;
    max-width: 18rem;
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_text);
    color: var(--_surface);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  [part~='summary'] {
    color: var(--_muted);
    font-size: 0.875em;
    margin: var(--_space) 0;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [part~='actions'] button {
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  [part~='toggle-button'][aria-expanded='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [part~='downloads'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .data {
    overflow: auto;
    margin-top: var(--_space);
    max-height: var(--od-chart-table-max-height, 24rem);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: calc(var(--_space) / 2);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th button {
    background: none;
    border: 0;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: inherit;
    text-align: inherit;
  }
  th button[aria-pressed='true'] {
    font-weight: 700;
    text-decoration-thickness: 3px;
  }
  [part~='render-error'] {
    color: var(--_error);
  }
`;
