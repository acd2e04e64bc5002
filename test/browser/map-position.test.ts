// <od-map center zoom>: where the map opens, the position a visitor moves it to (for "Intégrer cette vue"), and
// a clear message for a position the webmaster mistyped.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mapOf, setup, shadow } from './map-helpers.js';

const near = (a: number, b: number, eps = 1e-3) => Math.abs(a - b) < eps;

describe('od-map: starting position', () => {
  it('opens at the page\'s center and zoom instead of fitting its data, and jumps when they change', async () => {
    const { el, first } = await setup('finistere-aires-covoiturage', { center: '-4.1,47.996', zoom: '12' });
    await first;
    const map = mapOf(el);
    expect(near(map.getCenter().lng, -4.1) && near(map.getCenter().lat, 47.996), `centre ${map.getCenter()}`).to.equal(true);
    expect(map.getZoom()).to.equal(12);
    expect(el.position).to.deep.equal({ center: [map.getCenter().lng, map.getCenter().lat], zoom: 12 });
    el.setAttribute('zoom', '9.5');
    await waitUntil(() => map.getZoom() === 9.5, `zoom ${map.getZoom()}`);
    expect(near(map.getCenter().lng, -4.1)).to.equal(true);
  });

  it('reports no position while it frames its data, then the one the visitor moved it to', async () => {
    const { el, first } = await setup('finistere-aires-covoiturage');
    await first;
    expect(el.position).to.equal(undefined);
    const map = mapOf(el);
    const zoom = map.getZoom();
    const moved = oneEvent(el, 'od-map-move');
    (map.getCanvas() as HTMLCanvasElement).focus();
    await sendKeys({ press: '=' }); // MapLibre's keyboard zoom in ("+" on the same key)
    const detail = ((await moved) as CustomEvent<{ center: [number, number]; zoom: number }>).detail;
    await waitUntil(() => !map.isMoving(), 'stopped');
    expect(detail.zoom).to.be.above(zoom + 0.5);
    expect(el.position!.zoom).to.equal(map.getZoom());
  });

  it('says in French which value is wrong, without an empty map box', async () => {
    for (const [attrs, words] of [[{ center: 'Quimper' }, ['center', '« Quimper »', 'longitude,latitude']],
      [{ center: '-4.1,47.996', zoom: '25' }, ['zoom', '« 25 »', '0', '19']], [{ center: '-4.1;47.99' }, ['« -4.1;47.99 »']]] as const) {
      const { el } = await setup('finistere-aires-covoiturage', attrs);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]'), `no message for ${JSON.stringify(attrs)}`, { timeout: 8000 });
      const text = shadow(el).querySelector('[role="alert"]')!.textContent!;
      for (const w of words) expect(text).to.contain(w);
      expect(shadow(el).querySelector<HTMLElement>('[part~="map"]')!.hidden).to.equal(true);
      expect(el.matches(':state(error)')).to.equal(true);
      el.removeAttribute('zoom');
      el.setAttribute('center', '-4.1,47.996');
      await waitUntil(() => el.matches(':state(ready)'), 'ready once the position is right', { timeout: 8000 });
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(shadow(el).querySelector<HTMLElement>('[part~="map"]')!.hidden).to.equal(false);
      el.closest('od-dataset')!.remove();
    }
  });
});
