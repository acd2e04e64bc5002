// <od-map color-by>: colours by the most frequent values with a text legend that filters; the refine-on-click chip;
// the detail dialog of a chosen feature.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setup, nextRender, mapOf } from './map-helpers.js';
import { CATEGORY_PALETTE, OTHER_COLOR } from '../../src/elements/map/categories.js';

const FEST = 'finistere-festivals';
const sr = (el: Element) => el.shadowRoot!;

describe('od-map color-by', function () {
  this.timeout(30000);

  it('colours the festivals by domaine (top values, then "Autres"); the legend counts them and filters on a click', async () => {
    const rows: { domaine: string }[] = (await (await fetch(`/api/explore/v2.1/catalog/datasets/${FEST}/records?limit=100&select=domaine`)).json()).results;
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.domaine, (counts.get(r.domaine) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr')).slice(0, 3);
    const { el, ctx, first } = await setup(FEST, { 'color-by': 'domaine', 'color-count': '3', 'title-field': 'nom_de_la_manifestation', style: '--od-map-height:300px' });
    await first;
    const legend = sr(el).querySelector('[part~="category-legend"]')!;
    expect(legend.querySelector('.categories-title')!.textContent).to.equal('Couleur : Domaine');
    const buttons = [...legend.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(top.map(([v, n]) => `${v} (${n})`));
    const others = rows.length - top.reduce((s, [, n]) => s + n, 0);
    expect(legend.querySelector('.other')!.textContent!.trim()).to.equal(`Autres (${others})`);
    // the drawn points carry the legend's colours
    const drawn = mapOf(el).querySourceFeatures('od-data') as { properties: { color: string } }[];
    const colours = new Set(drawn.map((f) => f.properties.color));
    expect([...colours].sort()).to.deep.equal([...CATEGORY_PALETTE.slice(0, 3), OTHER_COLOR].sort());
    const next = nextRender(el);
    buttons[1].click();
    await next;
    expect(ctx.state.refine).to.deep.equal({ domaine: [top[1][0]] });
    await waitUntil(() => sr(el).querySelector('[part~="category-legend"] button[aria-pressed="true"]'));
    await expect(el).to.be.accessible();
  });

  it('refine-on-click shows the choice as a chip by the map ("Filtre : BREST ✕") that removes it', async () => {
    const { el, ctx, first } = await setup(FEST, { 'refine-on-click': 'commune_principale', style: '--od-map-height:300px' });
    await first;
    expect(sr(el).querySelector('[part~="refine-chip"]')).to.equal(null);
    const next = nextRender(el);
    ctx.toggleRefine('commune_principale', 'BREST', true); // what a click on a Brest point does
    await next;
    const chip = sr(el).querySelector<HTMLButtonElement>('[part~="refine-chip"]')!;
    expect(chip.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filtre : BREST ✕');
    expect(chip.getAttribute('aria-label')).to.equal('Retirer le filtre Commune principale : BREST');
    const back = nextRender(el);
    chip.click();
    await back;
    expect(ctx.state.refine).to.deep.equal({});
    expect(sr(el).querySelector('[part~="refine-chip"]')).to.equal(null);
  });

  it('detail: choosing a feature in the list opens every field of its record; Escape closes, focus returns', async () => {
    const { el, first } = await setup(FEST, { detail: '', 'title-field': 'nom_de_la_manifestation', style: '--od-map-height:300px' });
    await first;
    sr(el).querySelector<HTMLButtonElement>('[part~="list-toggle"]')!.click();
    await waitUntil(() => sr(el).querySelector('[part~="list"] li button'));
    const item = sr(el).querySelector<HTMLButtonElement>('[part~="list"] li button')!;
    item.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sr(el).querySelector('dialog[open]'), 'detail dialog');
    const labels = [...sr(el).querySelectorAll('dialog dt')].map((d) => d.textContent);
    expect(labels).to.include('Nom du festival');
    expect(labels).to.include('Domaine');
    expect(labels).to.include('Date de début (édition 2019)');
    expect(sr(el).querySelector('#od-detail-title')!.textContent).to.equal(item.textContent!.trim().split('\n')[0].trim());
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !sr(el).querySelector('dialog'));
  });
});
