import { css } from 'lit';

/** The `color-by` legend and the `refine-on-click` chips. */
export default css`
  .categories {
    margin: var(--_space) 0 0;
  }
  .categories-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 700;
  }
  .categories ul,
  .refine-chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .categories button,
  .categories .other {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .categories button[aria-pressed='true'] {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .cat-swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--c);
    border: 1px solid #ffffff;
    outline: 1px solid var(--c);
    flex: none;
  }
  .refine-chips {
    margin-bottom: calc(var(--_space) / 2);
  }
  [part~='refine-chip'] {
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .cat-swatch {
      forced-color-adjust: none;
    }
  }
`;
