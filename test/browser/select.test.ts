// <od-select>: a native select for one value, an APG combobox for several, counts from /facets (disjunctive for its
// own field, narrowed by the others), keyboard, languages, faults and rapid changes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, $$, apiRequest, freshPortal, nextFrame, portalQuiet, statusText, waitState } from './core-helpers.js';

const FEST = 'finistere-festivals';
interface Fest { domaine: string; commune_principale: string }
const festivals = async (): Promise<Fest[]> =>
  (await (await fetch(`/api/explore/v2.1/catalog/datasets/${FEST}/records?limit=100&select=domaine,commune_principale`)).json()).results;
const countBy = (rows: Fest[], key: keyof Fest) => rows.reduce((m, r) => m.set(r[key], (m.get(r[key]) ?? 0) + 1), new Map<string, number>());

async function mount(inner: string, portal = freshPortal()) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<od-dataset portal="${portal}" dataset="${FEST}">${inner}<od-records no-provenance page-size="100"></od-records></od-dataset>`;
  return { wrap, ctx: wrap.querySelector('od-dataset') as OdDataset, rec: wrap.querySelector('od-records')! };
}
const recCount = (rec: Element) => Number(/^(\d+) résultats?/.exec(statusText(rec))?.[1] ?? (statusText(rec).startsWith('Aucun') ? 0 : NaN));

describe('od-select (single)', function () {
  this.timeout(20000);

  it('a labelled native select with every value and its count; choosing one refines, "Toutes" clears', async () => {
    const rows = await festivals();
    const portal = freshPortal();
    const { wrap, ctx, rec } = await mount('<od-select field="domaine"></od-select>', portal);
    const sel = wrap.querySelector('od-select')!;
    await waitState(sel, 'ready');
    const select = $<HTMLSelectElement>(sel, 'select')!;
    expect($(sel, 'label')!.textContent).to.equal('Domaine');
    expect($(sel, 'label')!.getAttribute('for')).to.equal(select.id);
    const counts = countBy(rows, 'domaine');
    const options = [...select.options].map((o) => o.textContent!.trim());
    expect(options[0]).to.equal('Toutes les valeurs');
    expect(options.slice(1)).to.deep.equal([...counts.keys()].sort((a, b) => a.localeCompare(b, 'fr')).map((k) => `${k} (${counts.get(k)})`));
    const facetReq = await apiRequest(portal, (u) => u.pathname.endsWith('/facets'));
    expect(facetReq.searchParams.get('facet')).to.equal('facet(name="domaine", sort="alphanum", limit=500)');
    select.value = 'Danse';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => recCount(rec) === counts.get('Danse'));
    expect(ctx.state.refine).to.deep.equal({ domaine: ['Danse'] });
    // the list still offers every value (its own choice is left out of its counts)
    await waitState(sel, 'ready');
    expect($<HTMLSelectElement>(sel, 'select')!.options.length).to.equal(counts.size + 1);
    select.value = 'Théâtre';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => recCount(rec) === counts.get('Théâtre'));
    expect(ctx.state.refine).to.deep.equal({ domaine: ['Théâtre'] });
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => recCount(rec) === rows.length);
    await expect(sel).to.be.accessible();
  });

  it('two selects on one context narrow each other', async () => {
    const rows = await festivals();
    const { wrap, ctx } = await mount('<od-select field="domaine"></od-select><od-select field="commune_principale"></od-select>');
    const [dom, com] = [...wrap.querySelectorAll('od-select')];
    await waitState(dom, 'ready');
    await waitState(com, 'ready');
    ctx.toggleRefine('commune_principale', 'BREST', true);
    const brest = countBy(rows.filter((r) => r.commune_principale === 'BREST'), 'domaine');
    await waitUntil(() => $<HTMLSelectElement>(dom, 'select')!.options.length === brest.size + 1 && dom.matches(':state(ready)'));
    expect([...$<HTMLSelectElement>(dom, 'select')!.options].slice(1).map((o) => o.textContent!.trim()))
      .to.deep.equal([...brest.keys()].sort((a, b) => a.localeCompare(b, 'fr')).map((k) => `${k} (${brest.get(k)})`));
  });

  it('unknown field: a French message naming it; fault: an alert with retry', async () => {
    const { wrap } = await mount('<od-select field="pas_un_champ"></od-select>');
    const sel = wrap.querySelector('od-select')!;
    await waitState(sel, 'error');
    expect($(sel, '[role="alert"]')!.textContent).to.equal('Champ inconnu dans field : pas_un_champ.');
    const f = await mount('<od-select field="domaine"></od-select>', freshPortal('status=500;times=1'));
    const faulty = f.wrap.querySelector('od-select')!;
    await waitState(faulty, 'error');
    $(faulty, '[part~="retry-button"]')!.click();
    await waitState(faulty, 'ready');
  });
});

describe('od-select (multiple: APG combobox)', function () {
  this.timeout(20000);

  it('type to filter, arrows to move, Enter to tick several (OR), Escape to close; counts stay disjunctive', async () => {
    const rows = await festivals();
    const { wrap, ctx, rec } = await mount('<od-select field="commune_principale" multiple label="Commune"></od-select>');
    const sel = wrap.querySelector('od-select')!;
    await waitState(sel, 'ready');
    const input = $<HTMLInputElement>(sel, 'input')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect($(sel, '[role="listbox"]')!.getAttribute('aria-multiselectable')).to.equal('true');
    input.focus();
    await sendKeys({ type: 'quim' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const opts = () => $$(sel, '[role="option"]');
    const byCommune = countBy(rows, 'commune_principale');
    const quim = [...byCommune.keys()].filter((k) => k.toLowerCase().includes('quim')).sort((a, b) => a.localeCompare(b, 'fr'));
    expect(quim[0]).to.equal('QUIMPER');
    expect(opts().map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(quim.map((k) => `${k} (${byCommune.get(k)})`));
    expect(statusText(sel)).to.equal(`${quim.length} valeurs`);
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(opts()[0].id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => opts()[0]?.getAttribute('aria-selected') === 'true');
    // a second value: clear the text, find Brest, tick it
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'brest' });
    await waitUntil(() => opts().length === 1 && opts()[0].textContent!.includes('BREST'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const want = rows.filter((r) => r.commune_principale === 'QUIMPER' || r.commune_principale === 'BREST').length;
    await waitUntil(() => recCount(rec) === want, `records: ${statusText(rec)}`);
    expect(ctx.state.refine.commune_principale).to.have.members(['QUIMPER', 'BREST']);
    // the values of its own field keep their counts (disjunctive), chosen ones are ticked
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Backspace' });
    await waitUntil(() => opts().length === countBy(rows, 'commune_principale').size && sel.matches(':state(ready)'));
    expect(opts().filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.textContent!.replace(/[✓\s]+/g, ' ').trim().split(' (')[0]))
      .to.have.members(['QUIMPER', 'BREST']);
    await expect(sel).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(sel.shadowRoot!.activeElement).to.equal(input);
    // the chosen values are buttons that remove them
    const chips = $$(sel, '[part~="chosen"] button');
    const nameOf = (b: Element) => b.querySelector('.od-visually-hidden')!.textContent;
    expect(chips.map(nameOf)).to.have.members(['Retirer QUIMPER', 'Retirer BREST']);
    chips.find((b) => nameOf(b) === 'Retirer BREST')!.click();
    await waitUntil(() => recCount(rec) === countBy(rows, 'commune_principale').get('QUIMPER'));
  });

  it('rapid choices: the records are those of the last set; English and Breton labels', async () => {
    const rows = await festivals();
    const { wrap, ctx, rec } = await mount('<od-select field="domaine" multiple></od-select>', freshPortal('latency=80'));
    const sel = wrap.querySelector('od-select')!;
    await waitState(sel, 'ready');
    for (const d of ['Danse', 'Théâtre', 'Danse', 'Musiques classiques']) {
      ctx.toggleRefine('domaine', d);
      await nextFrame(); // faster than the portal answers
    }
    const want = rows.filter((r) => r.domaine === 'Théâtre' || r.domaine === 'Musiques classiques').length;
    await waitUntil(() => recCount(rec) === want && rec.matches(':state(ready)'));
    await portalQuiet(ctx.getAttribute('portal')!, rec, sel);
    expect(recCount(rec)).to.equal(want);
    for (const [lang, placeholder] of [['en', 'Type to filter…'], ['br', 'Skrivit evit silañ…']]) {
      const o = await mount(`<od-select lang="${lang}" field="domaine" multiple></od-select>`);
      const s = o.wrap.querySelector('od-select')!;
      await waitState(s, 'ready');
      expect($<HTMLInputElement>(s, 'input')!.placeholder).to.equal(placeholder);
      await expect(s).to.be.accessible();
    }
  });
});
