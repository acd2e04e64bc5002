import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdFilters } from '../../src/elements/filters/filters.js';
import { handlersHadTheirChance } from './core-helpers.js';

const DS = 'finistere-aires-covoiturage';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const chips = (el: OdFilters) => $$<HTMLButtonElement>(el, '[part~="chip"]');
/** A chip's accessible name: its visually hidden text (the visible label is inside it). */
const nameOf = (b: Element | null | undefined) => b?.querySelector('.od-visually-hidden')?.textContent ?? null;
const names = (el: OdFilters) => chips(el).map(nameOf);
const status = (el: OdFilters) => $(el, '[part~="status"]')!.textContent!.trim();

async function setup(base = '', lang = 'fr') {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
    <od-filters source="ds"></od-filters>
    <od-dataset id="ds" portal=${location.origin} dataset=${DS} refine=${base || ''}></od-dataset>
  </div>`);
  const el = wrap.querySelector<OdFilters>('od-filters')!;
  const ctx = wrap.querySelector<OdDataset>('od-dataset')!;
  await waitUntil(() => $(el, '[part~="status"]'), 'rendered');
  return { el, ctx };
}

/** Waits until field labels from the schema are in use. */
const labelled = (el: OdFilters) => waitUntil(() => names(el).some((n) => n?.includes('Commune')), 'schema labels', { timeout: 8000 });

describe('<od-filters>', () => {
  it('says when no filter is active, and lists the page’s base filters as fixed text', async () => {
    const { el } = await setup('type:Aire de covoiturage');
    expect(status(el)).to.equal('Aucun filtre actif.');
    expect(chips(el)).to.have.length(0);
    await waitUntil(() => $(el, '[part~="base-chip"]')?.textContent === 'Type : Aire de covoiturage', 'base chip with label', { timeout: 8000 });
    expect($(el, '[part~="base-chip"]')!.localName).to.equal('li');
    expect($(el, '[part~="base-list"] button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the visitor’s search, choices and exclusions as buttons with explicit names', async () => {
    const { el, ctx } = await setup();
    ctx.setQuery('gare');
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    ctx.toggleExclude('type', 'Parking');
    ctx.toggleRefine('ouvert', 'true');
    await labelled(el);
    expect(names(el)).to.deep.equal([
      'Retirer le filtre Recherche : « gare »',
      'Retirer le filtre Commune : QUIMPER',
      'Retirer le filtre Ouvert : Oui',
      'Retirer le filtre Type : sauf Parking',
    ]);
    // The visible text is part of the accessible name (WCAG 2.5.3).
    for (const b of chips(el)) expect(nameOf(b)).to.contain(b.querySelector('[aria-hidden="true"]')!.textContent!.trim());
    await expect(el).to.be.accessible();
  });

  it('removes one filter from the context, announces it and moves focus to the next chip', async () => {
    const { el, ctx } = await setup();
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    ctx.toggleRefine('com_lieu', 'BREST');
    await labelled(el);
    chips(el)[0].focus();
    chips(el)[0].click();
    await el.updateComplete;
    expect(ctx.state.refine).to.deep.equal({ com_lieu: ['BREST'] });
    expect(status(el)).to.equal('Filtre retiré : Commune : QUIMPER.');
    expect(nameOf(el.shadowRoot!.activeElement)).to.equal('Retirer le filtre Commune : BREST');
  });

  it('works from the keyboard (Enter on a chip)', async () => {
    const { el, ctx } = await setup();
    ctx.toggleExclude('type', 'Parking');
    await waitUntil(() => chips(el).length === 1, 'chip');
    chips(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ctx.state.exclude).to.deep.equal({});
    expect(status(el)).to.equal('Filtre retiré : Type : sauf Parking. Aucun filtre actif.');
  });

  it('"Tout effacer" removes the visitor’s filters but keeps the base filters', async () => {
    const { el, ctx } = await setup('type:Parking');
    ctx.setQuery('gare');
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    await waitUntil(() => chips(el).length === 2, 'chips');
    const clear = $<HTMLButtonElement>(el, '[part~="clear-button"]')!;
    expect(clear.textContent).to.equal('Tout effacer');
    clear.click();
    await el.updateComplete;
    expect(ctx.state.q).to.equal('');
    expect(ctx.state.refine).to.deep.equal({});
    expect(ctx.getAttribute('refine')).to.equal('type:Parking');
    expect(chips(el)).to.have.length(0);
    expect($$(el, '[part~="base-chip"]')).to.have.length(1);
    expect(status(el)).to.equal('Tous les filtres ont été retirés. Aucun filtre actif.');
  });

  it('drops its announcement when another widget changes the view', async () => {
    const { el, ctx } = await setup();
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    ctx.toggleRefine('type', 'Parking');
    await waitUntil(() => chips(el).length === 2, 'chips');
    chips(el)[0].click();
    await el.updateComplete;
    expect(status(el)).to.contain('Filtre retiré');
    ctx.toggleRefine('com_lieu', 'BREST');
    await el.updateComplete;
    expect(status(el)).to.equal('');
  });

  it('shows hostile values as text', async () => {
    const { el, ctx } = await setup();
    ctx.toggleRefine('com_lieu', '<img src=x onerror="window.__xss=1">');
    await waitUntil(() => chips(el).length === 1, 'chip');
    await handlersHadTheirChance();
    expect($(el, 'img')).to.equal(null);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(chips(el)[0].textContent).to.contain('<img src=x');
  });

  it('speaks English and Breton', async () => {
    const { el, ctx } = await setup('', 'en');
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    await labelled(el);
    expect(names(el)).to.deep.equal(['Remove the filter Commune: QUIMPER']);
    expect($(el, '[part~="clear-button"]')!.textContent).to.equal('Clear all');
    el.setAttribute('lang', 'br');
    await waitUntil(() => names(el)[0] === 'Lemel ar sil Commune : QUIMPER', 'Breton', { timeout: 4000 });
  });
});
