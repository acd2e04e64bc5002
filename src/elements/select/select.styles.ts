import { css } from 'lit';

export default css`
  label {
    display: block;
    font-weight: 700;
    margin-bottom: calc(var(--_space) / 2);
  }
  select,
  input {
    font: inherit;
    width: 100%;
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .combo {
    position: relative;
  }
  .combo input {
    padding-inline-end: 2em;
  }
  .arrow {
    position: absolute;
    inset-inline-end: 0.6em;
    top: 50%;
    transform: translateY(-50%);
    pointer-events: none;
    color: var(--_muted);
  }
  [part~='listbox'] {
    position: absolute;
    z-index: 3;
    inset-inline: 0;
    top: calc(100% + 2px);
    max-height: var(--od-select-max-height, 16rem);
    overflow: auto;
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [part~='listbox'][hidden] {
    display: none;
  }
  [part~='option'] {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  [part~='option'].active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  [part~='option'][aria-selected='true'] {
    font-weight: 700;
  }
  .tick {
    width: 1em;
    flex: none;
    color: var(--_accent);
  }
  .count {
    color: var(--_muted);
  }
  .none {
    padding: calc(var(--_space) / 2) var(--_space);
    color: var(--_muted);
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    list-style: none;
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
  }
  .chosen button {
    min-height: 2.75em;
    padding: 0 var(--_space);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
  }
  [part~='status'] {
    margin: calc(var(--_space) / 2) 0 0;
    font-size: 0.875em;
  }
  [part~='status']:empty {
    margin: 0;
  }
  @media (forced-colors: active) {
    [part~='option'].active {
      outline-color: Highlight;
    }
  }
`;
