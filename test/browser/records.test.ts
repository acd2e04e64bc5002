// <od-records> against the local portal: cards from the schema, the webmaster's template, paging, "Afficher plus",
// the detail dialog and its place in the URL, languages, faults and rapid filter changes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, $$, apiRequests, freshPortal, nextFrame, portalQuiet, statusText, waitState } from './core-helpers.js';

const FS = 'finistere-france-services';

async function mount(markup: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = markup; // test markup, written here
  const ctx = wrap.querySelector('od-dataset') as OdDataset;
  const el = wrap.querySelector('od-records') as HTMLElement;
  return { wrap, ctx, el };
}

const api = async (path: string) => (await fetch(`/api/explore/v2.1/catalog/datasets/${path}`)).json();
const titles = (el: Element) => $$(el, '[part~="title"]').map((h) => h.textContent!.trim());

describe('od-records', function () {
  this.timeout(20000);

  it('shows cards picked from the schema: title, address, phone as tel:, e-mail as mailto:, one request per page', async () => {
    const portal = freshPortal('latency=150');
    const { el } = await mount(`<od-dataset portal="${portal}" dataset="${FS}"><od-records page-size="20"></od-records></od-dataset>`);
    expect(statusText(el)).to.equal('Chargement…');
    const live = $(el, '[part~="status"]');
    await waitState(el, 'ready');
    expect($(el, '[part~="status"]')).to.equal(live);
    expect(statusText(el)).to.equal('33 résultats · page 1 sur 2');
    const expected = await api(`${FS}/records?limit=20`);
    expect($$(el, '[part~="item"]')).to.have.length(20);
    expect(titles(el)).to.deep.equal(expected.results.map((r: { lib_fs: string }) => r.lib_fs));
    const first = $$(el, '[part~="card"]')[0];
    expect(first.querySelector('h3')).to.not.equal(null);
    expect(first.querySelector('[part~="address"]')!.textContent).to.contain(expected.results[0].adresse);
    expect(first.querySelector('[part~="address"]')!.textContent).to.contain(`${expected.results[0].code_postal} ${expected.results[0].lib_com}`);
    const hrefs = [...first.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include(`tel:${expected.results[0].telephone.replace(/\s/g, '')}`);
    expect(hrefs).to.include(`mailto:${expected.results[0].mail}`);
    // the list is named, and a page of 20 cards is one records request
    expect($(el, 'ul[part~="list"]')!.getAttribute('aria-label')).to.equal('Liste : Structures France services du Finistère');
    const recs = (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records'));
    expect(recs).to.have.length(1);
    expect(recs[0].searchParams.get('limit')).to.equal('20');
    await expect(el).to.be.accessible();
  });

  it('festivals: a start/end pair reads "Du … au …" in French, website as a checked https link', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="finistere-festivals" refine="nom_de_la_manifestation:FESTIVAL ELECTR()CUTION">
      <od-records></od-records></od-dataset>`);
    await waitState(el, 'ready');
    expect(titles(el)).to.deep.equal(['FESTIVAL ELECTR()CUTION']);
    expect($(el, '[part~="dates"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Du 20 mars 2019 au 23 mars 2019');
    expect($(el, '[part~="dates"] time')!.getAttribute('datetime')).to.equal('2019-03-20');
    const site = $$(el, '[part~="contacts"] a').find((a) => a.textContent === 'Site web')!;
    expect(site.getAttribute('href')).to.equal('https://www.ensemblesillages.com/');
    expect(site.getAttribute('aria-label')).to.equal('Site web de FESTIVAL ELECTR()CUTION');
  });

  it('fills the webmaster template: text, pipes, allowed attributes, data-od-if; handlers and style never kept', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="finistere-dotations-investissement-2019" refine="nom_terr:Quimper" >
      <od-records page-size="3" sort="-montant_sub">
        <template>
          <article part="grant" onclick="window.__tpl=1" style="color:red">
            <h3 title="{{description}}">{{nom_terr}}</h3>
            <p class="amount">{{montant_sub|currency}} sur {{cout_total|number}}</p>
            <p class="missing" data-od-if="pas_un_champ">jamais</p>
            <a href="{{url_inexistante}}" data-od-if="!description">x</a>
            <span data-role="{{categorie}}" aria-label="Catégorie {{categorie}}">{{categorie}}</span>
          </article>
        </template>
      </od-records></od-dataset>`);
    await waitState(el, 'ready');
    const expected = (await api('finistere-dotations-investissement-2019/records?refine=nom_terr:Quimper&order_by=montant_sub%20desc&limit=3')).results;
    const cards = $$(el, '[part~="grant"]');
    expect(cards).to.have.length(3);
    const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(expected[0].montant_sub) ? 0 : 2 });
    expect(cards[0].querySelector('.amount')!.textContent).to.equal(`${euro.format(expected[0].montant_sub)} sur ${new Intl.NumberFormat('fr-FR').format(expected[0].cout_total)}`);
    expect(cards[0].querySelector('h3')!.getAttribute('title')).to.equal(expected[0].description);
    expect(cards[0].hasAttribute('onclick') || cards[0].hasAttribute('style')).to.equal(false);
    expect(cards[0].querySelector('.missing')).to.equal(null);
    expect(cards[0].querySelector('a')).to.equal(null);
    const span = cards[0].querySelector('span')!;
    expect(span.hasAttribute('data-role'), 'only whitelisted attributes are filled').to.equal(false);
    expect(span.getAttribute('aria-label')).to.equal(`Catégorie ${expected[0].categorie}`);
    // unknown template fields are named for the webmaster
    expect($(el, '[part~="config-warning"]')!.textContent).to.contain('pas_un_champ');
    cards[0].click();
    expect((window as any).__tpl).to.equal(undefined);
  });

  it('pages with the shared pager; the context sort orders the cards on the server', async () => {
    const portal = freshPortal();
    const { el, ctx } = await mount(`<od-dataset portal="${portal}" dataset="${FS}"><od-records page-size="10"></od-records></od-dataset>`);
    await waitState(el, 'ready');
    $(el, '[part~="pager-next"]')!.click();
    await waitUntil(() => statusText(el) === '33 résultats · page 2 sur 4');
    expect(ctx.state.page).to.equal(1);
    ctx.setSort('lib_fs', true);
    await waitUntil(() => statusText(el) === '33 résultats · page 1 sur 4' && el.matches(':state(ready)'));
    const expected = (await api(`${FS}/records?order_by=lib_fs%20desc&limit=10&select=lib_fs`)).results.map((r: { lib_fs: string }) => r.lib_fs);
    expect(titles(el)).to.deep.equal(expected);
    expect((await apiRequests(portal)).map((u) => u.searchParams.get('order_by')).filter(Boolean)).to.deep.equal(['`lib_fs` desc']);
  });

  it('"Afficher plus" appends the next page, moves focus to the first new record and says so', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="${FS}"><od-records page-size="10" more></od-records></od-dataset>`);
    await waitState(el, 'ready');
    expect(statusText(el)).to.equal('33 résultats · 10 affichés sur 33');
    const button = $(el, '[part~="more-button"]')!;
    expect(button.textContent!.trim()).to.equal('Afficher plus (23 restants)');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~="item"]').length === 20);
    const items = $$(el, '[part~="item"]');
    await waitUntil(() => el.shadowRoot!.activeElement === items[10], `focus on the first new record, not ${el.shadowRoot!.activeElement?.outerHTML.slice(0, 80)} / ${document.activeElement?.localName}`);
    expect(statusText(el)).to.equal('33 résultats · 20 affichés sur 33 · 10 résultats ajoutés');
    const expected = (await api(`${FS}/records?limit=20&select=lib_fs`)).results.map((r: { lib_fs: string }) => r.lib_fs);
    expect(titles(el)).to.deep.equal(expected);
    // after the last page the button goes
    $(el, '[part~="more-button"]')!.click();
    await waitUntil(() => $$(el, '[part~="item"]').length === 30);
    $(el, '[part~="more-button"]')!.click();
    await waitUntil(() => $$(el, '[part~="item"]').length === 33);
    expect($(el, '[part~="more-button"]')).to.equal(null);
  });

  it('rapid filter changes: the cards and the count are those of the last choice', async () => {
    const portal = freshPortal('latency=120');
    const { el, ctx } = await mount(`<od-dataset portal="${portal}" dataset="${FS}"><od-records page-size="50"></od-records></od-dataset>`);
    await waitState(el, 'ready');
    for (const c of ['Quimper', 'Brest', 'Morlaix', 'Quimper', 'Carhaix-Plouguer']) {
      ctx.clear();
      ctx.toggleRefine('lib_com', c, true);
      await nextFrame(); // faster than the portal answers
    }
    await waitUntil(() => el.matches(':state(ready)') && !statusText(el).includes('Mise'));
    await portalQuiet(portal, el);
    const all = (await api(`${FS}/records?limit=100&select=lib_com,lib_fs`)).results as { lib_com: string; lib_fs: string }[];
    const want = all.filter((r) => r.lib_com === 'Carhaix-Plouguer').map((r) => r.lib_fs);
    expect(want.length).to.be.greaterThan(0);
    expect(titles(el)).to.deep.equal(want);
    expect(statusText(el)).to.equal(want.length === 1 ? '1 résultat' : `${want.length} résultats`);
  });

  it('a fault shows a French alert with a retry that recovers', async () => {
    const portal = freshPortal('status=500;times=1');
    const { el } = await mount(`<od-dataset portal="${portal}" dataset="${FS}"><od-records></od-records></od-dataset>`);
    await waitState(el, 'error');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Le portail de données a rencontré une erreur');
    $(el, '[part~="retry-button"]')!.click();
    await waitState(el, 'ready');
    expect($$(el, '[part~="card"]').length).to.equal(10);
  });

  it('no record: an empty state; English and Breton texts', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="${FS}" where='lib_com = "Nulle-part"'><od-records></od-records></od-dataset>`);
    await waitState(el, 'empty');
    expect($(el, '[part~="empty"]')!.textContent).to.equal('Aucun résultat.');
    const en = await mount(`<od-dataset lang="en" portal="${freshPortal()}" dataset="${FS}"><od-records more detail></od-records></od-dataset>`);
    await waitState(en.el, 'ready');
    expect(statusText(en.el)).to.equal('33 results · 10 shown of 33');
    expect($(en.el, '[part~="detail-button"]')!.textContent).to.equal('See details');
    const br = await mount(`<od-dataset lang="br" portal="${freshPortal()}" dataset="${FS}"><od-records more></od-records></od-dataset>`);
    await waitState(br.el, 'ready');
    expect($(br.el, '[part~="more-button"]')!.textContent!.trim()).to.equal('Diskouez muioc’h (23 a chom)');
    await expect(br.el).to.be.accessible();
  });
});

