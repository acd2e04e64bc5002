import { css, unsafeCSS } from 'lit';
import { TOKENS } from './colour.js';

type Token = keyof typeof TOKENS;
/** `--_<token>`: the webmaster's `--od-color-<token>` (success and warning: element knobs), else the default. */
const tokens = (pick: (t: Token) => string) =>
  unsafeCSS((Object.keys(TOKENS) as Token[]).map((t) => `--_${t}: ${['success', 'warning'].includes(t) ? pick(t) : `var(--od-color-${t}, ${pick(t)})`};`).join('\n'));

/**
 * Shared host styles. Every colour, font and size comes from a documented `--od-*` custom property with a
 * fallback, so a host page brands the widgets by setting them on any ancestor. The font is inherited.
 * Each widget paints its own surface (`--od-color-surface`, white by default) under its own text colour, so it
 * stays readable on a dark host page; `--od-color-scheme` gives native controls (inputs, scrollbars) the same scheme.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--od-font-family, inherit);
    font-size: var(--od-font-size, 1rem);
    line-height: 1.5;
    /* Nothing drawn from data leaves the widget's box (an overlay over the host page), nor widens the page;
       the clip margin keeps focus outlines at the box's edge visible. */
    contain: content;
    overflow-clip-margin: 4px;
    overflow-wrap: anywhere;
    ${tokens((t) => TOKENS[t][0])}
    --_radius: var(--od-radius, 0.25rem);
    --_space: calc(var(--od-space, 0.5rem) * var(--od-density, 1));
    background: var(--_surface);
    color-scheme: var(--od-color-scheme);
  }
  /* Where the browser knows light-dark(), the defaults follow the widget's colour scheme (the page's). */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${tokens((t) => `light-dark(${TOKENS[t][0]}, ${TOKENS[t][1]})`)}
    }
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

/** The outlined secondary button (close, page, calendar): a 44 px target in the theme's colours. Declarations only. */
export const outlinedButton = css`
  min-height: 2.75em;
  padding: 0 var(--_space);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_surface);
  color: var(--_accent);
`;

/** Provenance line styles, shared by the data widgets that render `renderProvenance`. */
export const provenanceStyles = css`
  .od-provenance {
    color: var(--_muted);
    font-size: 0.875em;
    margin: var(--_space) 0 0;
  }
`;
