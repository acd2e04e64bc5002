import { css } from 'lit';

export default css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 calc(var(--_space) / 2);
  }
  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-bottom: var(--_space);
  }
  [part~='preset'] {
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
  }
  [part~='preset'][aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  [part~='preset'][aria-pressed='true']::before {
    content: '✓ ';
  }
  .inputs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .pair {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }
  input {
    font: inherit;
    min-height: 2.75em;
    padding: 0 calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  [part~='status'] {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.875em;
  }
  [part~='status']:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    [part~='preset'][aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
