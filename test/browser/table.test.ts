// <od-table> against the local portal: what a visitor sees and can do (sort, page, read, retry).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdTable } from '../../src/elements/table/table.js';
import { $, $$, apiRequests, freshPortal, nextFrame, portalQuiet, statusText, waitState } from './core-helpers.js';

const DS = 'finistere-aires-covoiturage';

async function mountTable(opts: { portal?: string; attrs?: Record<string, string>; where?: string; lang?: string; dataset?: string } = {}) {
  const portal = opts.portal ?? freshPortal();
  const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset=${opts.dataset ?? DS} where=${opts.where ?? ''} lang=${opts.lang ?? 'fr'}>
    <od-table page-size="10" fields="nom_lieu,com_lieu,date_maj,ouvert,nbre_pl"></od-table>
  </od-dataset>`);
  const table = ctx.querySelector('od-table') as OdTable;
  for (const [k, v] of Object.entries(opts.attrs ?? {})) table.setAttribute(k, v);
  return { ctx, table, portal };
}

const cellTexts = (t: Element, col: number) => $$(t, 'tbody tr').map((tr) => tr.children[col].textContent!.trim());
const headerTexts = (t: Element) => $$(t, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim());

describe('od-table', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('says it is loading, then shows a captioned page of the chosen columns with schema labels', async () => {
    const { table, portal } = await mountTable({ portal: freshPortal('latency=200') });
    expect(statusText(table)).to.equal('Chargement…');
    expect(table.matches(':state(loading)')).to.equal(true);
    const live = $(table, '[part~="status"]');
    await waitState(table, 'ready');
    // the same status node shows the count
    expect($(table, '[part~="status"]')).to.equal(live);
    expect($(table, 'caption')!.textContent).to.equal('Aires de covoiturage du Finistère');
    expect(headerTexts(table)).to.deep.equal(['Nom du lieu', 'Commune', 'Date de mise à jour', 'Ouvert', 'Nombre de places']);
    expect($$(table, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(table, 'tbody tr')).to.have.length(10);
    expect(statusText(table)).to.equal('63 lignes · page 1 sur 7');
    // one page of 10 records was asked for, with only the shown columns
    const rows = (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records'));
    expect(rows).to.have.length(1);
    expect(rows[0].searchParams.get('limit')).to.equal('10');
    expect(rows[0].searchParams.get('select')).to.equal('`nom_lieu`, `com_lieu`, `date_maj`, `ouvert`, `nbre_pl`');
  });

  it('formats values by type, in French, with a text placeholder for empty cells', async () => {
    const { table } = await mountTable();
    await waitState(table, 'ready');
    const first = $$(table, 'tbody tr')[0].children;
    expect(first[2].textContent!.trim()).to.match(/^\d{1,2} [a-zéû.]+ \d{4}$/); // "29 août 2019"
    expect(['oui', 'non']).to.include(first[3].textContent!.trim());
    expect(first[4].textContent!.trim()).to.equal('non renseigné');
    expect(first[4].getAttribute('aria-hidden')).to.equal(null);
  });

  it('sorts on the server with a button in the header; aria-sort only on the sorted column', async () => {
    const { table, portal } = await mountTable();
    await waitState(table, 'ready');
    const button = () => $$(table, 'thead th')[0].querySelector('button')!;
    button().click();
    await waitUntil(() => $$(table, 'thead th')[0].getAttribute('aria-sort') === 'ascending' && table.matches(':state(ready)'));
    const asc = cellTexts(table, 0);
    const expected = await fetch(`/api/explore/v2.1/catalog/datasets/${DS}/records?select=nom_lieu&order_by=nom_lieu&limit=10`).then((r) => r.json());
    expect(asc).to.deep.equal(expected.results.map((r: { nom_lieu: string }) => r.nom_lieu));
    expect($$(table, 'thead th').filter((th) => th.hasAttribute('aria-sort'))).to.have.length(1);
    expect(statusText(table)).to.contain('trié par Nom du lieu, ordre croissant');
    button().click();
    await waitUntil(() => $$(table, 'thead th')[0].getAttribute('aria-sort') === 'descending' && table.matches(':state(ready)'));
    const desc = cellTexts(table, 0);
    expect(desc[0] >= asc[asc.length - 1]).to.equal(true);
    // the two icons differ by shape, not only by colour
    const path = (dir: string) => $(table, `.sort-${dir} path`)?.getAttribute('d');
    expect(path('desc')).to.be.a('string');
    expect(path('desc')).to.not.equal(path('none'));
    const orders = (await apiRequests(portal)).map((u) => u.searchParams.get('order_by')).filter(Boolean);
    expect(orders).to.deep.equal(['`nom_lieu` asc', '`nom_lieu` desc']);
    // focus stayed on the button through the re-render
    button().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$$(table, 'thead th')[0].hasAttribute('aria-sort') && table.matches(':state(ready)'));
    expect(table.shadowRoot!.activeElement).to.equal(button());
  });

  it('pages on the server with its own pager and never asks for more than a page', async () => {
    const { table, portal } = await mountTable();
    await waitState(table, 'ready');
    const nav = $(table, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pagination : Aires de covoiturage du Finistère');
    expect(nav.querySelector('[aria-current="page"]')!.getAttribute('aria-label')).to.equal('Page 1');
    const firstPage = cellTexts(table, 0);
    const next = [...nav.querySelectorAll('button')].find((b) => b.textContent!.includes('Page suivante'))!;
    next.click();
    await waitUntil(() => statusText(table).includes('page 2 sur 7'));
    expect(cellTexts(table, 0)).to.not.deep.equal(firstPage);
    expect($(table, 'nav [aria-current="page"]')!.textContent!.trim()).to.equal('2');
    // last page: 3 rows, "next" is unavailable but keeps focus
    [...$(table, 'nav')!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Page 7')!.click();
    await waitUntil(() => statusText(table).includes('page 7 sur 7'));
    expect($$(table, 'tbody tr')).to.have.length(3);
    const nextLast = [...$(table, 'nav')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Page suivante'))!;
    expect(nextLast.getAttribute('aria-disabled')).to.equal('true');
    const reqs = (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records'));
    expect(reqs.map((u) => u.searchParams.get('offset'))).to.deep.equal(['0', '10', '60']);
    expect(reqs.every((u) => Number(u.searchParams.get('limit')) === 10)).to.equal(true);
  });

  it('shows the last page instead of an empty one when the view points past the end (old shared link)', async () => {
    const { ctx, table } = await mountTable();
    await waitState(table, 'ready');
    ctx.setPage(40);
    await waitUntil(() => table.matches(':state(ready)') && statusText(table).includes('page 7 sur 7'));
    expect($$(table, 'tbody tr')).to.have.length(3);
    expect($(table, 'nav [aria-current="page"]')!.textContent!.trim()).to.equal('7');
  });

  it('hides its pager with no-pager and its provenance with no-provenance', async () => {
    const { table } = await mountTable({ attrs: { 'no-pager': '', 'no-provenance': '' } });
    await waitState(table, 'ready');
    expect($(table, 'nav')).to.equal(null);
    expect($(table, '[part~="provenance"]')).to.equal(null);
    table.removeAttribute('no-provenance');
    await table.updateComplete;
    expect($(table, '[part~="provenance"]')!.textContent).to.contain('Licence');
  });

  it('uses the title attribute as caption and says when nothing matches', async () => {
    const { table } = await mountTable({ where: 'id_lieu = "aucune-aire"', attrs: { title: 'Aires de Quimper' } });
    await waitState(table, 'empty');
    expect($(table, 'caption')!.textContent).to.equal('Aires de Quimper');
    expect($(table, '[part~="empty"]')!.textContent).to.equal('Aucun résultat.');
    expect(statusText(table)).to.equal('Aucune ligne');
  });

  it('marks the language of Breton values (field-lang) but not the placeholder', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset="qbo-kerofis-noms-de-lieux">
      <od-table fields="lec_hanv,dibab,stagadenn" field-lang="dibab:br stagadenn:br" page-size="5"></od-table></od-dataset>`);
    const table = ctx.querySelector('od-table')!;
    await waitState(table, 'ready');
    const row = $$(table, 'tbody tr')[0].children;
    expect(row[0].hasAttribute('lang')).to.equal(false);
    expect(row[1].getAttribute('lang')).to.equal('br');
    expect(row[2].textContent!.trim()).to.equal('non renseigné');
    expect(row[2].hasAttribute('lang')).to.equal(false);
  });

  it('shows links with readable text and mailto for e-mail addresses', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset="finistere-france-services">
      <od-table fields="lib_fs,mail" page-size="5"></od-table></od-dataset>`);
    const table = ctx.querySelector('od-table')!;
    await waitState(table, 'ready');
    const a = $(table, 'tbody a')!;
    expect(a.getAttribute('href')).to.match(/^mailto:[^@]+@/);
    expect(a.textContent).to.equal(a.getAttribute('href')!.slice(7));
  });

  it('reports an error in French with a retry button that recovers', async () => {
    const { table } = await mountTable({ portal: freshPortal('status=500;times=1') });
    await waitState(table, 'error');
    const alert = $(table, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Le portail de données a rencontré une erreur');
    expect($(table, 'table')).to.equal(null);
    (alert.querySelector('button') as HTMLButtonElement).click();
    await waitState(table, 'ready');
    expect($$(table, 'tbody tr')).to.have.length(10);
  });

  it('marks old rows as updating while a new answer is pending, and ends with the latest view', async () => {
    const { ctx, table } = await mountTable({ portal: freshPortal('latency=250') });
    await waitState(table, 'ready');
    ctx.setQuery('brest');
    await table.updateComplete;
    expect($(table, '.scroller')!.getAttribute('aria-busy')).to.equal('true');
    expect(statusText(table)).to.equal('Mise à jour…');
    ctx.setQuery('morlaix');
    ctx.setQuery('quimper');
    await waitState(table, 'ready');
    await portalQuiet(ctx.getAttribute('portal')!, table);
    const expected = await fetch(`/api/explore/v2.1/catalog/datasets/${DS}/records?select=nom_lieu&limit=10&where=${encodeURIComponent('search("quimper")')}`).then((r) => r.json());
    expect(expected.total_count).to.be.greaterThan(0);
    expect(cellTexts(table, 0)).to.deep.equal(expected.results.map((r: { nom_lieu: string }) => r.nom_lieu));
    expect(statusText(table)).to.equal(`${expected.total_count} lignes`);
    expect($(table, '.scroller')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('puts the table in a named region that becomes focusable when it scrolls (narrow screens)', async () => {
    await setViewport({ width: 320, height: 640 });
    const { table } = await mountTable({ attrs: { fields: 'nom_lieu,ad_lieu,com_lieu,date_maj,type,insee' } });
    await waitState(table, 'ready');
    const region = $(table, '[role="region"]')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('caption');
    expect(table.shadowRoot!.getElementById('caption')).to.not.equal(null);
    await waitUntil(() => region.getAttribute('tabindex') === '0', 'region not focusable');
    expect(table.scrollWidth).to.be.at.most(table.clientWidth + 1);
    await expect(table).to.be.accessible();
  });

  it('keeps the header row visible while a long page scrolls inside its region', async () => {
    await setViewport({ width: 800, height: 400 });
    const { table } = await mountTable({ attrs: { 'page-size': '50' } });
    await waitUntil(() => table.matches(':state(ready)') && $$(table, 'tbody tr').length === 50);
    const region = $(table, '[role="region"]')!;
    await waitUntil(() => region.getAttribute('tabindex') === '0', 'long region not focusable');
    region.scrollTop = 600;
    await nextFrame();
    const th = $(table, 'thead th')!.getBoundingClientRect();
    expect(Math.abs(th.top - region.getBoundingClientRect().top)).to.be.below(3);
  });

  it('survives being moved around the page (CMS drag and drop) without errors or warnings', async () => {
    const { ctx, table } = await mountTable();
    await waitState(table, 'ready');
    const errors: unknown[] = [];
    const [origError, origWarn] = [console.error, console.warn];
    console.error = (...a: unknown[]) => errors.push(a);
    console.warn = (...a: unknown[]) => errors.push(a);
    try {
      for (let i = 0; i < 30; i++) {
        table.remove();
        await nextFrame();
        ctx.append(table);
      }
      await waitState(table, 'ready');
      await portalQuiet(ctx.getAttribute('portal')!, table);
    } finally {
      [console.error, console.warn] = [origError, origWarn];
    }
    expect(errors).to.deep.equal([]);
    expect($$(table, 'tbody tr')).to.have.length(10);
  });

  it('is axe-clean and speaks English and Breton', async () => {
    const { table } = await mountTable({ lang: 'en' });
    await waitState(table, 'ready');
    await expect(table).to.be.accessible();
    expect(statusText(table)).to.equal('63 rows · page 1 of 7');
    expect($(table, 'nav')!.getAttribute('aria-label')).to.match(/^Pagination: /);
    const br = await mountTable({ lang: 'br' });
    await waitState(br.table, 'ready');
    expect(statusText(br.table)).to.equal('63 linenn · pajenn 1 diwar 7');
    expect(cellTexts(br.table, 4)[0]).to.equal('titour ebet');
  });

  it('says which fields are unknown and which source is missing', async () => {
    const { table } = await mountTable({ attrs: { fields: 'nom_lieu,nope' } });
    await waitState(table, 'ready');
    expect($(table, '[part~="config-warning"]')!.textContent).to.contain('nope');
    expect(headerTexts(table)).to.deep.equal(['Nom du lieu']);
    const lonely = await fixture<OdTable>(html`<od-table source="nulle-part"></od-table>`);
    expect($(lonely, '[role="alert"]')!.textContent).to.contain('od-dataset id="nulle-part"');
    for (const tag of ['od-table', 'od-pager', 'od-search']) {
      const orphan = document.createElement(tag);
      document.body.append(orphan);
      await (orphan as OdTable).updateComplete;
      expect($(orphan, '[role="alert"]')!.textContent).to.equal(`<${tag}> doit être placé dans un élément <od-dataset> ou le désigner avec source="…".`);
      orphan.remove();
    }
  });
});
