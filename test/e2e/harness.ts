// End-to-end harness: serves the built bundle (dist/) and test pages with chosen HTTP headers (a strict CSP),
// with the local portal on the same origin, and drives Debian's Chromium through playwright-core.
import { createServer, type Server } from 'node:http';
import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createPortalHandler } from '../../portal/server.js';
import { findChrome } from '../../scripts/find-chrome.mjs';

// No 'allow-duplicates': every policy name of the library is distinct and created once (docs/csp.md).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; " +
  'trusted-types lit-html dompurify od-sanitize od-map-worker';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

export interface E2EServer { url: string; server: Server; close(): Promise<void> }

/** Serves `/dist/**` (the build), `/pages/**` (test/e2e/pages) and the portal; `headers` go on HTML pages. */
export async function startE2EServer(opts: { headers?: Record<string, string>; synthetic?: number; xss?: boolean } = {}): Promise<E2EServer> {
  const root = process.cwd();
  const portal = createPortalHandler({ synthetic: opts.synthetic ?? 2000, xss: opts.xss });
  const server = createServer((req, res) => {
    portal(req, res, async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const rel = normalize(path).replace(/^(\.\.[/\\])+/, '');
      const file = rel.startsWith('/dist/') ? join(root, rel) : rel.startsWith('/pages/') ? join(root, 'test/e2e', rel) : '';
      try {
        if (!file) throw new Error('not served');
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type, ...(type.startsWith('text/html') ? opts.headers : {}) });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader'],
  });
}

/** Collects CSP violations, console errors and uncaught page errors of a page. */
export async function watchPage(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const found = { violations: [] as string[], errors: [] as string[] };
  await page.exposeFunction('__odCspViolation', (v: string) => found.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__odCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('pageerror', (e) => found.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') found.errors.push(m.text()); });
  return found;
}

/**
 * One server (with `opts`) and one browser for the enclosing `describe`: started before its tests, closed after.
 * Read `e2e.server` and `e2e.browser` inside the tests.
 */
export function useE2E(opts: Parameters<typeof startE2EServer>[0] = {}): { server: E2EServer; browser: Browser } {
  const e2e = {} as { server: E2EServer; browser: Browser };
  before(async () => {
    e2e.server = await startE2EServer(opts);
    e2e.browser = await launchBrowser();
  });
  after(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
  });
  return e2e;
}
