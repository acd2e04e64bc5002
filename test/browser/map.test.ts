import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdMap } from '../../src/elements/map/map.js';

const portal = location.origin;

/** Waits for the next `od-map-render` of `el` and for maplibre to finish drawing. */
async function rendered(el: OdMap): Promise<{ mode: string; shown: number; total: number }> {
  const ev = await oneEvent(el, 'od-map-render');
  await idle(el);
  return (ev as CustomEvent).detail;
}

async function idle(el: OdMap): Promise<void> {
  const map = (el as any)._map?.map;
  await waitUntil(() => map && map.loaded() && !map.isMoving() && map.areTilesLoaded(), 'map idle', { timeout: 15000 });
}

const realFetch = window.fetch;
window.fetch = async (...a: Parameters<typeof fetch>) => { const r = await realFetch(...a); if (!r.ok) console.log('FAIL', r.status, String(a[0] instanceof Request ? a[0].url : a[0]), await r.clone().text()); return r; };
describe('od-map smoke', () => {
  it('draws the car-pooling areas as points', async () => {
    const wrap = await fixture(html`<od-dataset portal=${portal} dataset="finistere-aires-covoiturage">
      <od-map popup-fields="nom_lieu,com_lieu"></od-map></od-dataset>`);
    const el = wrap.querySelector('od-map')!;
    const d = await rendered(el);
    expect(d.mode).to.equal('features');
    expect(d.shown).to.equal(63);
  });
});
