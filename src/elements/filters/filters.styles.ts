import { css } from 'lit';

export default css`
  .root:focus {
    outline: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip {
    display: inline-flex;
    max-inline-size: 100%;
    text-align: start;
    align-items: center;
    gap: 0.4em;
    border-radius: 1em;
    padding: 0.2em 0.75em;
    min-height: 2rem;
    border: 1px solid var(--od-filters-chip-color, var(--_accent));
    background: var(--od-filters-chip-background, color-mix(in srgb, var(--_accent) 8%, var(--_surface)));
    color: var(--od-filters-chip-color, var(--_accent));
  }
  .x {
    font-size: 1.2em;
    line-height: 1;
  }
  .clear {
    background: none;
    border: none;
    text-decoration: underline;
    color: var(--_accent);
    min-height: 2rem;
    padding: 0.2em 0.5em;
  }
  .base {
    margin-top: calc(var(--_space) / 2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  .base-title {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .base-chip {
    background: var(--_surface);
    border-color: var(--_border);
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='status']:empty {
    margin: 0;
  }
`;
