import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { safeUrl, showControls } from './safe-url.js';

/**
 * Sanitiser for the HTML of portal metadata (dataset descriptions). The result is a DocumentFragment that a Lit
 * template inserts as a node: the sanitised markup is never serialised and re-parsed (no mutation-XSS window)
 * and no HTML string sink is written, so it works under `require-trusted-types-for 'script'`. DOMPurify still
 * parses the dirty string with DOMParser; under Trusted Types it does so through our own policy `od-sanitize` (to list
 * in the page's `trusted-types` directive), which hands the string only to DOMPurify's inert parser.
 */

/**
 * The only tags a description keeps: text formatting, headings, lists, quotes and links. Everything else
 * (dialog, slot, details, media, forms, tables, SVG/MathML…) is removed and its text kept, so nothing from the
 * portal can open an overlay, pull the host's slotted content in, or load from another origin.
 */
const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr',
  'code', 'pre', 'kbd', 'blockquote', 'q', 'cite', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a',
];
/**
 * The only attributes kept: a link target, a tooltip and a language. No id/name (ARIA references, DOM clobbering),
 * class/part (the widget's own styles, its red error look), role/aria-* (fake alerts), style, popover, slot, dir.
 */
const ALLOWED_ATTR = ['href', 'title', 'lang'];

let purifier: DOMPurify | undefined;
type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(s: string): string; createScriptURL(s: string): string }): Policy;
}
/** Trusted Types policy name of the sanitiser's inert parse (docs/csp.md). */
export const SANITIZE_POLICY = 'od-sanitize';
let policy: Policy | null | undefined;
/** Base URL relative links resolve against during one `sanitizeHtml` call (the portal, not the host page). */
let currentBase = '';

function getPolicy() {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  policy = null;
  if (tt?.createPolicy) {
    try {
      // Used only by DOMPurify for its inert parse; never exported, so no one else can mint TrustedHTML with it.
      policy = tt.createPolicy(SANITIZE_POLICY, {
        createHTML: (s: string) => s,
        createScriptURL: () => {
          throw new TypeError(`${SANITIZE_POLICY}: script URLs are never created`);
        },
      });
    } catch {
      // The page's CSP does not allow the policy name: DOMPurify then uses its own `dompurify` policy.
      policy = null;
    }
  }
  return policy;
}

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  // A private instance: the host page's own DOMPurify (hooks, config) is left alone.
  const p = createDOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    for (const attr of ['href', 'xlink:href', 'action', 'formaction', 'src', 'poster', 'cite']) {
      if (!node.hasAttribute(attr)) continue;
      const url = node.localName === 'a' || node.localName === 'area' ? safeUrl(node.getAttribute(attr), currentBase) : undefined;
      if (url) node.setAttribute(attr, url);
      else node.removeAttribute(attr);
    }
    if (node.localName === 'a' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      // A link says where it goes: bidi controls in its text are shown, not obeyed ("fdp.exe" read as "exe.pdf").
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) t.nodeValue = showControls(t.nodeValue ?? '');
    }
  });
  purifier = p;
  return p;
}

/**
 * Sanitises portal HTML into a fragment safe to insert (`html\`${sanitizeHtml(x)}\``). Only the short allow-list
 * above survives (scripts, handlers, styles, forms, frames, media, dialogs, slots are removed); links keep only http(s)/mailto/tel targets, made absolute against
 * `base` (the portal), with `rel="noopener noreferrer"`. Never throws: on failure it returns the text alone.
 */
export function sanitizeHtml(html: unknown, base: string = document.baseURI): DocumentFragment {
  if (typeof html !== 'string' || !html.trim()) return document.createDocumentFragment();
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
  };
  const tt = getPolicy();
  if (tt) config.TRUSTED_TYPES_POLICY = tt;
  try {
    currentBase = base;
    return document.importNode(getPurifier().sanitize(html, config), true);
  } catch {
    const frag = document.createDocumentFragment();
    frag.append(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
    return frag;
  } finally {
    currentBase = '';
  }
}

/** The plain text of portal HTML (for summaries, titles, `aria` text), whitespace collapsed. */
export function htmlToText(html: unknown): string {
  return (sanitizeHtml(html).textContent ?? '').replace(/\s+/g, ' ').trim();
}
