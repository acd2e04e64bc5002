import { css } from 'lit';

export default css`
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 1.75rem;
  }
  fieldset {
    border: 0;
    margin: var(--_space) 0;
    padding: 0;
  }
  label {
    display: block;
    margin-top: calc(var(--_space) / 2);
  }
  fieldset label {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    max-width: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    min-height: 2.25rem;
    margin: calc(var(--_space) / 2) 0;
    padding: 0 var(--_space);
    cursor: pointer;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
