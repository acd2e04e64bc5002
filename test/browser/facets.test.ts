import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdFacets } from '../../src/elements/facets/facets.js';

const DS = 'finistere-aires-covoiturage';
const API = `${location.origin}/api/explore/v2.1/catalog/datasets/${DS}`;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function facetCounts(query = ''): Promise<Record<string, Record<string, number>>> {
  const body = await (await fetch(`${API}/facets?facet=com_lieu&facet=type${query}`)).json();
  return Object.fromEntries(body.facets.map((g: any) => [g.name, Object.fromEntries(g.facets.map((v: any) => [v.value, v.count]))]));
}

/** Values and counts shown in one fieldset, read from the labels. */
function shown(el: OdFacets, index: number): Record<string, number> {
  const fs = $$(el, 'fieldset')[index];
  return Object.fromEntries([...fs.querySelectorAll('label')].map((l) => {
    const count = Number(/\((\d+)\)$/.exec(l.textContent!.trim())?.[1] ?? NaN);
    return [l.textContent!.trim().replace(/\s*\(\d+\)$/, ''), count];
  }));
}

const ready = (el: OdFacets) => waitUntil(() => $$(el, 'fieldset').length > 0 && !$(el, '[aria-busy="true"]'), 'facets not loaded', { timeout: 8000 });

async function setup(attrs = 'fields="com_lieu,type"', portal = location.origin) {
  const wrap = await fixture<HTMLElement>(html`<div>
    <od-dataset id="ds" portal=${portal} dataset=${DS}></od-dataset>
    <od-facets source="ds" fields=${/fields="([^"]*)"/.exec(attrs)?.[1] ?? ''} limit="8"></od-facets>
  </div>`);
  return { ctx: wrap.querySelector<OdDataset>('od-dataset')!, el: wrap.querySelector<OdFacets>('od-facets')! };
}

