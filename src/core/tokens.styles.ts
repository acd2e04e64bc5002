import { css } from 'lit';

/**
 * Shared host styles. Every colour, font and size comes from a documented `--od-*` custom property with a
 * fallback, so a host page brands the widgets by setting them on any ancestor. The font is inherited.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--od-color-text, #1e1e1e);
    font-family: var(--od-font-family, inherit);
    font-size: var(--od-font-size, 1rem);
    line-height: 1.5;
    /* Nothing drawn from data leaves the widget's box (an overlay over the host page), nor widens the page;
       the clip margin keeps focus outlines at the box's edge visible. */
    contain: content;
    overflow-clip-margin: 4px;
    overflow-wrap: anywhere;
    --_accent: var(--od-color-accent, #000091);
    --_accent-contrast: var(--od-color-accent-contrast, #ffffff);
    --_surface: var(--od-color-surface, #ffffff);
    --_muted: var(--od-color-muted, #595959);
    --_border: var(--od-color-border, #929292);
    --_error: var(--od-color-error, #b3261e);
    --_radius: var(--od-radius, 0.25rem);
    --_space: calc(var(--od-space, 0.5rem) * var(--od-density, 1));
    --_focus: var(--od-color-focus, #0a76f6);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }
  .od-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='status'] {
    color: var(--_muted);
    margin: var(--_space) 0;
  }
  [part~='error'] {
    color: var(--_error);
    border-inline-start: 4px solid var(--_error);
    padding: var(--_space);
    margin: var(--_space) 0;
  }
  .od-portal-message {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part~='retry-button'] {
    margin-inline-start: var(--_space);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    padding: calc(var(--_space) / 2) var(--_space);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Provenance line styles, shared by the data widgets that render `renderProvenance`. */
export const provenanceStyles = css`
  .od-provenance {
    color: var(--_muted);
    font-size: 0.875em;
    margin: var(--_space) 0 0;
  }
`;
