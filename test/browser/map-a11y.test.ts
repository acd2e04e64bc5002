// od-map beyond axe (issue 17): a keyboard path for every pointer action, list entries named by place with focus
// kept after a rebuild, the popup as a named dialog, legends in forced colours, text that follows the font size,
// distinct control names, readable cluster counts.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { contrast, parseColor, toHex } from '../../src/core/colour.js';
import { PALETTE } from '../../src/elements/map/choropleth.js';
import { CATEGORY_PALETTE } from '../../src/elements/map/categories.js';
import type { OdMap } from '../../src/elements/map/map.js';
import { mapOf, nextRender, setup, shadow, viewportDrawn } from './map-helpers.js';

const COVOIT = 'finistere-aires-covoiturage';
const toggleOf = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!;
const entries = (el: Element) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part~="list"] li')];
const active = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const hex = (css: string) => toHex(parseColor(css)!);
/** A commune name without case, accents or separators ("PONT-L'ABBE" = "Pont-l'Abbé"). */
const plain = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

async function openList(el: HTMLElement): Promise<void> {
  toggleOf(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => entries(el).length > 0, 'list open');
}

/** Clicks the map canvas at a longitude/latitude, as a visitor's pointer would. */
async function clickAt(el: OdMap, at: [number, number]): Promise<void> {
  const p = mapOf(el).project(at);
  const box = mapOf(el).getCanvas().getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + p.x), Math.round(box.top + p.y)] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

