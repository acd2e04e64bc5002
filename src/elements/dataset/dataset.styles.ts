import { css } from 'lit';

// A block box, not `display: contents`: the host's column rules (a block theme's content width, alignment,
// `max-width` on the children of a constrained layout, grid and flex items) must apply to the widgets inside.
// `min-width: 0` lets it shrink as a grid or flex item, so a wide table scrolls inside instead of widening the page.
export default css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    /* A layout box: the host page's own backgrounds show between the widgets, each of which has its surface. */
    background: none;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='error'] {
    display: block;
    background: var(--_surface);
  }
`;
