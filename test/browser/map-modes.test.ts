import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { contrast as contrastRatio } from '../../src/core/colour.js';
import { faulty, mapOf, nextRender, pixelAt, setup, shadow, status, viewportDrawn } from './map-helpers.js';

const hex = (rgb: string) => '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

describe('od-map: clusters, shapes, choropleth, filters', () => {
  it('shows server-side clusters for a large dataset, then points as the visitor zooms in', async () => {
    const since = performance.now();
    const { el, first, renders } = await setup('synthetic-points', { 'point-limit': '100', 'popup-fields': 'nom,commune' });
    const overview = await first;
    expect(overview.mode).to.equal('clusters');
    expect(overview.total).to.be.above(100);
    // The overview is followed by the clusters of the fitted viewport.
    await viewportDrawn(el, since);
    expect(renders[renders.length - 1].mode).to.equal('clusters');
    expect(status(el)).to.match(/éléments regroupés en \d+ groupes/);
    // Counts are written over the discs as text (no glyphs to fetch), hidden from assistive technology.
    const labels = shadow(el).querySelector('.od-cluster-labels')!;
    expect(labels.getAttribute('aria-hidden')).to.equal('true');
    expect(labels.children.length).to.equal((el.data as any).clusters.length);
    const requests = performance.getEntriesByType('resource').map((e) => decodeURIComponent(e.name))
      .filter((u) => u.includes('/synthetic-points/'));
    expect(requests.some((u) => /group_by=geo_cluster\(`geo_point_2d`,[+ ]\d+\)/.test(u))).to.equal(true);
    expect(requests.some((u) => /exports|limit=100\b/.test(u)), 'no record download yet').to.equal(false);
    const c = (el.data as any).clusters.sort((a: any, b: any) => a.count - b.count)[0];
    const circle = pixelAt(el, [c.lon, c.lat]);
    expect(circle[2]).to.be.above(circle[0] + 60); // a navy cluster disc is drawn there
    // Zoom far in on the smallest cluster: few records in view, so they arrive as points.
    const points = nextRender(el);
    mapOf(el).jumpTo({ center: [c.lon, c.lat], zoom: 15 });
    const d = await points;
    expect(d.mode).to.equal('features');
    expect(d.shown).to.be.at.most(100);
    const last = performance.getEntriesByType('resource').map((e) => decodeURIComponent(e.name)).filter((u) => u.includes('/exports/json'));
    expect(last.pop()).to.match(/where=in_bbox\(`geo_point_2d`/);
  });

  it('draws shapes (geo_shape) when the dataset has them', async () => {
    const { el, first } = await setup('communes-29-finistere', { 'popup-fields': 'nom' });
    const d = await first;
    expect(d).to.deep.equal({ mode: 'features', shown: 279, total: 279 });
    expect((el.data as any).geo.type).to.equal('geo_shape');
    const [r, , b] = pixelAt(el, [-4.1024, 47.996]); // Quimper, inside a commune
    expect(b - r).to.be.above(25); // tinted by the shapes' fill, not the neutral land
  });

  it('colours EPCIs by an aggregate, with an HTML legend of class limits (colours ≥ 3:1)', async () => {
    const { el, first } = await setup('finistere-communes', { choropleth: 'epci', 'join-field': 'siren_epci',
      value: 'sum(population_municipale)', 'value-label': 'Population municipale' });
    const d = await first;
    expect(d.mode).to.equal('areas');
    expect(status(el)).to.equal('21 territoire(s) coloré(s) selon la valeur.');
    const legend = shadow(el).querySelector('[part~="legend"]')!;
    expect(legend.querySelector('figcaption')!.textContent).to.contain('Population municipale');
    const items = [...legend.querySelectorAll('li')];
    expect(items.length).to.equal(6); // 5 classes + "Pas de donnée"
    expect(items[0].textContent).to.match(/^de [\d\u202f\u00a0 ]+ à [\d\u202f\u00a0 ]+$/);
    items.slice(0, 5).forEach((li, i) => {
      const colour = hex(getComputedStyle(li.querySelector('.swatch')!).backgroundColor);
      expect(colour).to.equal((el.data as any).colors[i]); // the legend shows the colours drawn
      expect(contrastRatio(colour, '#ffffff')).to.be.at.least(3);
    });
    const qbo = (el.data as any).collection.features.find((f: any) => f.properties.code === '200068120');
    const expected = (qbo.properties.color.match(/[0-9a-f]{2}/g) as string[]).map((h) => parseInt(h, 16));
    const px = pixelAt(el, [-4.1024, 47.996]); // Quimper is in QBO
    expected.forEach((v, i) => expect(Math.abs(px[i] - (0.9 * v + 0.1 * [246, 246, 242][i]))).to.be.below(8));
    // The list gives each area and its value; choosing one opens its popup.
    shadow(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await el.updateComplete;
    const areas = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="list"] li button')];
    expect(areas.length).to.equal(21);
    const cc = areas.find((b) => b.textContent!.startsWith('CA Quimper Bretagne Occidentale'))!;
    expect(cc.textContent).to.match(/ : [\d\u202f\u00a0 ]+$/);
    cc.click();
    const popup = shadow(el).querySelector('.maplibregl-popup')!;
    expect(popup.textContent).to.contain('Population municipale');
    await expect(el).to.be.accessible();
  });

  it('follows the context’s filters live, marking the old view as updating meanwhile', async () => {
    const { ctx, el, first } = await setup('finistere-aires-covoiturage', {}, {}, faulty('latency=300'));
    expect((await first).shown).to.equal(63);
    const next = nextRender(el);
    ctx.toggleRefine('type', 'Parking');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="map"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(status(el)).to.equal('Mise à jour…');
    expect((await next).shown).to.equal(4);
    expect(shadow(el).querySelector('[part~="map"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(status(el)).to.equal('4 élément(s) sur la carte.');
  });

  it('ends with the latest filters after fast successive changes', async () => {
    const { ctx, el, first } = await setup('finistere-aires-covoiturage', {}, {}, faulty('latency=250'));
    await first;
    const seen: number[] = [];
    el.addEventListener('od-map-ready', (e) => seen.push((e as CustomEvent).detail.shown));
    ctx.toggleRefine('type', 'Parking');
    ctx.toggleRefine('type', 'Parking', false);
    ctx.toggleRefine('type', 'Supermarché');
    await waitUntil(() => seen.length > 0 && status(el) !== 'Mise à jour…', 'settled', { timeout: 8000 });
    expect(status(el)).to.equal('1 élément(s) sur la carte.');
    // A later answer on the same slow portal: the dropped ones, asked earlier, would have been drawn before it.
    ctx.toggleRefine('type', 'Supermarché', false);
    await waitUntil(() => seen.length > 1 && status(el) === '63 élément(s) sur la carte.', 'the later answer', { timeout: 8000 });
    expect(seen).to.deep.equal([1, 63]);
  });

  it('refines the context on a click when refine-on-click is set', async () => {
    const { ctx, el, first } = await setup('finistere-aires-covoiturage',
      { 'refine-on-click': 'com_lieu', 'popup-fields': 'nom_lieu' }, { where: "com_lieu = 'QUIMPER'" });
    await first;
    const f = (el.data as any).collection.features[0];
    const p = mapOf(el).project(f.geometry.coordinates);
    const box = mapOf(el).getCanvas().getBoundingClientRect();
    const selected = new Promise<CustomEvent>((r) => el.addEventListener('od-map-select', (e) => r(e as CustomEvent), { once: true }));
    await sendMouse({ type: 'click', position: [Math.round(box.left + p.x), Math.round(box.top + p.y)] });
    const ev = await selected;
    expect(ev.detail.record.com_lieu).to.equal('QUIMPER');
    expect(ctx.state.refine.com_lieu).to.deep.equal(['QUIMPER']);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});

describe('od-map: opt-in basemap', () => {
  it('takes any MapLibre style URL, draws the data on top and credits it as text', async () => {
    const style = new URL('./map-basemap.json', import.meta.url).href;
    const { el, first } = await setup('finistere-france-services', { basemap: style, 'basemap-attribution': '© Exemple <b>SIG</b>' });
    expect((await first).shown).to.equal(33);
    expect(pixelAt(el, mapOf(el).unproject([3, 3]).toArray())).to.deep.equal([255, 224, 160, 255]);
    const navy = (el.data as any).collection.features.map((f: any) => pixelAt(el, f.geometry.coordinates))
      .filter(([r, g, b]: number[]) => r < 30 && g < 30 && b > 120);
    expect(navy.length).to.be.above(25);
    const credit = shadow(el).querySelector('[part~="attribution"]')!;
    expect(credit.textContent).to.contain('© Exemple <b>SIG</b>');
    expect(credit.querySelector('b')).to.equal(null);
  });
});
