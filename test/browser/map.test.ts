import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { buildPopup } from '../../src/elements/map/popup.js';
import { faulty, idle, mapOf, nextRender, pixelAt, setup, shadow, status } from './map-helpers.js';

describe('od-map: points, list, popups, keyboard', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the 63 car-pooling areas as points on its own basemap, pixels included', async () => {
    const { el, first } = await setup('finistere-aires-covoiturage', { 'popup-fields': 'nom_lieu,com_lieu' });
    const d = await first;
    expect(d).to.deep.equal({ mode: 'features', shown: 63, total: 63 });
    expect(status(el)).to.equal('63 élément(s) sur la carte.');
    expect(el.matches(':state(ready)')).to.equal(true);
    // The drawn canvas has the point colour (#000091) where the points are (a few overlap a neighbour's outline).
    const points = (el.data as any).collection.features.map((f: any) => pixelAt(el, f.geometry.coordinates));
    const navy = points.filter(([r, g, b]: number[]) => r < 30 && g < 30 && b > 120 && b < 170);
    expect(navy.length).to.be.above(45);
    const [r, g, b] = pixelAt(el, mapOf(el).unproject([3, 3]).toArray());
    expect([r, g, b]).to.deep.equal([221, 232, 239]); // the sea of the built-in basemap
    // The built-in basemap: nothing requested from any other origin.
    const foreign = performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    expect(shadow(el).querySelector('[part~="attribution"]')!.textContent).to.contain('IGN – ADMIN EXPRESS COG 2018');
    expect(shadow(el).querySelector('.maplibregl-ctrl-attrib')).to.equal(null);
  });

  it('"Voir la liste" lists the same features; choosing one centres the map and opens its popup; Esc returns focus', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, first } = await setup('finistere-aires-covoiturage', { 'popup-fields': 'nom_lieu,com_lieu' });
    await first;
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Masquer la liste : Aires de covoiturage du Finistère'); // the end visually hidden
    const items = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="list"] li button')];
    expect(items.length).to.equal(63);
    const i = items.findIndex((b) => b.textContent!.includes('Kerlez'));
    items[i].focus();
    items[i].click();
    const map = mapOf(el);
    expect(map.isMoving()).to.equal(false); // reduced motion: a jump, no animation
    const popup = shadow(el).querySelector('.maplibregl-popup')!;
    expect(popup.querySelector('.od-popup-title')!.textContent).to.contain('Kerlez');
    expect(popup.textContent).to.contain('BRIEC');
    // Centred horizontally, a quarter of the height below the middle so the popup above it fits.
    const p = map.project([-4.029732128, 48.10050821]);
    const canvas = map.getCanvas() as HTMLCanvasElement;
    expect(p.x).to.be.closeTo(canvas.clientWidth / 2, 2);
    expect(p.y).to.be.closeTo(canvas.clientHeight * 0.75, 3);
    expect(shadow(el).activeElement).to.equal(popup); // the popup itself, so that its content is read
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('.maplibregl-popup'), 'popup closed', { timeout: 4000 });
    expect(shadow(el).activeElement).to.equal(items[i]);
  });

  it('pans with the arrow keys on the focused map, zooms with the buttons, and Tab leaves the map', async () => {
    const { el, first } = await setup('finistere-france-services', { 'popup-fields': 'lib_fs' });
    await first;
    const map = mapOf(el);
    const canvas = map.getCanvas() as HTMLCanvasElement;
    expect(canvas.getAttribute('tabindex')).to.equal('0');
    expect(canvas.getAttribute('aria-label')).to.match(/^Carte : .*France services/i); // the dataset's title
    expect(shadow(el).getElementById(canvas.getAttribute('aria-describedby')!)!.textContent).to.contain('flèches');
    canvas.focus();
    const lng = map.getCenter().lng;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => !map.isMoving() && map.getCenter().lng > lng + 0.001, 'panned east', { timeout: 4000 });
    const zoom = map.getZoom();
    shadow(el).querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-in')!.click();
    await waitUntil(() => !map.isMoving() && map.getZoom() > zoom + 0.5, `zoomed in from ${zoom}: ${map.getZoom()}`, { timeout: 4000 });
    canvas.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('list-toggle');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift+Tab' });
    expect(shadow(el).activeElement).to.equal(canvas);
    const ring = getComputedStyle(canvas);
    expect(ring.outlineStyle).to.equal('solid'); // visible focus on the map itself
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  });

  it('speaks English and Breton, maplibre controls included', async () => {
    const { el, first } = await setup('finistere-france-services', { lang: 'en' });
    await first;
    expect(shadow(el).querySelector('[part~="list-toggle"]')!.textContent!.trim()).to.match(/^Show the list: .*France services/);
    expect(shadow(el).querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.match(/^Zoom in: .*France services/);
    expect(status(el)).to.equal('33 feature(s) on the map.');
    el.setAttribute('lang', 'br');
    await nextRender(el);
    expect(shadow(el).querySelector('[part~="list-toggle"]')!.textContent!.trim()).to.match(/^Gwelet ar roll : /);
    expect(shadow(el).querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.match(/^Zoumañ : /);
    expect(mapOf(el).getCanvas().getAttribute('aria-label')).to.match(/^Kartenn : /);
  });

  it('is accessible (axe), list open, with cooperative gestures on request', async () => {
    const { el, first } = await setup('finistere-france-services', { 'popup-fields': 'lib_fs', 'cooperative-gestures': '' });
    await first;
    expect(mapOf(el).cooperativeGestures.isEnabled()).to.equal(true);
    shadow(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a server error with a retry that recovers, and an empty view as empty', async () => {
    const { el } = await setup('finistere-aires-covoiturage', {}, {}, faulty('status=500;times=1'));
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'error shown', { timeout: 8000 });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('erreur');
    expect(el.matches(':state(error)')).to.equal(true);
    const again = nextRender(el);
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect((await again).shown).to.equal(63);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);

    const empty = await setup('finistere-aires-covoiturage', {}, { where: "com_lieu = 'NULLE PART'" });
    expect((await empty.first).shown).to.equal(0);
    expect(empty.el.matches(':state(empty)')).to.equal(true);
  });

  it('says what is wrong with the configuration', async () => {
    const { el } = await setup('finistere-communes');
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no geo field', { timeout: 8000 });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('pas de champ géographique');
    const lost = document.createElement('od-map');
    lost.setAttribute('source', 'nowhere');
    document.body.append(lost);
    await lost.updateComplete;
    expect(shadow(lost).querySelector('[role="alert"]')!.textContent).to.contain('Source introuvable');
    lost.remove();
  });

  it('removes the map when detached and draws again when moved back', async () => {
    const { ctx, el, first } = await setup('finistere-france-services');
    await first;
    const container = shadow(el).querySelector('[part~="map"]')!;
    expect(container.querySelector('canvas')).to.not.equal(null);
    el.remove();
    expect(container.querySelector('canvas')).to.equal(null);
    const again = nextRender(el);
    ctx.append(el);
    expect((await again).shown).to.equal(33);
    await idle(el);
  });

  it('builds popups from text only', () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const node = buildPopup(payload, [{ label: '<b>x</b>', value: { text: payload } }, { label: 'lien', value: { text: 'site', href: 'https://example.org/' } }]);
    expect(node.querySelector('img, b')).to.equal(null);
    expect(node.querySelector('.od-popup-title')!.textContent).to.equal(payload);
    expect(node.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    expect(node.querySelector('a')!.rel).to.equal('noopener noreferrer');
  });
});

describe('od-map without WebGL', () => {
  const original = HTMLCanvasElement.prototype.getContext;
  before(() => {
    // A browser without WebGL 2: maplibre cannot start.
    (HTMLCanvasElement.prototype as any).getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type === 'webgl2' || type === 'webgl' ? null : (original as any).call(this, type, ...rest);
    };
  });
  after(() => { HTMLCanvasElement.prototype.getContext = original; });

  it('says so in French and keeps the list of features', async () => {
    const { el } = await setup('finistere-france-services', { 'popup-fields': 'lib_fs' });
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no-WebGL message', { timeout: 8000 });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('WebGL indisponible');
    expect(shadow(el).querySelector<HTMLElement>('[part~="map"]')!.hidden).to.equal(true);
    await waitUntil(() => status(el) === '33 élément(s) sur la carte.', 'data loaded', { timeout: 8000 });
    shadow(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part~="list"] li button').length).to.equal(33);
  });
});