describe('od-map: a keyboard path for every pointer action', function () {
  this.timeout(40000);
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('refine-on-click: a point clicked and its list entry’s toggle apply the same filter; focus stays on that entry', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, ctx, first } = await setup(COVOIT, { 'refine-on-click': 'com_lieu', 'popup-fields': 'nom_lieu', style: '--od-map-height:300px' });
    await first;
    const records = (el.data as any).records as Array<{ nom_lieu: string; com_lieu: string }>;
    const f = (el.data as any).collection.features.find((x: any) => records[x.properties.i].com_lieu === 'BRIEC');
    // Pointer: a click on the Briec point opens its popup and filters the page on BRIEC.
    const clicked = nextRender(el);
    await clickAt(el, f.geometry.coordinates);
    await clicked;
    expect(ctx.state.refine).to.deep.equal({ com_lieu: ['BRIEC'] });
    ctx.clear();
    await nextRender(el);
    expect(ctx.state.refine).to.deep.equal({});
    // Keyboard: the same entry in the list has a toggle that applies the same filter.
    await openList(el);
    const li = entries(el).find((x) => x.textContent!.includes(records[f.properties.i].nom_lieu))!;
    const toggle = li.querySelector<HTMLButtonElement>('button.refine')!;
    expect(toggle.textContent!.trim()).to.equal('Filtrer sur BRIEC');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    li.querySelector<HTMLButtonElement>('button.choose')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(toggle);
    const filtered = nextRender(el);
    await sendKeys({ press: 'Enter' });
    await filtered;
    expect(ctx.state.refine).to.deep.equal({ com_lieu: ['BRIEC'] });
    await el.updateComplete;
    // The list was rebuilt with Briec's areas only; focus is on the toggle of the entry chosen, now pressed.
    expect(entries(el).length).to.be.below(63);
    await waitUntil(() => active(el)?.matches('button.refine'), 'focus on the toggle again');
    expect(active(el)!.closest('li')!.textContent).to.contain(records[f.properties.i].nom_lieu);
    expect(active(el)!.getAttribute('aria-pressed')).to.equal('true');
    // Pressed again, it removes the filter (a toggle, as a second click on the map does).
    const back = nextRender(el);
    await sendKeys({ press: 'Space' });
    await back;
    expect(ctx.state.refine).to.deep.equal({});
    await waitUntil(() => active(el)?.matches('button.refine[aria-pressed="false"]') && entries(el).length === 63, 'focus kept, all entries back');
  });

  it('clusters: a click and the list entry both zoom in on a group; entries are named by their main commune; focus follows the group', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const since = performance.now();
    const { el, first } = await setup(COVOIT, { 'point-limit': '10', 'popup-fields': 'nom_lieu', style: '--od-map-height:300px' });
    await first;
    await viewportDrawn(el, since);
    const map = mapOf(el);
    const zoom = map.getZoom(), centre = map.getCenter().toArray();
    const largest = () => [...(el.data as any).clusters].sort((a: any, b: any) => b.count - a.count)[0] as { lon: number; lat: number; count: number };
    // Pointer: a click on the largest group zooms in by 2 on it.
    let next = nextRender(el);
    await clickAt(el, [largest().lon, largest().lat]);
    await next;
    expect(map.getZoom()).to.be.closeTo(zoom + 2, 0.01);
    next = nextRender(el);
    map.jumpTo({ center: centre, zoom });
    await next;
    await openList(el);
    const clusters = (el.data as any).clusters as Array<{ lon: number; lat: number; count: number }>;
    await waitUntil(() => entries(el).every((li) => / et alentours : groupe de /.test(li.textContent!)), 'entries named by place', { timeout: 8000 });
    const labels = entries(el).map((li) => li.textContent!.trim());
    expect(labels.length).to.equal(clusters.length);
    expect(labels.some((l) => /^Groupe de .* : zoomer dessus$/.test(l))).to.equal(false);
    // The names come from the data: each group's name is the commune (com_lieu of the records) most of the records
    // nearest that group are in.
    const q = new URLSearchParams({ select: 'com_lieu, geo_point_2d', limit: '-1' });
    const rows: Array<{ com_lieu: string; geo_point_2d: { lon: number; lat: number } }> =
      await (await fetch(`/api/explore/v2.1/catalog/datasets/${COVOIT}/exports/json?${q}`)).json();
    const tally = clusters.map(() => new Map<string, number>());
    for (const r of rows) {
      const d = clusters.map((c) => (c.lon - r.geo_point_2d.lon) ** 2 + (c.lat - r.geo_point_2d.lat) ** 2);
      const i = d.indexOf(Math.min(...d));
      tally[i].set(plain(r.com_lieu), (tally[i].get(plain(r.com_lieu)) ?? 0) + 1);
    }
    // Each entry's key holds its group's centre (the same entry keeps it across rebuilds).
    const coordsOf = (li: HTMLElement) => li.dataset.key!.match(/-?\d+(\.\d+)?/g)!.map(Number).slice(-2);
    const agree = entries(el).filter((li) => {
      const [lon, lat] = coordsOf(li);
      const t = tally[clusters.findIndex((c) => c.lon === lon && c.lat === lat)];
      const most = Math.max(...t.values());
      return (t.get(plain(li.textContent!.trim().split(' et alentours')[0])) ?? 0) === most;
    });
    expect(agree.length / clusters.length).to.be.at.least(0.7);
    // Keyboard: choosing the largest group (listed first) centres the map on it and zooms in by 2.
    const target = largest();
    const rebuilt = nextRender(el);
    entries(el)[0].querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await rebuilt;
    expect(map.getZoom()).to.be.closeTo(zoom + 2, 0.01);
    expect(map.getCenter().lng).to.be.closeTo(target.lon, 1e-6);
    // Focus is on the entry of the new list nearest the chosen group, not on whatever now sits at index 0.
    await waitUntil(() => active(el)?.closest('li'), 'focus in the rebuilt list');
    const items = (el.data as any).kind === 'clusters' ? (el.data as any).clusters.map((c: any) => [c.lon, c.lat])
      : (el.data as any).collection.features.map((f: any) => f.geometry.coordinates);
    const dist = items.map(([x, y]: number[]) => (x - target.lon) ** 2 + (y - target.lat) ** 2);
    const [lon, lat] = coordsOf(active(el)!.closest('li')!);
    expect((lon - target.lon) ** 2 + (lat - target.lat) ** 2).to.be.closeTo(Math.min(...dist), 1e-12);
  });

  it('choropleth refine-on-click: the list entry’s toggle filters on the area’s code, as a click on the area does', async () => {
    const { el, ctx, first } = await setup('finistere-communes', { choropleth: 'epci', 'join-field': 'siren_epci',
      value: 'sum(population_municipale)', 'refine-on-click': 'siren_epci', style: '--od-map-height:300px' });
    await first;
    await openList(el);
    const li = entries(el).find((x) => x.textContent!.startsWith('CA Quimper Bretagne Occidentale'))!;
    const toggle = li.querySelector<HTMLButtonElement>('button.refine')!;
    expect(toggle.textContent!.trim()).to.equal('Filtrer sur CA Quimper Bretagne Occidentale');
    toggle.focus();
    const next = nextRender(el);
    await sendKeys({ press: 'Enter' });
    await next;
    expect(ctx.state.refine).to.deep.equal({ siren_epci: ['200068120'] });
    await waitUntil(() => active(el)?.getAttribute('aria-pressed') === 'true', 'focus on the pressed toggle');
    // The pointer path: a click on the area toggles the same filter off.
    const off = nextRender(el);
    await clickAt(el, [-4.1024, 47.996]); // Quimper, in QBO
    await off;
    expect(ctx.state.refine).to.deep.equal({});
  });
});

