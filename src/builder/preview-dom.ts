// Renders an EmbedModel as live DOM for the builder's preview: exactly the elements and attributes that
// `tagCode()` writes, built with createElement/setAttribute (values stay text).
import { headingLevel, type EmbedModel } from './snippet.js';

export function previewDom(m: EmbedModel): HTMLElement[] {
  const widgets = m.widgets.map((w) => {
    const el = document.createElement(w.tag);
    for (const [k, v] of w.attrs) el.setAttribute(k, v);
    return el;
  });
  const decorate = (el: HTMLElement) => {
    if (m.theme) el.className = `od-theme-${m.theme}`;
    if (m.lang !== 'fr') el.setAttribute('lang', m.lang);
    return el;
  };
  let nodes: HTMLElement[];
  if (m.dataset.length) {
    const ds = decorate(document.createElement('od-dataset'));
    if (m.theme) ds.setAttribute('theme', m.theme);
    ds.setAttribute('portal', m.portal);
    for (const [k, v] of m.dataset) ds.setAttribute(k, v);
    ds.append(...widgets);
    nodes = [ds];
  } else {
    nodes = widgets.map((w) => {
      w.setAttribute('portal', m.portal);
      return decorate(w);
    });
  }
  if (!m.title && !m.description) return nodes;
  const section = document.createElement('section');
  if (m.title) {
    section.setAttribute('aria-label', m.title);
    const h = document.createElement(`h${headingLevel(m)}`);
    h.textContent = m.title;
    section.append(h);
  }
  if (m.description) {
    const p = document.createElement('p');
    p.textContent = m.description;
    section.append(p);
  }
  section.append(...nodes);
  return [section];
}
