// Widgets against a portal as strict as Huwise/Opendatasoft (issue 10): the schema decides before the portal does,
// back-office facets work without `fields`, facet choices go to refine (quoted) only on facets, where otherwise.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdFacets } from '../../src/elements/facets/facets.js';
import { $, $$, apiRequests, freshPortal, waitState } from './core-helpers.js';
import { mountChart } from './chart-helpers.js';

const alert = (el: Element) => $(el, '[role="alert"]')?.textContent?.trim();
const aggregateRequests = async (portal: string) => (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records') && u.searchParams.has('select'));

describe('widgets against a strict portal', () => {
  it('od-chart refuses avg() of a text field, naming field and type, without asking the portal', async () => {
    const { chart, portal } = await mountChart({ type: 'bar', x: 'nom', y: 'avg(nom)' }, { wait: false });
    await waitState(chart, 'error');
    expect(alert(chart)).to.equal('« nom » est un texte : on ne peut pas en calculer la moyenne ; utilisez count(nom) ou un champ numérique.');
    expect(await aggregateRequests(portal)).to.deep.equal([]);
  });

  it('od-map (choropleth) refuses sum() of text and a value outside the grammar, never passing it to ODSQL', async () => {
    const portal = freshPortal();
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset="finistere-communes">
      <od-map choropleth="communes" join-field="code_insee" value="sum(nom)"></od-map>
      <od-map choropleth="communes" join-field="code_insee" value="sum(population_municipale) + 1"></od-map></od-dataset>`);
    const [text, raw] = [...ctx.querySelectorAll('od-map')];
    await waitState(text, 'error');
    expect(alert(text)).to.equal('« nom » est un texte : on ne peut pas en faire la somme ; utilisez count(nom) ou un champ numérique.');
    await waitState(raw, 'error');
    expect(alert(raw)).to.contain('Valeur non reconnue : value="sum(population_municipale) + 1"');
    expect(await aggregateRequests(portal)).to.deep.equal([]);
  });

  it('od-facets without fields shows the facets declared in the back office, asking disjunctive counts', async () => {
    const portal = freshPortal();
    const wrap = await fixture<HTMLElement>(html`<div><od-dataset id="fs" portal=${portal} dataset="finistere-france-services"></od-dataset>
      <od-facets source="fs"></od-facets></div>`);
    const el = wrap.querySelector<OdFacets>('od-facets')!;
    const meta = await (await fetch('/api/explore/v2.1/catalog/datasets/finistere-france-services')).json();
    const declared = meta.metas.asset_content_configuration.facets.map((f: { name: string }) => f.name) as string[];
    const labels = declared.map((n) => meta.fields.find((f: { name: string }) => f.name === n).label);
    await waitUntil(() => $$(el, 'legend').length === declared.length, 'declared facets not shown', { timeout: 8000 });
    expect($$(el, 'legend').map((l) => l.textContent)).to.deep.equal(labels);
    const facetParams = (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/facets')).flatMap((u) => u.searchParams.getAll('facet'));
    expect(facetParams).to.include('facet(name="lib_com", disjunctive=true)');
    await expect(el).to.be.accessible();
  });

  it('a choice on a facet goes to refine, quoted; on another field to where equality', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset="finistere-france-services"></od-dataset>`);
    ctx.toggleRefine('lib_com', 'Quimper');
    ctx.toggleRefine('code_postal', '29000');
    const q = await ctx.recordsQuery();
    expect(q.get('refine')).to.deep.equal(['lib_com:"Quimper"']);
    expect(q.get('where')).to.deep.equal(['`code_postal` = "29000"']);
    const page = await ctx.client!.records(q.limit(0));
    expect(page.total_count).to.be.above(0);
  });
});
