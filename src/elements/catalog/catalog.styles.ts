import { css } from 'lit';

export default css`
  :host {
    --_gap: var(--od-catalog-gap, 1rem);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: flex-end;
  }
  .search,
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .search {
    flex: 1 1 16rem;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  /* At 320 px the button goes under the field rather than being squeezed or cut (RGAA 10.11). */
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .search-row button {
    overflow-wrap: normal;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    min-height: 2.5rem;
  }
  select {
    max-width: 16rem;
  }
  input {
    flex: 1 1 10rem;
    min-width: 0;
  }
  button {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
  }
  button[aria-disabled='true'] {
    background: var(--_surface);
    color: var(--_muted);
    border-color: var(--_border);
    cursor: not-allowed;
  }
  .results.busy {
    opacity: 0.55;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  article {
    background: var(--od-catalog-card-background, var(--_surface));
    border: var(--od-catalog-card-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .title {
    margin: 0 0 var(--_space);
    font-size: 1.15em;
    line-height: 1.3;
  }
  .description {
    overflow-wrap: anywhere;
  }
  .title,
  .metas dd,
  [part~='keyword'] {
    unicode-bidi: isolate;
  }
  .description > :first-child {
    margin-top: 0;
  }
  .metas {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 3);
    margin: var(--_space) 0 0;
    font-size: 0.9em;
  }
  .metas dt {
    color: var(--_muted);
  }
  .metas dd {
    margin: 0;
  }
  .keywords {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .keywords li {
    background: var(--od-catalog-keyword-background, color-mix(in srgb, var(--_muted) 14%, var(--_surface)));
    border-radius: var(--_radius);
    padding: 0 0.4em;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-top: var(--_gap);
  }
  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
