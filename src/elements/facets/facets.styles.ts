import { css } from 'lit';

export default css`
  .groups {
    display: grid;
    gap: var(--od-facets-gap, 1rem);
  }
  .groups.busy {
    opacity: 0.55;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.expanded {
    max-height: var(--od-facets-max-height, 20rem);
    overflow-y: auto;
  }
  li {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    padding: 0.15em 0;
  }
  input {
    margin: 0.3em 0 0;
    width: 1.1em;
    height: 1.1em;
    flex: none;
    accent-color: var(--_accent);
  }
  label {
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .count {
    color: var(--_muted);
  }
  .none {
    color: var(--_muted);
    margin: 0;
  }
  button {
    margin-top: calc(var(--_space) / 2);
    background: none;
    border: none;
    padding: 0.25em 0;
    color: var(--_accent);
    text-decoration: underline;
  }
`;
