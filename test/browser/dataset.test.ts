// <od-dataset>, the context of linked widgets: composing filters, linking in any order, commune scoping,
// URL sync, page-level default portal, and one request per distinct query for a whole page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, $$, apiRequest, apiRequests, freshPortal, nextFrame, portalQuiet, statusText, waitState } from './core-helpers.js';

const DS = 'finistere-aires-covoiturage';
const count = async (where: string[], refine: string[] = []) => {
  const sp = new URLSearchParams({ limit: '0' });
  where.forEach((w) => sp.append('where', w));
  refine.forEach((r) => sp.append('refine', r));
  return (await fetch(`/api/explore/v2.1/catalog/datasets/${DS}/records?${sp}`).then((r) => r.json())).total_count as number;
};

describe('od-dataset', () => {
  const isMetadata = (u: URL) => u.pathname.endsWith(`/catalog/datasets/${DS}`);

  it('asks the metadata once, at connect, before any widget; its widgets share it', async () => {
    const portal = freshPortal();
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset=${DS}></od-dataset>`);
    await apiRequest(portal, isMetadata);
    ctx.innerHTML = '<od-table fields="nom_lieu"></od-table><od-facets fields="type"></od-facets><od-kpi value="count(*)" label="Aires"></od-kpi>';
    for (const el of ctx.children) await waitUntil(() => el.matches(':state(ready)'), `${el.localName} never ready`, { timeout: 8000 });
    expect((await apiRequests(portal)).filter(isMetadata)).to.have.length(1);
  });

  it('a failed metadata request is not kept: a widget that comes later asks again and shows its data', async () => {
    const portal = freshPortal(`status=500;times=1;path=${DS}`);
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset=${DS}></od-dataset>`);
    await ctx.updateComplete;
    const error = await ctx.metadata().then(() => undefined, (e: Error) => e); // the request made at connect
    expect(error?.message).to.match(/500|Internal/);
    ctx.innerHTML = '<od-table fields="nom_lieu"></od-table>';
    await waitState(ctx.firstElementChild!, 'ready');
    expect((await apiRequests(portal)).filter(isMetadata)).to.have.length(2);
  });

  it('page-size is the default of its tables and pagers; changing it fires od-view-change and they follow', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset=${DS} page-size="3">
      <od-table fields="nom_lieu" no-pager no-provenance></od-table><od-pager></od-pager></od-dataset>`);
    const table = ctx.querySelector('od-table')!;
    const pager = ctx.querySelector('od-pager')!;
    await waitState(table, 'ready');
    await waitState(pager, 'ready');
    const total = await count([]);
    const fr = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
    expect($$(table, 'tbody tr').length).to.equal(3);
    expect(statusText(pager)).to.contain(`sur ${fr(Math.ceil(total / 3))}`);
    let fired = 0;
    ctx.addEventListener('od-view-change', () => fired++);
    ctx.pageSize = 7;
    await waitUntil(() => $$(table, 'tbody tr').length === 7 && statusText(pager).includes(`sur ${fr(Math.ceil(total / 7))}`));
    expect(fired).to.equal(1);
  });

  it('composes base filters with the visitor’s choices; clearing keeps the base filters', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset=${DS}
      where='type = "Aire de covoiturage"' refine="ouvert:true"><od-kpi value="count(*)" no-provenance></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(kpi, 'ready');
    const base = await count(['type = "Aire de covoiturage"'], ['ouvert:true']);
    expect($(kpi, '[part~="value"]')!.textContent!.trim()).to.equal(String(base));
    ctx.setQuery('quimper');
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    const q = await ctx.recordsQuery();
    expect(q.get('where')).to.include('type = "Aire de covoiturage"');
    expect(q.get('where')).to.include('search("quimper")');
    expect(q.get('refine')).to.deep.equal(['com_lieu:"QUIMPER"', 'ouvert:"true"']);
    const both = await count(['type = "Aire de covoiturage"', 'search("quimper")'], ['ouvert:true', 'com_lieu:QUIMPER']);
    expect(both).to.be.lessThan(base);
    await waitUntil(() => kpi.matches(':state(ready)') && $(kpi, '[part~="value"]')!.textContent!.trim() === String(both));
    ctx.clear();
    const cleared = await ctx.recordsQuery();
    expect(cleared.get('where')).to.deep.equal(['type = "Aire de covoiturage"']);
    expect(cleared.get('refine')).to.deep.equal(['ouvert:"true"']);
  });

  it('applies base q and exclude, and refetches when a base attribute changes', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset=${DS} q="aire" exclude="type:Parking">
      <od-kpi value="count(*)" no-provenance></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(kpi, 'ready');
    const q = await ctx.recordsQuery();
    expect(q.get('where')).to.deep.equal(['search("aire")']);
    expect(q.get('exclude')).to.deep.equal(['type:"Parking"']);
    ctx.setAttribute('where', 'com_lieu = "QUIMPER"');
    const expected = await count(['search("aire")', 'com_lieu = "QUIMPER"']);
    await waitUntil(() => kpi.matches(':state(ready)') && $(kpi, '[part~="value"]')!.textContent!.trim() === String(expected));
  });

  it('links widgets by source in any order: before, after, added later, and re-targeted', async () => {
    const portal = freshPortal();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <od-kpi id="before" source="a" value="count(*)" no-provenance></od-kpi>
      <od-dataset id="a" portal=${portal} dataset=${DS}></od-dataset>
      <od-kpi id="after" source="a" value="count(*)" no-provenance></od-kpi>
      <od-kpi id="later" source="b" value="count(*)" no-provenance></od-kpi>
    </div>`);
    const [before, after, later] = ['before', 'after', 'later'].map((id) => wrap.querySelector(`#${id}`)!);
    await waitState(before, 'ready');
    await waitState(after, 'ready');
    expect($(before, '[part~="value"]')!.textContent!.trim()).to.equal('63');
    // no context "b" yet: the widget says so …
    await waitUntil(() => $(later, '[role="alert"]')?.textContent?.includes('od-dataset id="b"'));
    // … and links as soon as it appears
    const b = document.createElement('od-dataset');
    b.id = 'b';
    b.setAttribute('portal', portal);
    b.setAttribute('dataset', 'qbo-communes');
    wrap.append(b);
    await waitState(later, 'ready');
    expect($(later, '[part~="value"]')!.textContent!.trim()).to.equal('14');
    after.setAttribute('source', 'b');
    await waitUntil(() => $(after, '[part~="value"]')?.textContent?.trim() === '14');
  });

  it('switching datasets quickly on a slow portal ends with the last one, never a stale table', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal('latency=250')} dataset=${DS}>
      <od-table page-size="5" no-provenance></od-table><od-kpi value="count(*)" no-provenance></od-kpi></od-dataset>`);
    const table = ctx.querySelector('od-table')!;
    const kpi = ctx.querySelector('od-kpi')!;
    await waitState(table, 'ready');
    for (const id of ['qbo-population-historique', 'finistere-france-services', 'qbo-communes']) {
      ctx.setAttribute('dataset', id);
      await nextFrame(); // faster than the portal answers
    }
    await waitUntil(() => table.matches(':state(ready)') && kpi.matches(':state(ready)'), 'not settled', { timeout: 8000 });
    await portalQuiet(ctx.getAttribute('portal')!, table, kpi);
    expect($(table, 'caption')!.textContent).to.equal('Communes membres de Quimper Bretagne Occidentale');
    expect(statusText(table)).to.match(/^14 lignes/);
    expect($(kpi, '[part~="value"]')!.textContent!.trim()).to.equal('14');
  });

  it('scopes every linked widget to a commune by its INSEE code, found in the schema', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset=${DS} commune="29232">
      <od-table fields="nom_lieu,com_lieu" no-provenance></od-table></od-dataset>`);
    const table = ctx.querySelector('od-table')!;
    await waitState(table, 'ready');
    const communes = $$(table, 'tbody tr').map((tr) => tr.children[1].textContent!.trim());
    expect(communes.length).to.equal(await count(['insee = "29232"']));
    expect(new Set(communes)).to.deep.equal(new Set(['QUIMPER']));
  });

  it('refuses to show unscoped data when the dataset has no commune field', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset="bretagne-epci-indicateurs-insee-2017" commune="29232">
      <od-table fields="nom_epci" no-provenance></od-table></od-dataset>`);
    const table = ctx.querySelector('od-table')!;
    await waitUntil(() => $(ctx, '[role="alert"]') !== null, 'context shows no problem');
    expect($(ctx, '[role="alert"]')!.textContent).to.contain('commune="29232"');
    await waitState(table, 'error');
    // Said once, by the context: the table stays silent rather than repeat it.
    expect($(table, '[role="alert"]')).to.equal(null);
    expect($$(table, 'tbody tr')).to.have.length(0);
  });

  it('keeps the visitor’s view in the URL with sync-url, restores it, and follows the back button', async () => {
    const start = location.href;
    try {
      const url = new URL(location.href);
      url.searchParams.set('aires.q', 'brest');
      url.searchParams.set('aires.page', '1');
      history.replaceState(null, '', url);
      const ctx = await fixture<OdDataset>(html`<od-dataset id="aires" sync-url portal=${freshPortal()} dataset=${DS}>
        <od-search></od-search></od-dataset>`);
      expect(ctx.state.q).to.equal('brest');
      const search = ctx.querySelector('od-search')!;
      await search.updateComplete;
      expect($<HTMLInputElement>(search, 'input')!.value).to.equal('brest');
      ctx.toggleRefine('type', 'Parking');
      expect(new URL(location.href).searchParams.getAll('aires.refine')).to.deep.equal(['type:Parking']);
      expect(new URL(location.href).searchParams.get('aires.page')).to.equal(null);
      history.back();
      await waitUntil(() => !Object.keys(ctx.state.refine).length, 'back button not followed');
      expect(ctx.state.q).to.equal('brest');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('finds the portal from <meta name="od-portal"> or an ancestor data-od-portal attribute', async () => {
    const meta = document.createElement('meta');
    meta.name = 'od-portal';
    meta.content = freshPortal();
    document.head.append(meta);
    try {
      const ctx = await fixture<OdDataset>(html`<od-dataset dataset="qbo-communes"><od-kpi no-provenance></od-kpi></od-dataset>`);
      await waitState(ctx.querySelector('od-kpi')!, 'ready');
    } finally {
      meta.remove();
    }
    const wrap = await fixture<HTMLDivElement>(html`<section data-od-portal=${freshPortal()}>
      <od-dataset dataset="qbo-communes"><od-kpi no-provenance></od-kpi></od-dataset></section>`);
    await waitState(wrap.querySelector('od-kpi')!, 'ready');
    const none = await fixture<OdDataset>(html`<od-dataset dataset="qbo-communes"><od-kpi no-provenance></od-kpi></od-dataset>`);
    await none.updateComplete;
    expect($(none, '[role="alert"]')!.textContent).to.contain('Aucun portail de données indiqué');
  });

  it('a page with context, search, table, pager and KPIs sends one request per distinct query, no more', async () => {
    const portal = freshPortal();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <od-dataset id="p" portal=${portal} dataset=${DS}></od-dataset>
      <od-search source="p" debounce="50"></od-search>
      <od-kpi source="p" value="count(*)" label="Aires"></od-kpi>
      <od-kpi source="p" value="max(date_maj)" label="Dernière mise à jour"></od-kpi>
      <od-table source="p" no-pager fields="nom_lieu,com_lieu"></od-table>
      <od-pager source="p"></od-pager>
    </div>`);
    const widgets = [...wrap.querySelectorAll('od-kpi, od-table, od-pager')];
    const allReady = () => widgets.every((w) => w.matches(':state(ready)'));
    await waitUntil(allReady, 'widgets not ready');
    await portalQuiet(portal, ...widgets);
    const first = (await apiRequests(portal)).map((u) => u.pathname + u.search);
    // metadata, the table's page, the shared count (pager + count(*) KPI), the max KPI
    expect(first).to.have.length(4);
    expect(new Set(first).size).to.equal(first.length);
    (wrap.querySelector('od-dataset') as OdDataset).setQuery('quimper');
    await waitUntil(() => /pour « quimper »$/.test(statusText(wrap.querySelector('od-search')!)), 'search count');
    await waitUntil(allReady);
    await portalQuiet(portal, ...widgets);
    const second = (await apiRequests(portal)).map((u) => u.pathname + u.search).slice(first.length);
    // the new page, the new shared count (search + pager + count KPI), the new max: metadata is not asked again
    expect(second).to.have.length(3);
    expect(new Set(second).size).to.equal(3);
  });
});
