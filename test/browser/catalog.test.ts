import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdCatalog } from '../../src/elements/catalog/catalog.js';
import { handlersHadTheirChance } from './core-helpers.js';

const API = `${location.origin}/api/explore/v2.1`;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const status = (el: Element) => $(el, '[part~="status"]')?.textContent?.trim() ?? '';
const titles = (el: Element) => $$(el, '[part~="dataset-title"]').map((h) => h.textContent!.trim());
const settled = (el: OdCatalog) => waitUntil(() => /jeux? de données|datasets?|stroll/i.test(status(el)) && !$(el, '[aria-busy="true"]'), 'catalogue not loaded', { timeout: 8000 });

async function api(path: string) {
  return (await fetch(API + path)).json();
}

function choose(el: Element, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<od-catalog>', () => {
  it('lists the portal’s datasets with metadata, links and the count', async () => {
    const total = (await api('/catalog/datasets?limit=0')).total_count;
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin}></od-catalog>`);
    expect(status(el)).to.equal('Chargement…');
    await settled(el);
    expect(status(el)).to.equal(`${total} jeux de données`);
    // Shown, not a live region of its own: the page's one announcer speaks it after a visitor's action.
    expect($(el, '[part~="status"]')!.getAttribute('role')).to.equal(null);
    expect($$(el, '[part~="dataset"]')).to.have.length(10);
    const first = (await api('/catalog/datasets?limit=1&order_by=modified%20desc')).results[0];
    expect(titles(el)[0]).to.equal(first.metas.default.title);
    const link = $<HTMLAnchorElement>(el, '[part~="dataset-link"]')!;
    expect(link.href).to.equal(`${location.origin}/explore/assets/${first.dataset_id}/`);
    // The link is live: the local portal serves the dataset page there, as current portals resolve it.
    const page = new DOMParser().parseFromString(await (await fetch(link.href)).text(), 'text/html');
    expect(page.querySelector('h1')?.textContent).to.equal(first.metas.default.title);
    const card = $(el, '[part~="dataset"]')!;
    expect(card.querySelector('dl')!.textContent).to.contain('Mise à jour');
    await expect(el).to.be.accessible();
  });

  it('renders the portal’s HTML description sanitised, as markup not text', async () => {
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} where='dataset_id = "finistere-aires-covoiturage"'></od-catalog>`);
    await settled(el);
    const desc = $(el, '[part~="description"]')!;
    expect(desc.querySelector('p')).not.to.equal(null);
    expect(desc.textContent).to.contain('covoiturage');
    expect(desc.textContent).not.to.contain('<p>');
    const pairs = $$(el, '[part~="metas"] > div').map((d) => `${d.querySelector('dt')!.textContent}=${d.querySelector('dd')!.textContent!.trim()}`);
    expect(pairs).to.include('Enregistrements=63');
    expect(pairs).to.include('Thème=Mobilité');
  });

  it('searches, and says how many datasets match', async () => {
    const expected = (await api('/catalog/datasets?limit=0&where=search(%22covoiturage%22)')).total_count;
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin}></od-catalog>`);
    await settled(el);
    const input = $<HTMLInputElement>(el, '[part~="search-input"]')!;
    input.value = 'covoiturage';
    $(el, '[part~="search-button"]')!.click();
    await waitUntil(() => status(el) === (expected === 1 ? '1 jeu de données' : `${expected} jeux de données`), 'search count', { timeout: 8000 });
    expect(titles(el).join(' ').toLowerCase()).to.contain('covoiturage');
  });

  it('filters by a theme chosen in the facet selector, with the counts of the facets endpoint', async () => {
    const facets = await api('/catalog/facets?facet=theme');
    const top = facets.facets[0].facets[0];
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} facets="theme"></od-catalog>`);
    await settled(el);
    const select = $<HTMLSelectElement>(el, '[part~="facet-select"]')!;
    expect(select.labels![0].textContent).to.equal('Thème');
    const option = [...select.options].find((o) => o.value === top.value)!;
    expect(option.textContent!.trim()).to.equal(`${top.name} (${top.count})`);
    choose(el, select, top.value);
    await waitUntil(() => status(el) === `${top.count} jeux de données`, 'refined count', { timeout: 8000 });
    await settled(el);
    expect($<HTMLSelectElement>(el, '[part~="facet-select"]')!.value).to.equal(top.value);
  });

  it('sorts by title and pages through the results', async () => {
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} page-size="5" facets=""></od-catalog>`);
    await settled(el);
    choose(el, $<HTMLSelectElement>(el, '[part~="sort-select"]')!, 'title');
    await waitUntil(() => {
      const t = titles(el);
      return t.length === 5 && [...t].sort((a, b) => a.localeCompare(b)).join() === t.join() && !$(el, '[aria-busy="true"]');
    }, 'sorted by title', { timeout: 8000 });
    const page1 = titles(el);
    const nav = $(el, '[part~="pagination"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pagination du catalogue');
    const [prev, next] = $$<HTMLButtonElement>(el, '[part~="page-button"]');
    expect(prev.getAttribute('aria-disabled')).to.equal('true');
    const total = (await (await fetch('/api/explore/v2.1/catalog/datasets?limit=0')).json()).total_count;
    expect(nav.textContent).to.contain(`Page 1 sur ${Math.ceil(total / 5)}`);
    next.focus();
    next.click();
    await waitUntil(() => nav.textContent!.includes(`Page 2 sur ${Math.ceil(total / 5)}`) && !$(el, '[aria-busy="true"]'), 'page 2', { timeout: 8000 });
    const page2 = titles(el);
    expect(page2).to.have.length(5);
    expect(page2.some((t) => page1.includes(t))).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(next);
  });

  it('keeps a scope set by the page (refine, where) that the visitor cannot remove', async () => {
    const expected = (await api('/catalog/datasets?limit=0&refine=publisher:IGN')).total_count;
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} refine="publisher:IGN" facets="publisher,theme"></od-catalog>`);
    await settled(el);
    expect(status(el)).to.equal(`${expected} jeux de données`);
    // The scoped facet is not offered; the others count within the scope.
    const selects = $$<HTMLSelectElement>(el, '[part~="facet-select"]');
    expect(selects.map((s) => s.labels![0].textContent)).to.deep.equal(['Thème']);
    const themeTotal = [...selects[0].options].reduce((n, o) => n + Number(/\((\d+)\)/.exec(o.textContent!)?.[1] ?? 0), 0);
    expect(themeTotal).to.equal(expected);
  });

  it('renders hostile metadata as inert text (xss-corpus)', async () => {
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} where='dataset_id = "xss-corpus"'></od-catalog>`);
    await settled(el);
    await handlersHadTheirChance();
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('script, iframe, img, svg, style, object, embed')).to.have.length(0);
    for (const node of el.shadowRoot!.querySelectorAll('*'))
      expect(node.getAttributeNames().filter((a) => a.startsWith('on'))).to.deep.equal([]);
    expect($$(el, '[part~="keyword"]').map((k) => k.textContent)).to.include('<svg onload="window.__xss=\'keyword\'">');
  });

  it('uses the heading level the page asks for', async () => {
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} heading-level="2" page-size="2"></od-catalog>`);
    await settled(el);
    expect($$(el, '[part~="dataset-title"]').map((h) => h.localName)).to.deep.equal(['h2', 'h2']);
  });

  it('says when nothing matches', async () => {
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${location.origin} where='dataset_id = "nothing-here"'></od-catalog>`);
    await waitUntil(() => status(el) === 'Aucun jeu de données', 'empty', { timeout: 8000 });
    expect($$(el, '[part~="dataset"]')).to.have.length(0);
  });

  it('shows a French error with a retry that recovers', async () => {
    const portal = `${location.origin}/__fault/status=500;times=1;id=catalog-retry`;
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${portal} facets=""></od-catalog>`);
    await waitUntil(() => $(el, '[part~="error"]'), 'error shown', { timeout: 8000 });
    expect($(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect($(el, '[part~="error"]')!.textContent).to.contain('Le portail de données a rencontré une erreur');
    expect($$(el, '[part~="dataset"]')).to.have.length(0);
    $(el, '[part~="retry-button"]')!.click();
    await settled(el);
    expect($(el, '[part~="error"]')).to.equal(null);
    expect($$(el, '[part~="dataset"]').length).to.be.greaterThan(0);
  });

  it('marks the old list as updating while a slow answer is pending, then shows the latest view only', async () => {
    const portal = `${location.origin}/__fault/latency=400;id=catalog-stale`;
    const el = await fixture<OdCatalog>(html`<od-catalog portal=${portal} facets=""></od-catalog>`);
    await settled(el);
    el.where = 'records_count > 1000';
    await el.updateComplete;
    expect(status(el)).to.equal('Mise à jour…');
    expect($(el, '.results')!.getAttribute('aria-busy')).to.equal('true');
    el.where = 'records_count > 100';
    await el.updateComplete;
    el.where = 'records_count > 2000';
    const expected = (await api('/catalog/datasets?limit=0&where=records_count%20%3E%202000')).total_count;
    await waitUntil(() => !$(el, '[aria-busy="true"]') && status(el) !== 'Mise à jour…', 'settled', { timeout: 8000 });
    expect(status(el)).to.equal(`${expected} jeux de données`);
  });

  it('speaks English and Breton', async () => {
    const total = (await api('/catalog/datasets?limit=0')).total_count;
    const en = await fixture<OdCatalog>(html`<od-catalog lang="en" portal=${location.origin}></od-catalog>`);
    await settled(en);
    expect(status(en)).to.equal(`${total} datasets`);
    expect($(en, 'label[for="od-catalog-q"]')!.textContent).to.equal('Search datasets');
    const br = await fixture<OdCatalog>(html`<div lang="br"><od-catalog portal=${location.origin}></od-catalog></div>`);
    const cat = br.querySelector('od-catalog')!;
    await settled(cat);
    expect(status(cat)).to.equal(`${total} stroll roadennoù`);
    await expect(cat).to.be.accessible();
  });

  it('reports a missing portal as a configuration error, without throwing', async () => {
    const el = await fixture<OdCatalog>(html`<od-catalog></od-catalog>`);
    expect($(el, '[part~="error"]')!.textContent).to.contain('Aucun portail');
  });
});
