import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { safeUrl } from './safe-url.js';

/**
 * Sanitiser for the HTML of portal metadata (dataset descriptions). The result is a DocumentFragment that a Lit
 * template inserts as a node: the sanitised markup is never serialised and re-parsed (no mutation-XSS window)
 * and no HTML string sink is written, so it works under `require-trusted-types-for 'script'`. DOMPurify still
 * parses the dirty string with DOMParser; under Trusted Types it does so through our own policy `od-sanitize` (to list
 * in the page's `trusted-types` directive), which hands the string only to DOMPurify's inert parser.
 */

const FORBID_TAGS = [
  'style', 'form', 'input', 'iframe', 'button', 'select', 'textarea', 'option',
  // Media would load from any origin: no third-party request by default.
  'img', 'picture', 'source', 'video', 'audio', 'track', 'object', 'embed', 'link', 'meta', 'base',
];
// Ids and names could clash with the widget's own ids (ARIA references) or clobber DOM properties.
const FORBID_ATTR = ['style', 'id', 'name', 'srcset', 'target', 'form', 'formaction'];

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
    if (node.localName === 'a' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = p;
  return p;
}

/**
 * Sanitises portal HTML into a fragment safe to insert (`html\`${sanitizeHtml(x)}\``). Scripts, event handlers,
 * styles, forms, frames and media are removed; links keep only http(s)/mailto/tel targets, made absolute against
 * `base` (the portal), with `rel="noopener noreferrer"`. Never throws: on failure it returns the text alone.
 */
export function sanitizeHtml(html: unknown, base: string = document.baseURI): DocumentFragment {
  if (typeof html !== 'string' || !html.trim()) return document.createDocumentFragment();
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
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