describe('<od-facets>', () => {
  it('shows the schema’s facet fields when `fields` is absent, labelled by the schema', async () => {
    const { el } = await setup('');
    await ready(el);
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Commune', 'Type', 'Date de mise à jour', 'Ouvert', 'Source']);
    // A boolean field says yes/no, not true/false.
    expect(Object.keys(shown(el, 3))).to.deep.equal(['Oui']);
    await expect(el).to.be.accessible();
  });

  it('lists values with the counts of the facets endpoint, eight at first, then "voir plus"', async () => {
    const api = await facetCounts();
    const { el } = await setup();
    await ready(el);
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Commune', 'Type']);
    expect(shown(el, 1)).to.deep.equal(api.type);
    const communes = shown(el, 0);
    expect(Object.keys(communes)).to.have.length(8);
    for (const [v, n] of Object.entries(communes)) expect(n).to.equal(api.com_lieu[v]);
    const more = $<HTMLButtonElement>(el, '[part~="more-button"]')!;
    const rest = Object.keys(api.com_lieu).length - 8;
    expect(more.textContent!.trim()).to.equal(`Voir plus (${rest} de plus)`);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(Object.keys(shown(el, 0))).to.have.length(rest + 8);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Voir moins');
  });

  it('refines the context; other fields count under it, the field’s own list does not shrink; values OR', async () => {
    const { ctx, el } = await setup();
    await ready(el);
    const before = Object.keys(shown(el, 0)).length;
    const quimper = $$<HTMLInputElement>(el, 'fieldset:first-of-type input').find((i) => i.labels![0].textContent!.startsWith('QUIMPER'))!;
    quimper.click();
    expect(ctx.state.refine).to.deep.equal({ com_lieu: ['QUIMPER'] });
    const expected = (await facetCounts('&refine=com_lieu:QUIMPER')).type;
    await waitUntil(() => !$(el, '[aria-busy="true"]') && JSON.stringify(shown(el, 1)) === JSON.stringify(expected), 'type counts under the refinement', { timeout: 8000 });
    expect(Object.keys(shown(el, 0))).to.have.length(before);
    const guipavas = $$<HTMLInputElement>(el, 'fieldset:first-of-type input').find((i) => i.labels![0].textContent!.startsWith('GUIPAVAS'))!;
    guipavas.click();
    expect(ctx.state.refine).to.deep.equal({ com_lieu: ['QUIMPER', 'GUIPAVAS'] });
    // 3 places in Quimper + 2 in Guipavas, whatever their type.
    const total = () => Object.values(shown(el, 1)).reduce((a, b) => a + b, 0);
    await waitUntil(() => !$(el, '[aria-busy="true"]') && total() === 5, `type counts of both communes (got ${total()})`, { timeout: 8000 });
    expect($$<HTMLInputElement>(el, 'fieldset:first-of-type input:checked')).to.have.length(2);
  });

  it('is usable with the keyboard: Space ticks the focused box and focus stays on it after the update', async () => {
    const { ctx, el } = await setup();
    await ready(el);
    const box = $$<HTMLInputElement>(el, 'fieldset:nth-of-type(2) input')[0];
    box.focus();
    await sendKeys({ press: 'Space' });
    expect(ctx.state.refine.type).to.deep.equal([box.labels![0].textContent!.trim().replace(/\s*\(\d+\)$/, '')]);
    await waitUntil(() => !$(el, '[aria-busy="true"]'), 'settled', { timeout: 8000 });
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.checked).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(ctx.state.refine).to.deep.equal({});
  });

  it('offers a date field one period at a time (radios, with "Toutes les valeurs")', async () => {
    const { ctx, el } = await setup('fields="date_maj"');
    await ready(el);
    const radios = () => $$<HTMLInputElement>(el, 'input[type="radio"]');
    const byLabel = (text: string) => radios().find((r) => r.labels![0].textContent!.trim().startsWith(text))!;
    expect(radios().length).to.be.greaterThan(2);
    expect($$(el, 'input[type="checkbox"]')).to.have.length(0);
    expect(byLabel('Toutes les valeurs').checked).to.equal(true);
    byLabel('2019').click();
    expect(ctx.state.refine).to.deep.equal({ date_maj: ['2019'] });
    await waitUntil(() => !$(el, '[aria-busy="true"]') && byLabel('2023'), 'years', { timeout: 8000 });
    byLabel('2023').click();
    expect(ctx.state.refine).to.deep.equal({ date_maj: ['2023'] });
    await waitUntil(() => !$(el, '[aria-busy="true"]'), 'settled', { timeout: 8000 });
    expect(byLabel('2023').checked).to.equal(true);
    byLabel('Toutes les valeurs').click();
    expect(ctx.state.refine).to.deep.equal({});
    await el.updateComplete;
    await waitUntil(() => !$(el, '[aria-busy="true"]') && byLabel('2019'), 'all years again', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('marks the lists as updating while a slow answer is pending, and ends on the latest choices', async () => {
    const { ctx, el } = await setup('fields="com_lieu,type"', `${location.origin}/__fault/latency=300;id=facets-stale`);
    await ready(el);
    ctx.toggleRefine('type', 'Parking');
    await el.updateComplete;
    expect($(el, '.groups')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part~="status"]')!.textContent).to.equal('Mise à jour…');
    ctx.toggleRefine('type', 'Parking');
    ctx.toggleRefine('type', 'Supermarché');
    const expected = (await facetCounts('&refine=type:Supermarch%C3%A9')).com_lieu;
    await waitUntil(() => !$(el, '[aria-busy="true"]'), 'settled', { timeout: 8000 });
    expect(shown(el, 0)).to.deep.equal(expected);
  });

  it('shows a French error with a retry that recovers', async () => {
    const { el } = await setup('fields="type"', `${location.origin}/__fault/status=500;times=1;id=facets-retry`);
    await waitUntil(() => $(el, '[part~="error"]'), 'error', { timeout: 8000 });
    expect($(el, '[role="alert"]')!.textContent).to.contain('Le portail de données a rencontré une erreur');
    expect($$(el, 'fieldset')).to.have.length(0);
    $(el, '[part~="retry-button"]')!.click();
    await ready(el);
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(['Type']);
  });

  it('speaks English and Breton', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en">
      <od-dataset portal=${location.origin} dataset=${DS}><od-facets fields="com_lieu" limit="3"></od-facets></od-dataset></div>`);
    const en = wrap.querySelector<OdFacets>('od-facets')!;
    await ready(en);
    expect($(en, '[part~="more-button"]')!.textContent!.trim()).to.match(/^Show more \(\d+ more\)$/);
    wrap.setAttribute('lang', 'br');
    en.setAttribute('lang', 'br');
    await waitUntil(() => /^Gwelet muioc’h/.test($(en, '[part~="more-button"]')!.textContent!.trim()), 'Breton', { timeout: 4000 });
    await expect(en).to.be.accessible();
  });

  it('names a missing source as a configuration error', async () => {
    const el = await fixture<OdFacets>(html`<od-facets source="nowhere"></od-facets>`);
    expect($(el, '[part~="error"]')!.textContent).to.contain('od-dataset id="nowhere"');
  });
});
