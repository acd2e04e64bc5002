// Under `npm start` (Vite's dev server) the local portal answers the API's CORS preflights itself, with the
// recorded headers, not Vite's CORS middleware that echoes any requested header (a real portal refuses those).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type ViteDevServer } from 'vite';

const recorded = (h: string) => new RegExp(`^\\s*${h}: (.*)$`, 'mi').exec(readFileSync('test/fixtures/ods-samples/records-aggregate-count-vancouver.txt', 'utf8'))?.[1].trim();

let vite: ViteDevServer;
let base = '';
before(async () => {
  process.env.OD_SYNTHETIC ??= '200';
  vite = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null } });
  await vite.listen();
  base = (vite.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
});
after(() => vite?.close());

test('OPTIONS on the API under Vite: the recorded Allow-Headers, whatever header a page asks for', async () => {
  const r = await fetch(`${base}/api/explore/v2.1/catalog/datasets`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://localhost:5174', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-api-key' },
  });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('access-control-allow-headers'), recorded('access-control-allow-headers'));
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  assert.ok(!/x-api-key/i.test(r.headers.get('access-control-allow-headers') ?? ''), 'a custom header is not allowed');
  const page = await fetch(`${base}/explore/dataset/qbo-communes/`, { redirect: 'manual' });
  assert.equal(page.status, 302, 'portal pages are served under Vite too');
});
