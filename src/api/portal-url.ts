/**
 * Turns what an embedder writes in `portal="…"` into the API root URL (no trailing slash).
 */

export const API_ROOT = '/api/explore/v2.1';

const HOSTLIKE = /^(localhost|\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\]|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d+)?(\/|$)/i;

/**
 * Accepts:
 * - an origin or URL: `https://data.example.fr` → `https://data.example.fr/api/explore/v2.1`
 *   (a path is kept as a prefix, so `http://h/__fault/status=503` works; a URL already ending
 *   in `/api/explore/v2.1` is used as is, a pasted endpoint URL is cut back to it; query and hash
 *   are dropped);
 * - a relative URL (`/`, `./x`, `../x`, ``), resolved against `document.baseURI` in a browser;
 * - a domain name without scheme (`data.example.fr` → https; `localhost:8787` → http);
 * A bare name (`qbo`) is refused: portals live on `*.opendatasoft.com`, `*.huwise.com` or their own domain, so no
 * host is ever guessed from a short name.
 * Throws a TypeError for other schemes (`javascript:`, `ftp:`…) or a relative URL outside a browser.
 */
export function normalizePortal(portal: string, baseURI?: string): string {
  let p = String(portal ?? '').trim();
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || /^[a-z][a-z0-9+.-]*:/i.test(p) && !HOSTLIKE.test(p)) {
    url = new URL(p);
  } else if (p === '' || p.startsWith('/') || p.startsWith('.')) {
    const base = baseURI ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
    if (!base) throw new TypeError(`Relative portal URL needs a browser page: ${JSON.stringify(p)}`);
    url = new URL(p || '/', base);
  } else if (HOSTLIKE.test(p)) {
    const local = /^(localhost|127\.|\[::1\])/i.test(p);
    url = new URL(`${local ? 'http' : 'https'}://${p}`);
  } else {
    throw new TypeError(`Not a portal URL: ${JSON.stringify(p)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Portal URL must be http(s): ${JSON.stringify(portal)}`);
  }
  p = url.pathname.replace(/\/+$/, '');
  const at = p.indexOf(API_ROOT + '/');
  if (at >= 0) p = p.slice(0, at + API_ROOT.length); // a pasted endpoint URL: keep its API root
  else if (!p.endsWith(API_ROOT)) p += API_ROOT;
  return url.origin + p;
}
