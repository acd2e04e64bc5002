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
  document.title = msg.docTitle(cfg.title && cfg.description ? `${cfg.title} : ${cfg.description.slice(0, 120)}` : what);
  if (cfg.problems.length) {
    const box = el('div', [['role', 'alert'], ['class', 'od-embed-problems']], msg.problems);
    const list = el('ul');
    for (const p of cfg.problems) list.append(el('li', [], p));
    box.append(list);
    root.append(box);
    console.warn('[opendata-widgets] embed.html:', cfg.problems.join('; '));
  }
  // The title and description the builder's user gave, as on the tag code's page.
  if (cfg.title) root.append(el(`h${cfg.heading}`, [], cfg.title));
  if (cfg.description) root.append(el('p', [['class', 'od-embed-description']], cfg.description));
  if (!portal) return noPortal(root, msg.noPortalMeta, cfg);
  const widgets = cfg.widgets.map((w) => el(w.tag, w.attrs));
  if (datasetId) {
    // A shared view's starting state (`<dataset>.q`, `.refine`, `.sort`, `.page`…) is read from this page's URL.
    const stateKeys = ['q', 'refine', 'exclude', 'sort', 'page'].map((k) => `${datasetId}.${k}`);
    const hasState = [...new URLSearchParams(location.search).keys()].some((k) => stateKeys.includes(k));
    const ds = el('od-dataset', [...cfg.dataset, ['portal', portal], ...(hasState ? [['sync-url', ''] as [string, string]] : [])]);
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
      checkPortal(source, portal, root, cfg);
    });
  } else root.append(...widgets);
}

/** Replaces the widgets by a message saying the embed page has no portal, and how to set one. */
function noPortal(root: HTMLElement, where: string, cfg: EmbedConfig): void {
  const text = embedMessages[cfg.lang].noPortal(where);
  root.querySelector('od-dataset')?.remove();
  root.querySelector('.od-embed-source')?.remove();
  root.append(el('div', [['role', 'alert'], ['class', 'od-embed-problems']], text));
  console.warn(`[opendata-widgets] embed.html: ${text}`);
}

/**
 * A dataset "not found" on the page's own origin usually means the embed page was hosted (on a CDN) without its
 * portal configured: ask that origin for the catalogue once, and say so instead of "dataset not found".
 */
function checkPortal(ds: DatasetSource, portal: string, root: HTMLElement, cfg: EmbedConfig): void {
  const base = new URL(portal, location.href);
  if (base.origin !== location.origin) return;
  ds.metadata().catch(async (err: { kind?: string }) => {
    if (err?.kind !== 'not-found' && err?.kind !== 'bad-response') return;
    const api = new URL('api/explore/v2.1/catalog/datasets?limit=0', base.href.replace(/\/?$/, '/').replace(/\/api\/explore\/v2\.1\/$/, '/'));
    const ok = await fetch(api).then((r) => r.ok && /json/.test(r.headers.get('content-type') ?? ''), () => false);
    if (!ok) noPortal(root, embedMessages[cfg.lang].noApiHere(base.origin), cfg);
  });
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
    const basemaps = (meta('od-embed-basemaps') ?? '').split(/\s+/).filter(Boolean);
    const cfg = parseEmbedParams(location.search, attributesOf, portals, basemaps);
    const root = document.getElementById('od-embed') ?? document.body;
    render(cfg, root);
    postHeight(cfg.frameId);
  })
  .catch((err) => console.error('[opendata-widgets] embed.html:', err));
