// Pure parsing of the iframe page's URL. Nothing from the URL becomes markup or code: tags come from a fixed
// list, attribute names must be attributes the element itself declares, values are only ever set as attribute
// text (the elements treat them as data).
import type { Lang } from '../i18n/catalog.js';
import { ENTRIES } from '../registry.js';

/** Widgets the iframe page may render (flagged `embeddable` in the registry). Unknown or unregistered tags are refused. */
export const EMBEDDABLE_TAGS: readonly string[] = ENTRIES.filter(([, e]) => e.embeddable).map(([tag]) => tag);

/** `<od-dataset>` attributes settable from the URL (no `portal`, `api-key` or `sync-url`: see `portal` below). */
export const DATASET_PARAMS = ['dataset', 'where', 'refine', 'exclude', 'q', 'commune'] as const;

/** Never settable from the URL on any element: secrets, where data comes from, event handlers. */
const DENIED = /^(on|api-?key$|portal$|source$|id$|class$|style$|slot$|part$|lang$|is$)/i;

export const THEMES = ['qbo', 'quimper', 'locronan', 'commune', 'contrast', 'dark'] as const;

export interface EmbedWidget { tag: string; attrs: [string, string][] }
export interface EmbedConfig {
  widgets: EmbedWidget[];
  dataset: [string, string][];
  portal?: string;
  lang: Lang;
  theme?: string;
  title?: string;
  /** Level of the title's heading (2–6). */
  heading: number;
  description?: string;
  /** Identifies the frame in the height messages (optional; the host script matches the frame itself). */
  frameId: string;
  problems: string[];
}

const MAX_VALUE = 2000;

/**
 * Reads `?widget=od-table,od-pager&dataset=…&commune=…&od-table.fields=…&lang=en&theme=quimper&title=…`.
 * `attributesOf(tag)` returns the attributes the registered element declares, or undefined when unregistered.
 * `portals` are the origins this page may read besides its default portal; `basemaps` the origins an `od-map`
 * basemap style may come from (none by default: the URL cannot make the page fetch a third party's style or tiles).
 */
export function parseEmbedParams(
  search: string,
  attributesOf: (tag: string) => readonly string[] | undefined,
  portals: readonly string[] = [],
  basemaps: readonly string[] = [],
): EmbedConfig {
  const p = new URLSearchParams(search);
  const problems: string[] = [];
  const widgets: EmbedWidget[] = [];
  for (const tag of (p.get('widget') ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean)) {
    const known = attributesOf(tag);
    if (!EMBEDDABLE_TAGS.includes(tag) || !known) {
      problems.push(`widget inconnu : ${tag.slice(0, 40)}`);
      continue;
    }
    if (widgets.some((w) => w.tag === tag)) continue;
    const attrs: [string, string][] = [];
    for (const [key, value] of p) {
      if (!key.startsWith(`${tag}.`)) continue;
      const name = key.slice(tag.length + 1).toLowerCase();
      if (!known.includes(name) || DENIED.test(name)) problems.push(`attribut refusé : ${tag}.${name.slice(0, 40)}`);
      else if (value.length > MAX_VALUE) problems.push(`valeur trop longue : ${tag}.${name}`);
      else if (tag === 'od-map' && name === 'basemap' && !basemaps.includes(safeOrigin(value) ?? '')) problems.push('fond de carte non autorisé pour cette page');
      else attrs.push([name, value]);
    }
    // An attribution only goes with an accepted basemap: the URL cannot write its own credits under the map.
    if (tag === 'od-map' && !attrs.some(([n]) => n === 'basemap') && attrs.some(([n]) => n === 'basemap-attribution')) {
      attrs.splice(attrs.findIndex(([n]) => n === 'basemap-attribution'), 1);
      problems.push('attribut refusé : od-map.basemap-attribution (sans fond de carte autorisé)');
    }
    widgets.push({ tag, attrs });
  }
  if (!widgets.length && !problems.length) problems.push('aucun widget demandé (paramètre widget)');
  const dataset: [string, string][] = [];
  for (const name of DATASET_PARAMS) {
    const value = p.get(name);
    if (value && value.length <= MAX_VALUE) dataset.push([name, value]);
  }
  let portal: string | undefined;
  const wanted = p.get('portal');
  if (wanted) {
    const origin = safeOrigin(wanted);
    if (origin && portals.includes(origin)) portal = origin;
    else problems.push('portail non autorisé pour cette page');
  }
  const lang = (['fr', 'en', 'br'] as const).find((l) => l === p.get('lang')) ?? 'fr';
  const theme = (THEMES as readonly string[]).find((t) => t === p.get('theme'));
  const title = p.get('title')?.trim().slice(0, 200) || undefined;
  const heading = Math.min(6, Math.max(2, Number(p.get('heading')) || 2));
  const description = p.get('description')?.trim().slice(0, MAX_VALUE) || undefined;
  const frameId = /^[\w-]{1,64}$/.test(p.get('id') ?? '') ? p.get('id')! : '';
  return { widgets, dataset, portal, lang, theme, title, heading, description, frameId, problems };
}

function safeOrigin(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The message a frame posts to its parent: ours, and AMP's `embed-size` (for AMP pages and other hosts). */
export const HEIGHT_KEY = 'opendata-widgets-height';
export function heightMessages(frameId: string, height: number): unknown[] {
  const h = Math.ceil(height);
  return [{ [HEIGHT_KEY]: { id: frameId, height: h } }, { sentinel: 'amp', type: 'embed-size', height: h }];
}
