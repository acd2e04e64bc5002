// <od-map> from the built bundle under the strict CSP with Trusted Types: maplibre's lazy chunk, its worker
// (same origin, through the `od-map-worker` policy), the bundled basemap and the data draw with no violation, no error
// and no request to another origin. Pixels are read from the canvases (read only).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, watchPage, useE2E } from './harness.js';

describe('od-map under a strict CSP with Trusted Types', () => {
  const e2e = useE2E({ headers: { 'content-security-policy': STRICT_CSP } });

  it('draws points, clusters and a choropleth with no violation, no error, no third-party request', async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 900, height: 800 } });
    const found = await watchPage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${e2e.server.url}/pages/map-csp.html`);
    await page.waitForFunction(() => {
      const ids = new Set((window as any).__mapRenders.map((r: { id: string }) => r.id));
      return ['points', 'clusters', 'areas'].every((id) => ids.has(id));
    }, undefined, { timeout: 30000 });
    await page.waitForTimeout(1000); // let maplibre draw and any late violation arrive
    const renders = await page.evaluate(() => (window as any).__mapRenders);
    assert.deepEqual(renders.find((r: any) => r.id === 'points'), { id: 'points', mode: 'features', shown: 63, total: 63 });
    assert.equal(renders.find((r: any) => r.id === 'clusters').mode, 'clusters');
    assert.equal(renders.find((r: any) => r.id === 'areas').mode, 'areas');

    // Pixels: navy points, navy cluster discs, viridis areas are on the canvases.
    const counts = await page.evaluate(() => Object.fromEntries(['points', 'clusters', 'areas'].map((id) => {
      const canvas = document.getElementById(id)!.shadowRoot!.querySelector('canvas')!;
      const gl = canvas.getContext('webgl2')!;
      const px = new Uint8Array(canvas.width * canvas.height * 4);
      gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
      let navy = 0, viridis = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (px[i] < 60 && px[i + 1] < 60 && px[i + 2] > 110 && px[i + 2] < 190) navy++; // #000091, or 85 % over the land
        if (px[i] < 90 && px[i + 1] > 40 && px[i + 2] > 100) viridis++;
      }
      return [id, { navy, viridis }];
    })));
    assert.ok(counts.points.navy > 300, `points drawn: ${JSON.stringify(counts)}`);
    assert.ok(counts.clusters.navy > 300, `clusters drawn: ${JSON.stringify(counts)}`);
    assert.ok(counts.areas.viridis > 5000, `areas drawn: ${JSON.stringify(counts)}`);

    const worker = requests.filter((u) => u.includes('maplibre-gl-worker.mjs'));
    assert.equal(worker.length, 1, `one same-origin worker: ${worker.join(', ')}`);
    assert.ok(worker[0].startsWith(`${e2e.server.url}/dist/chunks/`));
    assert.deepEqual(requests.filter((u) => !u.startsWith(e2e.server.url)), [], 'requests to another origin');
    assert.deepEqual(found.violations, [], 'CSP violations');
    assert.deepEqual(failed, [], 'failed requests');
    // The test pages have no favicon: Chromium's 404 for it is the only console error allowed.
    assert.deepEqual(found.errors.filter((e) => !/status of 404/.test(e)), [], 'console errors / page errors');
    await page.close();
  });
});
