// The hosted iframe page (embed.html): renders whitelisted widgets from its URL and posts its height to the
// parent frame, for CMSs that strip scripts. Builds DOM with createElement/setAttribute only (no markup strings).
import { load } from '../autoload.js';
import type { DatasetSource } from '../core/dataset-link.js';
import { safeUrl } from '../core/safe-url.js';
import { embedMessages } from './embed.i18n.js';
import { EMBEDDABLE_TAGS, heightMessages, parseEmbedParams, type EmbedConfig } from './embed-params.js';

const sheet = new CSSStyleSheet();
// Constructed style sheets are CSP-safe (no <style> element); the frame's page has no margin of its own.
sheet.replaceSync('html,body{margin:0;padding:0;background:transparent}body{padding:1px;font-family:system-ui,sans-serif}' +
  '.od-embed-problems{color:#b3261e;font-family:system-ui,sans-serif}');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function meta(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
}

/** Attributes a registered element declares (Lit's observed attributes). */
function attributesOf(tag: string): readonly string[] | undefined {
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return ctor ? (ctor.observedAttributes ?? []) : undefined;
}

function el(tag: string, attrs: [string, string][] = [], text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of attrs) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function render(cfg: EmbedConfig, root: HTMLElement): void {
  const msg = embedMessages[cfg.lang];
  document.documentElement.lang = cfg.lang;
  const portal = cfg.portal ?? meta('od-portal');
  const datasetId = cfg.dataset.find(([k]) => k === 'dataset')?.[1];
  if (cfg.theme) {
    const base = meta('od-themes') ?? './themes/';
    document.head.append(el('link', [['rel', 'stylesheet'], ['href', `${base}${cfg.theme}.css`]]));
    root.classList.add(`od-theme-${cfg.theme}`);
  }
  const what = cfg.title ?? datasetId ?? msg.widgetFallback;
  document.title = msg.docTitle(what);
  if (cfg.problems.length) {
    const box = el('div', [['role', 'alert'], ['class', 'od-embed-problems']], msg.problems);
    const list = el('ul');
    for (const p of cfg.problems) list.append(el('li', [], p));
    box.append(list);
    root.append(box);
    console.warn('[opendata-widgets] embed.html:', cfg.problems.join('; '));
  }
  const widgets = cfg.widgets.map((w) => el(w.tag, w.attrs));
  if (datasetId) {
    const ds = el('od-dataset', [...cfg.dataset, ...(portal ? [['portal', portal] as [string, string]] : [])]);
    ds.append(...widgets);
    root.append(ds);
    customElements.whenDefined('od-dataset').then(() => {
      const source = ds as DatasetSource;
      // A link to the data that works without the widgets.
      const href = safeUrl(source.portalDatasetUrl);
      if (href) {
        const p = el('p', [['class', 'od-embed-source']]);
        p.append(el('a', [['href', href], ['target', '_blank'], ['rel', 'noopener']], msg.seeData));
        root.append(p);
      }
      if (!cfg.title) titleFromMetadata(source, cfg);
    });
  } else root.append(...widgets);
}

/** A real document title: the dataset's own title once known. */
function titleFromMetadata(ds: DatasetSource, cfg: EmbedConfig): void {
  // The context's own (shared, cached) metadata request: no extra fetch.
  ds.metadata()
    .then((m) => {
      const t = m.metas?.default?.title;
      if (typeof t === 'string' && t) document.title = embedMessages[cfg.lang].docTitle(t);
    })
    .catch(() => {}); // the widget itself shows the error
}

/** Posts the page height to the parent whenever it changes (ours + AMP's message). */
function postHeight(frameId: string): void {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const h = document.documentElement.getBoundingClientRect().height;
    if (Math.abs(h - last) < 1) return;
    last = h;
    // Heights are not secret: any parent may read them, and the host script checks who sent them.
    for (const m of heightMessages(frameId, h)) window.parent.postMessage(m, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

/** The embeddable tags named in the URL, loaded first: their declared attributes are the whitelist. */
async function loadRequestedTags(): Promise<void> {
  const named = (new URLSearchParams(location.search).get('widget') ?? '').split(',').map((t) => t.trim().toLowerCase());
  await Promise.all(named.filter((t) => EMBEDDABLE_TAGS.includes(t)).map(load));
}

loadRequestedTags()
  .then(() => {
    const portals = (meta('od-embed-portals') ?? '').split(/\s+/).filter(Boolean);
    const cfg = parseEmbedParams(location.search, attributesOf, portals);
    const root = document.getElementById('od-embed') ?? document.body;
    render(cfg, root);
    postHeight(cfg.frameId);
  })
  .catch((err) => console.error('[opendata-widgets] embed.html:', err));
