// Browser tests: Debian's Chromium through playwright-core (no browser download), with the local
// portal mounted on the same origin under /api/explore/v2.1 so every test talks to it, faults included.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { findChrome } from './scripts/find-chrome.mjs';

register();
const { createPortalHandler } = await import('./portal/server.ts');
// xss: the security suite's `xss-corpus` dataset (test/browser/suite-xss.test.ts).
const portal = createPortalHandler({ synthetic: Number(process.env.OD_SYNTHETIC ?? 2000), xss: true });

// Vite's `import css from 'x.css?inline'`: serve CSS text as a JS module, as Vite does.
const cssInline = {
  name: 'css-inline',
  async serve(ctx) {
    if (ctx.path.endsWith('.css') && ctx.URL.searchParams.has('inline')) {
      const css = await readFile(join(process.cwd(), decodeURIComponent(ctx.path)), 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    }
  },
};

const portalMiddleware = (ctx, next) =>
  new Promise((resolve, reject) => {
    ctx.respond = false; // the portal writes the raw response itself
    portal(ctx.req, ctx.res, () => {
      ctx.respond = true;
      next().then(resolve, reject);
    });
    ctx.res.on('finish', resolve);
    ctx.res.on('close', resolve);
  });

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader',
];

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  middleware: [portalMiddleware],
  plugins: [cssInline, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChrome(), headless: true, args: ARGS },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
