// <od-search>: labelled field, debounced live search into the context, Escape clears, announced count.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, apiRequests, freshPortal, portalQuiet, statusText, waitState } from './core-helpers.js';

const DS = 'finistere-aires-covoiturage';

async function mount(portal = freshPortal(), lang = 'fr', attrs = '') {
  const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset=${DS} lang=${lang}>
    <od-search debounce="100" label=${attrs}></od-search>
    <od-table page-size="5" fields="nom_lieu,com_lieu"></od-table>
  </od-dataset>`);
  const search = ctx.querySelector('od-search')!;
  await search.updateComplete;
  return { ctx, search, table: ctx.querySelector('od-table')!, input: $<HTMLInputElement>(search, 'input')! };
}

async function type(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

describe('od-search', () => {
  it('has a visible label tied to the field and a button with an explicit name', async () => {
    const { search, input } = await mount();
    const label = $(search, 'label')!;
    expect(label.textContent).to.equal('Rechercher dans les données');
    expect(search.shadowRoot!.getElementById(label.getAttribute('for')!)).to.equal(input);
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(search.shadowRoot!.getElementById('hint')!.textContent).to.contain('Échap');
    const button = $(search, 'button[type="submit"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Rechercher dans les données');
    expect($(search, 'form')!.getAttribute('role')).to.equal('search');
    await expect(search).to.be.accessible();
  });

  it('searches while typing (debounced: one query for the whole word) and announces the count', async () => {
    const portal = freshPortal();
    const { ctx, search, table, input } = await mount(portal);
    // wide enough that a busy test machine still types the word within one debounce window
    search.setAttribute('debounce', '600');
    await waitState(table, 'ready');
    const live = $(search, '[part~="status"]');
    expect(live!.textContent).to.equal('');
    await type(input, 'quimper');
    await waitUntil(() => ctx.state.q === 'quimper', 'query not sent');
    await waitUntil(() => /résultats? pour « quimper »$/.test(statusText(search)), 'count not announced');
    expect($(search, '[part~="status"]')).to.equal(live);
    const expected = await fetch(`/api/explore/v2.1/catalog/datasets/${DS}/records?limit=0&where=${encodeURIComponent('search("quimper")')}`).then((r) => r.json());
    expect(statusText(search)).to.equal(`${expected.total_count} résultats pour « quimper »`);
    // no request for the intermediate prefixes "q", "qu", …
    const searched = (await apiRequests(portal)).map((u) => u.searchParams.getAll('where').join(' ')).filter((w) => w.includes('search('));
    expect(new Set(searched)).to.deep.equal(new Set(['search("quimper")']));
    await waitState(table, 'ready');
    expect(statusText(table)).to.match(new RegExp(`^${expected.total_count} lignes`));
  });

  it('searches at once on Enter, and Escape clears the field and the search', async () => {
    const { ctx, search, input } = await mount(freshPortal(), 'fr');
    search.setAttribute('debounce', '5000');
    await type(input, 'brest');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ctx.state.q === 'brest');
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
    await waitUntil(() => ctx.state.q === '');
    await waitUntil(() => statusText(search) === '');
  });

  it('shows the context query when it changes elsewhere (clear, URL, another box)', async () => {
    const { ctx, input, search } = await mount();
    ctx.setQuery('douarnenez');
    await search.updateComplete;
    expect(input.value).to.equal('douarnenez');
    ctx.clear();
    await search.updateComplete;
    expect(input.value).to.equal('');
  });

  it('ends with the latest text when typing fast on a slow portal', async () => {
    const { ctx, search, input } = await mount(freshPortal('latency=300'));
    await type(input, 'bre');
    // The search has sent « bre »: its slow answer is on the way while the visitor types on.
    await waitUntil(() => ctx.state.q === 'bre', 'the first search never applied', { timeout: 5000 });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await type(input, 'morlaix');
    await waitUntil(() => /« morlaix »$/.test(statusText(search)), 'latest count not shown', { timeout: 5000 });
    await portalQuiet(ctx.getAttribute('portal')!, search);
    expect(ctx.state.q).to.equal('morlaix');
    expect(statusText(search)).to.match(/« morlaix »$/);
  });

  it('says so when the count fails, and speaks English and Breton', async () => {
    const { ctx, search } = await mount(freshPortal('status=500'));
    ctx.setQuery('brest');
    await waitUntil(() => $(search, '[role="alert"]') !== null);
    expect($(search, '[role="alert"]')!.textContent).to.contain('erreur');
    const en = await mount(freshPortal(), 'en');
    expect($(en.search, 'label')!.textContent).to.equal('Search the data');
    en.ctx.setQuery('brest');
    await waitUntil(() => /results? for “brest”$/.test(statusText(en.search)));
    const br = await mount(freshPortal(), 'br');
    expect($(br.search, 'label')!.textContent).to.equal('Klask er roadennoù');
    await expect(br.search).to.be.accessible();
  });

  it('uses a custom label in the field and the button names', async () => {
    const { search } = await mount(freshPortal(), 'fr', 'Nom de l’aire ou commune');
    expect($(search, 'label')!.textContent).to.equal('Nom de l’aire ou commune');
    expect($(search, 'button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Rechercher : Nom de l’aire ou commune');
  });
});
