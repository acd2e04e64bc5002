// Servers of the cross-origin bundle tests: the "CDN + portal" origin and the webmaster's site.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createPortalHandler } from '../../portal/server.js';

export const DIST = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };

export const EMBED_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify od-sanitize od-map-worker 'allow-duplicates'";

export function listen(server: Server): Promise<string> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

/** The "CDN + portal" origin: dist/ and the Explore API, both with `Access-Control-Allow-Origin: *` as ODS does. */
export function cdnAndPortal(): Server {
  const portal = createPortalHandler({ synthetic: 500 });
  return createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    portal(req, res, () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      // `/v9/…`: the same build under another version number (a second, different copy on one page).
      const other = path.startsWith('/v9/');
      const file = path.startsWith('/dist/') || other ? join(process.cwd(), 'dist', path.slice(other ? 4 : 6)) : '';
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (!file || !existsSync(file)) return void res.writeHead(404).end();
      let body: Buffer | string = readFileSync(file);
      // The version number lives in the core chunk (the entry only starts it).
      if (other && /[\\/]chunks[\\/]core-[^\\/]+\.js$/.test(file)) body = body.toString().replace(/`\d+\.\d+\.\d+`/, '`9.9.9`');
      // The hosted iframe page under the CSP that docs/csp.md gives for it.
      const csp = file.endsWith('.html') ? { 'content-security-policy': EMBED_CSP } : {};
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...csp }).end(body);
    });
  });
}

/** The webmaster's site: plain HTML pages, a strict CSP allowing only the CDN origin for scripts and data. */
export function site(pages: Record<string, string>, cdn: () => string, noTrustedTypes: string[] = []): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const body = pages[path];
    if (!body) return void res.writeHead(404).end();
    const csp = `default-src 'self'; script-src ${cdn()}; style-src 'self'; img-src 'self' data: ${cdn()}; ` +
      `connect-src ${cdn()}; frame-src ${cdn()}; worker-src blob: ${cdn()}; object-src 'none'; base-uri 'none'; ` +
      (noTrustedTypes.includes(path) ? '' : "require-trusted-types-for 'script'; trusted-types lit-html dompurify od-sanitize od-map-worker 'allow-duplicates'");
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(body.replaceAll('CDN', cdn()));
  });
}

export const page = (body: string, scripts = ['CDN/dist/opendata-widgets.js']) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page de test</title>` +
  scripts.map((s) => `<script type="module" src="${s}"></script>`).join('') + `</head><body><main>${body}</main></body></html>`;
