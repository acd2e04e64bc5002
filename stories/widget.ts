// The render shared by the stories: an element with its args as attributes (and CSS custom properties), inside an <od-dataset> context
// (story parameter `context`) with companion widgets (`before`/`after`). The portal, language and theme come from
// the wrapper that .storybook/preview.ts puts around every story.
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { attributeArgTypes } from './manifest-controls.js';

export type Attrs = Record<string, string | number | boolean | undefined>;
export interface WidgetParameters {
  /** Attributes of the <od-dataset> around the element; none: the element stands alone. */
  context?: Attrs;
  before?: [string, Attrs][];
  after?: [string, Attrs][];
}

export function element(tag: string, attrs: Attrs): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false || value === '') continue;
    if (name.startsWith('--')) el.style.setProperty(name, String(value));
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  return el;
}

export function renderWidget(args: Attrs, { component, parameters }: StoryContext): HTMLElement {
  const p = parameters as WidgetParameters;
  const el = element(component!, args);
  if (!p.context) return el;
  const ctx = element('od-dataset', p.context);
  ctx.append(...(p.before ?? []).map(([t, a]) => element(t, a)), el, ...(p.after ?? []).map(([t, a]) => element(t, a)));
  return ctx;
}

/**
 * What every element's default export shares: controls from the manifest and the shared render. Storybook's
 * indexer reads `title` and `component` statically, so each file writes those two itself.
 */
export function widgetMeta(tag: string): Pick<Meta, 'render' | 'argTypes'> {
  return { render: renderWidget as Meta['render'], argTypes: attributeArgTypes(manifest, tag) };
}

/** Fault portals of the local portal (docs/architecture.md, "The local portal"). */
export const PORTAL = {
  /** Every answer 12 s late (under the client's 15 s timeout): the loading state stays on screen. */
  slow: '/__fault/latency=12000',
  /** Every answer is a 503 (retried twice, then the widget shows the error and a retry button). */
  unavailable: '/__fault/status=503',
};
