// Reads code written by the builder or by <od-share> back into the builder's state, to edit it further: tag code
// (parsed as an inert document, nothing runs) or iframe code (the embed page's URL parameters).
import { DATASET_PARAMS, THEMES } from '../embed/embed-params.js';
import { isOdTag } from '../registry.js';
import { companionsAround } from './companions.js';

export interface OpenedCode {
  tag: string;
  values: Record<string, string>;
  extras: string[];
  dataset?: string;
  base: Record<string, string>;
  theme?: string;
  lang: 'fr' | 'en' | 'br';
  title?: string;
  description?: string;
  heading?: number;
}

const LANG = (v: string | null | undefined) => (['en', 'br'] as const).find((l) => l === v) ?? 'fr';
const theme = (v: string | null | undefined) => THEMES.find((t) => t === v);

/** The main widget of a block: the first one below the controls (search, facets…), else the first. */
function mainOf(tags: string[]): string {
  const { below } = companionsAround('', tags);
  return below[0] ?? tags[0];
}

function values(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attributes) if (!['portal', 'class', 'lang', 'slot', 'source'].includes(a.name)) out[a.name] = a.value === '' ? 'true' : a.value;
  return out;
}

function fromTags(code: string): OpenedCode | undefined {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const widgets = [...doc.body.querySelectorAll('*')].filter((el) => el.localName !== 'od-dataset' && isOdTag(el.localName));
  if (!widgets.length) return undefined;
  const tag = mainOf(widgets.map((w) => w.localName));
  const main = widgets.find((w) => w.localName === tag)!;
  const ds = doc.body.querySelector('od-dataset');
  const base: Record<string, string> = {};
  for (const name of DATASET_PARAMS) if (name !== 'dataset' && ds?.getAttribute(name)) base[name] = ds.getAttribute(name)!;
  const carrier = ds ?? main;
  const heading = doc.body.querySelector('section > h2, section > h3, section > h4, section > h5, section > h6');
  return {
    tag, values: values(main), extras: widgets.map((w) => w.localName).filter((t) => t !== tag),
    dataset: ds?.getAttribute('dataset') ?? undefined, base,
    theme: theme(carrier.getAttribute('theme') ?? /od-theme-([\w-]+)/.exec(carrier.getAttribute('class') ?? '')?.[1]), lang: LANG(carrier.getAttribute('lang')),
    title: heading?.textContent?.trim() || undefined, heading: heading ? Number(heading.localName.slice(1)) : undefined,
    description: doc.body.querySelector('section > p')?.textContent?.trim() || undefined,
  };
}

function fromIframe(code: string): OpenedCode | undefined {
  const src = /<iframe[^>]*\ssrc="([^"]+)"/i.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? (/^https?:\/\/\S+$/.test(code.trim()) ? code.trim() : undefined);
  if (!src) return undefined;
  let p: URLSearchParams;
  try {
    p = new URL(src, document.baseURI).searchParams;
  } catch {
    return undefined;
  }
  const tags = (p.get('widget') ?? '').split(',').map((t) => t.trim()).filter(isOdTag);
  if (!tags.length) return undefined;
  const tag = mainOf(tags);
  const vals: Record<string, string> = {};
  for (const [k, v] of p) if (k.startsWith(`${tag}.`)) vals[k.slice(tag.length + 1)] = v === '' ? 'true' : v;
  const base: Record<string, string> = {};
  for (const name of DATASET_PARAMS) if (name !== 'dataset' && p.get(name)) base[name] = p.get(name)!;
  return {
    tag, values: vals, extras: tags.filter((t) => t !== tag), dataset: p.get('dataset') ?? undefined, base,
    theme: theme(p.get('theme')), lang: LANG(p.get('lang')), title: p.get('title') ?? undefined,
    description: p.get('description') ?? undefined, heading: p.get('heading') ? Number(p.get('heading')) : undefined,
  };
}

/** The builder state of a pasted code, or undefined when it is neither tag code nor iframe code of ours. */
export function parseCode(code: string): OpenedCode | undefined {
  return /<iframe|^\s*https?:/i.test(code) ? fromIframe(code) : fromTags(code);
}
