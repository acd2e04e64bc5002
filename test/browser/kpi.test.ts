// <od-kpi>: one aggregate computed by the portal, French formatting, following the context's filters.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdKpi } from '../../src/elements/kpi/kpi.js';
import { $, apiRequest, apiRequests, freshPortal, statusText, waitState } from './core-helpers.js';

const NNBSP = '\u202f';
const valueText = (k: Element) => $(k, '[part~="value"]')!.textContent!.replace(/[ \n\t]+/g, ' ').trim();
const api = (path: string) => fetch(`/api/explore/v2.1/catalog/datasets/${path}`).then((r) => r.json());

describe('od-kpi', () => {
  it('shows a sum over the context with a French number, unit and label (the issue example shape)', async () => {
    const portal = freshPortal('latency=150');
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <od-kpi source="communes" value="sum(population_municipale)" label="Habitants de QBO" unit="hab."></od-kpi>
      <od-dataset id="communes" portal=${portal} dataset="qbo-communes"></od-dataset>
    </div>`);
    const kpi = wrap.querySelector('od-kpi') as OdKpi;
    await kpi.updateComplete;
    expect(statusText(kpi)).to.equal('Chargement…');
    await waitState(kpi, 'ready');
    const expected = await api('qbo-communes/records?select=sum(population_municipale)%20as%20v');
    const n = expected.results[0].v as number;
    expect(n).to.be.greaterThan(100000);
    expect(valueText(kpi)).to.equal(`${new Intl.NumberFormat('fr-FR').format(n)}${NNBSP}hab.`);
    expect(valueText(kpi)).to.match(/^\d{3}\u202f\d{3}/);
    expect($(kpi, '[part~="label"]')!.textContent).to.equal('Habitants de QBO');
    expect($(kpi, '[part~="provenance"]')!.textContent).to.contain('Licence');
    await expect(kpi).to.be.accessible();
  });

  it('follows the context filters and ends with the latest answer', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal('latency=200')} dataset="qbo-communes">
      <od-kpi value="count(*)" label="Communes"></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(kpi, 'ready');
    expect(valueText(kpi)).to.equal('14');
    ctx.setQuery('quimper');
    await kpi.updateComplete;
    expect($(kpi, '[part~="kpi"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(statusText(kpi)).to.equal('Mise à jour…');
    ctx.setQuery('briec');
    ctx.toggleRefine('nom', 'Edern');
    await waitUntil(() => kpi.matches(':state(ready)') && $(kpi, '[part~="kpi"]')!.getAttribute('aria-busy') === 'false');
    const expected = await api(`qbo-communes/records?limit=0&refine=nom:Edern&where=${encodeURIComponent('search("briec")')}`);
    expect(valueText(kpi)).to.equal(String(expected.total_count));
  });

  it('formats decimals as asked and adds its own where', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset="finistere-dotations-investissement-2019">
      <od-kpi value="avg(montant_sub)" decimals="2" unit="€" where="dotation = &quot;DETR&quot;"></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(kpi, 'ready');
    const expected = await api(`finistere-dotations-investissement-2019/records?select=avg(montant_sub)%20as%20v&where=${encodeURIComponent('dotation = "DETR"')}`);
    const want = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(expected.results[0].v);
    expect(valueText(kpi)).to.equal(`${want}${NNBSP}€`);
    expect(valueText(kpi)).to.match(/,\d{2}\u202f€$/);
  });

  it('can read its own portal and dataset without a context', async () => {
    const kpi = await fixture<OdKpi>(html`<od-kpi portal=${freshPortal()} dataset="finistere-aires-covoiturage"
      where="com_lieu = &quot;QUIMPER&quot;" label="Aires à Quimper" no-provenance></od-kpi>`);
    await waitState(kpi, 'ready');
    const expected = await api(`finistere-aires-covoiturage/records?limit=0&where=${encodeURIComponent('com_lieu = "QUIMPER"')}`);
    expect(valueText(kpi)).to.equal(String(expected.total_count));
    expect($(kpi, '[part~="provenance"]')).to.equal(null);
  });

  // Real portals repeat an ungrouped aggregate once per matching record and answer [] when none matches (spec §5.5).
  it('asks one row (limit=1) and says "Aucune donnée" when nothing matches, never 0; a count of nothing is 0', async () => {
    const portal = freshPortal();
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset="qbo-communes" where="population_municipale > 10000000">
      <od-kpi value="sum(population_municipale)" label="Habitants"></od-kpi><od-kpi value="count(population_municipale)"></od-kpi></od-dataset>`);
    const [sum, count] = [...ctx.querySelectorAll('od-kpi')];
    await waitState(sum, 'empty');
    expect(valueText(sum)).to.equal('Aucune donnée');
    await waitState(count, 'ready');
    expect(valueText(count)).to.equal('0');
    const asked = (await apiRequests(portal)).filter((u) => /sum\(/.test(u.searchParams.get('select') ?? ''));
    expect(asked.map((u) => u.searchParams.get('limit'))).to.deep.equal(['1']);
  });

  it('refuses sum() of a text field before asking the portal (a real one answers 400), naming the field and its type', async () => {
    const portal = freshPortal();
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset="finistere-aires-covoiturage">
      <od-kpi value="sum(nbre_pl)" label="Places de covoiturage"></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(kpi, 'error');
    expect($(kpi, '[role="alert"]')!.textContent).to.equal('« nbre_pl » est un texte : on ne peut pas en faire la somme ; utilisez count(nbre_pl) ou un champ numérique.');
    expect((await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records') && u.searchParams.has('select'))).to.deep.equal([]);
  });

  it('changing value quickly on a slow portal ends with the last aggregate', async () => {
    const kpi = await fixture<OdKpi>(html`<od-kpi portal=${freshPortal('latency=250')} dataset="qbo-communes" value="count(*)" no-provenance></od-kpi>`);
    await waitState(kpi, 'ready');
    kpi.value = 'sum(population_municipale)';
    await kpi.updateComplete;
    kpi.value = 'max(population_municipale)';
    await kpi.updateComplete;
    // Every figure shown from now on, in order.
    const shown: string[] = [];
    const record = () => { const v = valueText(kpi); if (kpi.matches(':state(ready)') && v !== shown[shown.length - 1]) shown.push(v); };
    const observer = new MutationObserver(record);
    observer.observe(kpi.shadowRoot!, { subtree: true, childList: true, characterData: true });
    kpi.value = 'min(population_municipale)';
    const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
    const min = fr((await api('qbo-communes/records?select=min(population_municipale)%20as%20v')).results[0].v);
    await waitUntil(() => kpi.matches(':state(ready)') && valueText(kpi) === min);
    // A later request on the same slow portal: the dropped answers, asked earlier, would have come before it.
    kpi.value = 'count(*)';
    const count = fr((await api('qbo-communes/records?limit=0')).total_count);
    await waitUntil(() => kpi.matches(':state(ready)') && valueText(kpi) === count);
    observer.disconnect();
    record();
    expect(shown.slice(shown.indexOf(min))).to.deep.equal([min, count]);
  });

  it('shows the latest date of a date field as a French date', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset="finistere-aires-covoiturage">
      <od-kpi value="max(date_maj)" label="Dernière mise à jour" no-provenance></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(kpi, 'ready');
    expect(valueText(kpi)).to.equal('2 août 2023');
  });

  it('explains configuration mistakes in French', async () => {
    const bad = await fixture<OdKpi>(html`<od-kpi portal=${freshPortal()} dataset="qbo-communes" value="sum(nom) + 1"></od-kpi>`);
    expect($(bad, '[role="alert"]')!.textContent).to.contain('Valeur non reconnue');
    const unknown = await fixture<OdKpi>(html`<od-kpi portal=${freshPortal()} dataset="qbo-communes" value="max(inexistant)"></od-kpi>`);
    await waitState(unknown, 'error');
    expect($(unknown, '[role="alert"]')!.textContent).to.contain('« inexistant » n’existe pas');
  });

  it('reports a portal error with a retry that recovers; English and Breton numbers', async () => {
    const kpi = await fixture<OdKpi>(html`<od-kpi portal=${freshPortal('status=500;times=1')} dataset="qbo-communes" value="sum(population_municipale)"></od-kpi>`);
    await waitState(kpi, 'error');
    expect($(kpi, '[role="alert"]')!.textContent).to.contain('Le portail de données a rencontré une erreur');
    $<HTMLButtonElement>(kpi, '[part~="retry-button"]')!.click();
    await waitState(kpi, 'ready');
    const en = await fixture<OdKpi>(html`<od-kpi lang="en" portal=${freshPortal()} dataset="qbo-communes" value="sum(population_municipale)"></od-kpi>`);
    await waitState(en, 'ready');
    expect(valueText(en)).to.match(/^\d{3},\d{3}$/);
    // Breton numbers follow the French rules (space grouping), never the English ones, even without Breton ICU data
    const brSum = await fixture<OdKpi>(html`<od-kpi lang="br" portal=${freshPortal()} dataset="qbo-communes" value="sum(population_municipale)"></od-kpi>`);
    await waitState(brSum, 'ready');
    expect(valueText(brSum)).to.match(/^\d{3}[\u202f\u00a0 ]\d{3}$/);
    const br = await fixture<OdKpi>(html`<od-kpi lang="br" portal=${freshPortal()} dataset="qbo-communes" value="sum(nom_region)"></od-kpi>`);
    await waitState(br, 'error');
    expect($(br, '[role="alert"]')!.textContent).to.contain('« nom_region » zo un destenn');
  });

  it('uses the shared count query for count(*): one request with the pager and the search', async () => {
    const portal = freshPortal();
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset="qbo-communes">
      <od-kpi value="count(*)" no-provenance></od-kpi><od-pager></od-pager></od-dataset>`);
    await waitState(ctx.querySelector('od-kpi')!, 'ready');
    await waitState(ctx.querySelector('od-pager')!, 'ready');
    await apiRequest(portal, (u) => u.searchParams.get('limit') === '0'); // listed by the browser (may lag the answer)
    expect((await apiRequests(portal)).filter((u) => u.searchParams.get('limit') === '0')).to.have.length(1);
  });
});