describe('od-map: popup, names, forced colours, font size, cluster counts', function () {
  this.timeout(30000);
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    document.documentElement.style.fontSize = '';
  });

  it('opens the popup as a named dialog with focus on it; Tab reaches "Fermer", then the list after the entry; Esc returns', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, first } = await setup(COVOIT, { 'popup-fields': 'nom_lieu,com_lieu,type', 'refine-on-click': 'com_lieu', style: '--od-map-height:300px' });
    await first;
    await openList(el);
    const li = entries(el)[2];
    const choose = li.querySelector<HTMLButtonElement>('button.choose')!;
    choose.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(el).querySelector<HTMLElement>('.maplibregl-popup')!;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    const title = shadow(el).getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).to.equal(choose.textContent!.trim());
    expect(shadow(el).getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.contain('Type');
    expect(active(el)).to.equal(dialog); // its name and content are read first
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.classList.contains('maplibregl-popup-close-button')).to.equal(true);
    expect(active(el)!.getAttribute('aria-label')).to.match(/^Fermer/);
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(li.querySelector('button.refine')); // on in the list, after the chosen entry
    await sendKeys({ press: 'Shift+Tab' });
    expect(active(el)).to.equal(choose);
    choose.click();
    await waitUntil(() => active(el)?.getAttribute('role') === 'dialog', 'popup focused again');
    await sendKeys({ press: 'Shift+Tab' });
    expect(active(el)).to.equal(choose); // back before the popup: the entry that opened it
    choose.click();
    await waitUntil(() => active(el)?.getAttribute('role') === 'dialog', 'popup focused again');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('.maplibregl-popup'), 'popup closed');
    expect(active(el)).to.equal(choose);
    await expect(el).to.be.accessible();
  });

  it('gives the list toggle, the list and the zoom buttons names that include the map’s title, distinct per map', async () => {
    const a = await setup(COVOIT, { label: 'Aires de covoiturage' });
    const b = await setup('finistere-france-services');
    await a.first;
    await b.first;
    const names = (el: HTMLElement) => [toggleOf(el).textContent!.replace(/\s+/g, ' ').trim(),
      shadow(el).querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')!,
      shadow(el).querySelector('.maplibregl-ctrl-zoom-out')!.getAttribute('aria-label')!];
    expect(names(a.el)).to.deep.equal(['Voir la liste : Aires de covoiturage', 'Zoomer : Aires de covoiturage', 'Dézoomer : Aires de covoiturage']);
    const other = names(b.el);
    expect(other[0]).to.match(/^Voir la liste : .*France services/i);
    other.forEach((n, i) => expect(n).to.not.equal(names(a.el)[i]));
    await openList(a.el);
    expect(shadow(a.el).querySelector('#list-title')!.textContent).to.equal('Éléments de la carte : Aires de covoiturage');
  });

  it('keeps the choropleth and color-by legends distinguishable in forced colours', async () => {
    const choro = await setup('finistere-communes', { choropleth: 'epci', 'join-field': 'siren_epci', value: 'sum(population_municipale)' });
    const cats = await setup('finistere-festivals', { 'color-by': 'domaine', 'color-count': '4' });
    await choro.first;
    await cats.first;
    const fills = () => ({
      choro: [...shadow(choro.el).querySelectorAll('[part~="legend"] .swatch')].map((s) => hex(getComputedStyle(s).backgroundColor)),
      cats: [...shadow(cats.el).querySelectorAll('[part~="category-legend"] .cat-swatch')].map((s) => hex(getComputedStyle(s).backgroundColor)),
    });
    const normal = fills();
    await emulateMedia({ forcedColors: 'active' });
    await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colours on');
    const forced = fills();
    // The system colours would paint every swatch alike (Canvas); the used colours stay the palette's, all distinct.
    expect(forced).to.deep.equal(normal);
    expect(new Set(forced.choro).size).to.equal(forced.choro.length);
    expect(forced.choro.slice(0, -1).every((c) => (PALETTE as readonly string[]).includes(c))).to.equal(true);
    expect(new Set(forced.cats).size).to.equal(forced.cats.length);
    expect(forced.cats.slice(0, 4)).to.deep.equal(CATEGORY_PALETTE.slice(0, 4));
    // Each swatch keeps an outline in the system text colour, so the light "Pas de donnée" one shows on any background.
    const swatch = shadow(choro.el).querySelector('[part~="legend"] .swatch.none')!;
    expect(getComputedStyle(swatch).borderTopColor).to.equal(getComputedStyle(shadow(choro.el).querySelector('figcaption')!).color);
  });

  it('popup and list text follow a 24 px root font size', async () => {
    document.documentElement.style.fontSize = '24px';
    const { el, first } = await setup(COVOIT, { 'popup-fields': 'nom_lieu,com_lieu', style: '--od-map-height:300px' });
    await first;
    await openList(el);
    const button = entries(el)[0].querySelector<HTMLButtonElement>('button')!;
    expect(parseFloat(getComputedStyle(button).fontSize)).to.equal(24);
    button.click();
    const popup = shadow(el).querySelector('.maplibregl-popup')!;
    for (const sel of ['.od-popup-title', 'dt', 'dd']) {
      expect(parseFloat(getComputedStyle(popup.querySelector(sel)!).fontSize), sel).to.be.closeTo(0.9 * 24, 0.1);
    }
    const close = popup.querySelector<HTMLElement>('.maplibregl-popup-close-button')!;
    expect(close.getBoundingClientRect().width).to.be.at.least(24);
  });

  it('writes cluster counts on a pill of the disc colour, readable (≥ 4.5:1) and scaled with the font', async () => {
    document.documentElement.style.fontSize = '24px';
    const since = performance.now();
    const { el, first } = await setup('synthetic-points', { 'point-limit': '100', style: '--od-map-height:300px;--od-map-point-color:#ffd700' });
    await first;
    await viewportDrawn(el, since);
    const label = shadow(el).querySelector<HTMLElement>('.od-cluster-labels span')!;
    const s = getComputedStyle(label);
    expect(hex(s.backgroundColor)).to.equal('#ffd700'); // the disc colour, even where a large count overflows the disc
    expect(contrast(hex(s.color), '#ffd700')).to.be.at.least(4.5); // dark text on a light disc
    expect(parseFloat(s.fontSize)).to.be.closeTo(0.8 * 24, 0.1);
    const disc = mapOf(el).getPaintProperty('od-cluster-circles', 'circle-opacity');
    expect(disc).to.equal(1); // an opaque disc: the contrast does not depend on the basemap below
  });
});
