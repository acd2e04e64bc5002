import { css } from 'lit';

export default css`
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  label {
    font-weight: 700;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: 2.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space);
  }
  [part~='button'] {
    min-height: 2.75em;
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 700;
  }
  [part~='status'] {
    margin: 0;
    min-height: 1.5em;
  }
`;