describe('od-records detail', function () {
  this.timeout(20000);
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  it('opens a modal dialog with every field and its label; Escape closes it and focus returns to the button', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="${FS}"><od-records detail page-size="5"></od-records></od-dataset>`);
    await waitState(el, 'ready');
    const meta = await api(FS);
    const button = $$(el, '[part~="detail-button"]')[1];
    expect(button.getAttribute('aria-label')).to.equal(`Voir le détail : ${titles(el)[1]}`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await waitUntil(() => $(el, 'dialog[open]'), 'dialog open').then(() => $(el, 'dialog')!);
    expect(dialog.matches(':modal')).to.equal(true);
    expect($(el, '#od-detail-title')!.textContent).to.equal(titles(el)[1]);
    const labels = [...dialog.querySelectorAll('dt')].map((d) => d.textContent);
    expect(labels).to.deep.equal(meta.fields.map((f: { label: string }) => f.label));
    expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('[part~="close-button"]'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, 'dialog'), 'dialog closed');
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~="detail-button"]')[1]);
  });

  it('with sync-url the open record is in the URL; a shared link opens it; closing removes it', async () => {
    const { el, wrap } = await mount(`<od-dataset id="fs" sync-url portal="${freshPortal()}" dataset="${FS}"><od-records detail page-size="5"></od-records></od-dataset>`);
    await waitState(el, 'ready');
    $$(el, '[part~="detail-button"]')[2].click();
    await waitUntil(() => $(el, 'dialog[open]'));
    const first = await api(`${FS}/records?limit=5&select=id_fs,lib_fs`);
    const id = String(first.results[2].id_fs);
    expect(new URL(location.href).searchParams.get('fs.record')).to.equal(id);
    $(el, '[part~="close-button"]')!.click();
    await waitUntil(() => !$(el, 'dialog'));
    expect(new URL(location.href).searchParams.has('fs.record')).to.equal(false);
    wrap.remove();
    // a shared link to a record that is not on the first page
    const far = (await api(`${FS}/records?limit=1&offset=30&select=id_fs,lib_fs`)).results[0];
    const url = new URL(location.href);
    url.searchParams.set('fs.record', String(far.id_fs));
    history.replaceState(history.state, '', url);
    const again = await mount(`<od-dataset id="fs" sync-url portal="${freshPortal()}" dataset="${FS}"><od-records detail page-size="5"></od-records></od-dataset>`);
    await waitUntil(() => $(again.el, 'dialog[open]'), 'the shared record opens');
    expect($(again.el, '#od-detail-title')!.textContent).to.equal(far.lib_fs);
  });
});

describe('od-table detail', function () {
  this.timeout(20000);

  it('a "Détail" button per row opens every field of the record; Escape returns focus to that button', async () => {
    const portal = freshPortal();
    const { wrap } = await mount(`<od-dataset portal="${portal}" dataset="${FS}"><od-table detail page-size="5" fields="lib_fs,lib_com"></od-table></od-dataset>`);
    const table = wrap.querySelector('od-table')!;
    await waitState(table, 'ready');
    const meta = await api(FS);
    const buttons = $$(table, '[part~="detail-button"]');
    expect(buttons).to.have.length(5);
    const firstName = $$(table, 'tbody tr')[3].children[0].textContent!.trim();
    expect(buttons[3].getAttribute('aria-label')).to.equal(`Voir le détail : ${firstName}`);
    // still one records request for the page
    expect((await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records'))).to.have.length(1);
    buttons[3].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(table, 'dialog[open]'));
    expect([...$(table, 'dialog')!.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(meta.fields.map((f: { label: string }) => f.label));
    expect($(table, 'dialog')!.textContent).to.contain(firstName);
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(table, 'dialog'));
    expect(table.shadowRoot!.activeElement).to.equal($$(table, '[part~="detail-button"]')[3]);
  });
});

describe('od-records: opening hours and calendar', function () {
  this.timeout(20000);

  it('France services cards say whether they are open now (from h_lundi … h_samedi), and so does the detail', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="${FS}"><od-records detail page-size="5"></od-records></od-dataset>`);
    await waitState(el, 'ready');
    const lines = $$(el, '[part~="hours"]').map((p) => p.textContent!.trim());
    expect(lines).to.have.length(5);
    const shape = /^(Ouvert maintenant · ferme à \d\d:\d\d|Fermé · ouvre (aujourd’hui|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) à \d\d:\d\d|Fermé)$/;
    for (const l of lines) expect(l).to.match(shape);
    // the Paris clock decides, whatever the visitor's: recompute the first card's answer from its own columns
    const rec = (await api(`${FS}/records?limit=1`)).results[0];
    const now = new Date();
    const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
    const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.find((x) => x.type === 'weekday')!.value);
    const min = Number(p.find((x) => x.type === 'hour')!.value) * 60 + Number(p.find((x) => x.type === 'minute')!.value);
    const col = ['h_lundi', 'h_mardi', 'h_mercredi', 'h_jeudi', 'h_vendredi', 'h_samedi', 'h_dimanche'][day];
    const slots = String(rec[col] ?? '').split('/').map((s) => s.split('-').map((t) => t.trim())).filter((s) => s.length === 2);
    const open = slots.find(([a, b]) => { const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)); return min >= m(a) && min < m(b); });
    if (open) expect(lines[0]).to.equal(`Ouvert maintenant · ferme à ${open[1]}`);
    else expect(lines[0]).to.match(/^Fermé/);
    $$(el, '[part~="detail-button"]')[0].click();
    await waitUntil(() => $(el, 'dialog[open]'));
    expect($(el, 'dialog [part~="hours"]')!.textContent!.trim()).to.equal(lines[0]);
  });

  it('"Ajouter à mon agenda" saves an RFC 5545 file of the festival (all-day, end exclusive)', async () => {
    const { el } = await mount(`<od-dataset portal="${freshPortal()}" dataset="finistere-festivals" refine="nom_de_la_manifestation:FESTIVAL ELECTR()CUTION">
      <od-records></od-records></od-dataset>`);
    await waitState(el, 'ready');
    const button = $(el, '[part~="calendar-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Ajouter à mon agenda : FESTIVAL ELECTR()CUTION');
    const saved = new Promise<{ name: string; text: string }>((resolve) => {
      document.addEventListener('click', async function once(e) {
        const a = e.target as HTMLAnchorElement;
        if (!(a instanceof HTMLAnchorElement) || !a.download) return;
        e.preventDefault(); // no real download in the test browser; read the file instead
        document.removeEventListener('click', once, true);
        resolve({ name: a.download, text: await (await fetch(a.href)).text() });
      }, true);
    });
    button.click();
    const file = await saved;
    expect(file.name).to.equal('FESTIVAL-ELECTR-CUTION.ics');
    const lines = file.text.split('\r\n');
    expect(lines).to.include('DTSTART;VALUE=DATE:20190320');
    expect(lines).to.include('DTEND;VALUE=DATE:20190324');
    expect(lines).to.include('SUMMARY:FESTIVAL ELECTR()CUTION');
    expect(lines.find((l) => l.startsWith('LOCATION:'))).to.equal('LOCATION:29200 BREST');
  });
});
