import { css } from 'lit';

export default css`
  .links.busy {
    opacity: 0.55;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.5rem;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--od-download-link-background, var(--_surface));
    text-decoration: none;
  }
  a:hover span:not(.icon) {
    text-decoration: underline;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
    margin: var(--_space) 0;
  }
  button {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    padding: calc(var(--_space) / 2) var(--_space);
    min-height: 2.5rem;
  }
  .url {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-top: var(--_space);
  }
  .url input {
    font: inherit;
    width: 100%;
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
