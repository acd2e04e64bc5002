// The demo pages (demo/**/*.html) as `npm start` serves them: the Vite dev server with the local portal, warmed up
// (Vite optimises dependencies on first sight and may reload a page), and Chromium. Shared by the demo suites.
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchBrowser } from './harness.js';

export const DEMO_PAGES = readdirSync('demo', { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();

export interface DemoServer { base: string; browser: Browser; close(): Promise<void> }

export async function openDemo(): Promise<DemoServer> {
  process.env.OD_SYNTHETIC ??= '2000';
  const vite: ViteDevServer = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null } });
  await vite.listen();
  const base = (vite.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  const browser = await launchBrowser();
  const page = await browser.newPage();
  for (const p of DEMO_PAGES) {
    await page.goto(`${base}/demo/${p}`).catch(() => {});
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(1500);
  await page.close();
  return { base, browser, close: async () => { await browser.close(); await vite.close(); } };
}

/** Runs `check`, once more if a late dependency optimisation of the dev server reloaded the page meanwhile. */
export async function withReload(check: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await check();
    } catch (e) {
      if (attempt > 1 || !/context was destroyed|navigation/i.test(String(e))) throw e;
    }
  }
}
