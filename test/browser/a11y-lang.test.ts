// Accessibility beyond axe (RGAA 8.7): changes of language. The KerOfis Breton place names carry lang="br" in
// every widget that shows them, from one `field-lang` on <od-dataset>; values take the dataset's own language from
// its metadata otherwise; a widget's UI text says the language it is really in (French under lang="de").
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, freshPortal, waitState } from './core-helpers.js';
import { cleanup, mount, mustBeDefined } from './suite-helpers.js';

const DS = 'qbo-kerofis-noms-de-lieux';
const langs = (els: Element[]) => [...new Set(els.map((e) => e.getAttribute('lang')))];

describe('a11y: languages of values and of the UI', function () {
  this.timeout(40000);
  afterEach(cleanup);

  it('field-lang on <od-dataset>: Breton values marked in facets, chips, select, table, cards, dialog and chart table', async () => {
    const root = mount(`<div lang="fr"><od-dataset portal="${freshPortal()}" dataset="${DS}" field-lang="dibab:br kumun:br rummad:br">
      <od-facets fields="kumun"></od-facets>
      <od-filters></od-filters>
      <od-select field="rummad"></od-select>
      <od-table fields="lec_hanv,dibab,niv" page-size="5"></od-table>
      <od-records title-field="dibab" fields="lec_hanv,kumun" page-size="2" detail></od-records>
      <od-chart type="bar" x="rummad" y="count(*)" title="Lieux par catégorie"></od-chart>
    </od-dataset></div>`);
    mustBeDefined('od-facets', 'od-filters', 'od-select', 'od-table', 'od-records', 'od-chart');
    const el = (tag: string) => root.querySelector(tag)!;
    for (const tag of ['od-facets', 'od-select', 'od-table', 'od-records', 'od-chart']) await waitState(el(tag), 'ready', 15000);

    const facetValues = $$(el('od-facets'), 'label bdi');
    expect(facetValues.length).to.be.greaterThan(1);
    expect(langs(facetValues)).to.deep.equal(['br']);
    expect(langs($$(el('od-select'), 'option[value]:not([value=""])'))).to.deep.equal(['br']);

    // The table: Breton column marked, French column and numbers not.
    const row = $$(el('od-table'), 'tbody tr')[0].querySelectorAll('td');
    expect([...row].map((td) => td.getAttribute('lang'))).to.deep.equal([null, 'br', null]);

    // Cards and their dialog.
    const card = $(el('od-records'), '[part~="card"]')!;
    expect(card.querySelector('[part~="title"]')!.getAttribute('lang')).to.equal('br');
    $<HTMLButtonElement>(el('od-records'), '[part~="detail-button"]')!.click();
    await waitUntil(() => $(el('od-records'), 'dialog[open]'), 'dialog not open');
    const dd = [...$(el('od-records'), 'dialog')!.querySelectorAll('.detail-row')]
      .map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.getAttribute('lang')]);
    // kumun, rummad and dibab in Breton; the French name and the other fields not.
    expect(dd.filter(([, lang]) => lang === 'br')).to.have.length(3);
    expect(dd.filter(([, lang]) => lang === null).length).to.be.greaterThan(2);
    ($(el('od-records'), 'dialog') as HTMLDialogElement).close();

    // The chart's data table: its categories are Breton.
    const heads = $$(el('od-chart'), '[part~="data"] tbody th[scope="row"]');
    expect(heads.length).to.be.greaterThan(1);
    expect(langs(heads.filter((h) => h.getAttribute('lang') !== null))).to.deep.equal(['br']);

    // Choosing a value: its chip names it in Breton, in the visible text and in the accessible name.
    const box = $<HTMLInputElement>(el('od-facets'), 'input[type="checkbox"]')!;
    const value = box.closest('li')!.querySelector('bdi')!.textContent!;
    box.click();
    await waitUntil(() => $(el('od-filters'), '[part~="chip"]'), 'no chip');
    const chip = $(el('od-filters'), '[part~="chip"]')!;
    const marked = [...chip.querySelectorAll('span[lang="br"]')].map((s) => s.textContent);
    expect(marked).to.deep.equal([value, value]);
  });

  it('without field-lang, text values take the dataset’s language (metadata) where it differs from the UI', async () => {
    const meta = await fetch(`/api/explore/v2.1/catalog/datasets/${DS}`).then((r) => r.json());
    expect(meta.metas.default.language).to.equal('fr');
    const root = mount(`<div lang="en"><od-dataset portal="${freshPortal()}" dataset="${DS}">
      <od-table fields="lec_hanv,niv" page-size="3"></od-table></od-dataset></div>`);
    const table = root.querySelector('od-table')!;
    await waitState(table, 'ready');
    const cells = [...$$(table, 'tbody tr')[0].querySelectorAll('td')].map((td) => td.getAttribute('lang'));
    expect(cells).to.deep.equal(['fr', null]); // text in French, the number formatted in the UI's English
    expect($(table, 'caption')!.closest('[lang]')).to.equal(null); // UI text in the page's English: no tag of its own
    expect(table.hasAttribute('lang')).to.equal(false);
  });

  it('under an unsupported page language, the UI speaks French and says so; a supported one removes the tag', async () => {
    const root = mount(`<div lang="de"><od-dataset portal="${freshPortal()}" dataset="${DS}">
      <od-search></od-search><od-table fields="lec_hanv" page-size="3"></od-table></od-dataset></div>`);
    const table = root.querySelector('od-table')!;
    const search = root.querySelector('od-search')!;
    await waitState(table, 'ready');
    expect($(search, 'label')!.textContent).to.equal('Rechercher dans les données');
    // The outermost widget declares French; those inside it inherit it.
    const ds = root.querySelector('od-dataset')!;
    expect(ds.getAttribute('lang')).to.equal('fr');
    expect(search.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    (root.firstElementChild as HTMLElement).lang = 'en';
    await waitUntil(() => $(search, 'label')!.textContent === 'Search the data', 'not switched to English');
    expect(ds.hasAttribute('lang')).to.equal(false);
    expect(search.closest('[lang]')!.getAttribute('lang')).to.equal('en');
  });
});
