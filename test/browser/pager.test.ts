// <od-pager> linked to a context and a table with no-pager: one count query, page buttons that move the table.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, $$, apiRequests, freshPortal, statusText, waitState } from './core-helpers.js';

const DS = 'finistere-aires-covoiturage';

async function mount(portal = freshPortal(), lang = 'fr') {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <od-pager source="aires" page-size="10"></od-pager>
    <od-dataset id="aires" portal=${portal} dataset=${DS}>
      <od-table no-pager page-size="10" fields="nom_lieu,com_lieu"></od-table>
    </od-dataset>
  </div>`);
  return {
    ctx: wrap.querySelector('od-dataset') as OdDataset,
    pager: wrap.querySelector('od-pager')!,
    table: wrap.querySelector('od-table')!,
  };
}

const buttons = (el: Element) => $$<HTMLButtonElement>(el, 'nav button');
/** Accessible name as computed for these buttons: aria-label, else the text without aria-hidden parts. */
const nameOf = (b: Element) =>
  b.getAttribute('aria-label') ?? [...b.childNodes].filter((n) => n.nodeType === 3 || (n.nodeType === 1 && !(n as Element).hasAttribute('aria-hidden'))).map((n) => n.textContent).join('').trim();
const byName = (el: Element, name: string) => buttons(el).find((b) => nameOf(b) === name)!;

describe('od-pager', () => {
  it('offers named page buttons, marks the current page, and moves the linked table', async () => {
    const { pager, table, ctx } = await mount();
    await waitState(pager, 'ready');
    await waitState(table, 'ready');
    const nav = $(pager, 'nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Pagination : Aires de covoiturage du Finistère');
    expect(buttons(pager).map(nameOf)).to.deep.equal([
      'Page précédente', 'Page 1', 'Page 2', 'Page 3', 'Page 4', 'Page 5', 'Page 6', 'Page 7', 'Page suivante',
    ]);
    expect(byName(pager, 'Page 1').getAttribute('aria-current')).to.equal('page');
    expect(byName(pager, 'Page précédente').getAttribute('aria-disabled')).to.equal('true');
    expect(statusText(pager)).to.equal('Page 1 sur 7');
    const before = $$(table, 'tbody td:first-child').map((td) => td.textContent);
    byName(pager, 'Page 3').click();
    await waitUntil(() => statusText(pager) === 'Page 3 sur 7');
    expect(ctx.state.page).to.equal(2);
    await waitUntil(() => table.matches(':state(ready)') && $$(table, 'tbody td:first-child')[0].textContent !== before[0]);
    expect(byName(pager, 'Page 3').getAttribute('aria-current')).to.equal('page');
    expect($$(pager, '[aria-current]')).to.have.length(1);
  });

  it('shares the count query: one limit=0 request however many times the page changes', async () => {
    const portal = freshPortal();
    const { pager, table } = await mount(portal);
    await waitState(pager, 'ready');
    byName(pager, 'Page suivante').click();
    await waitUntil(() => statusText(pager) === 'Page 2 sur 7');
    await waitState(table, 'ready');
    const counts = (await apiRequests(portal)).filter((u) => u.searchParams.get('limit') === '0');
    expect(counts).to.have.length(1);
  });

  it('is keyboard operable and keeps focus on "next" at the last page', async () => {
    const { pager } = await mount();
    await waitState(pager, 'ready');
    byName(pager, 'Page 7').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(pager) === 'Page 7 sur 7');
    const next = byName(pager, 'Page suivante');
    next.focus();
    await sendKeys({ press: 'Enter' });
    expect(statusText(pager)).to.equal('Page 7 sur 7');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(pager.shadowRoot!.activeElement).to.equal(next);
  });

  it('follows filters: back to page 1 and fewer pages', async () => {
    const { pager, ctx } = await mount();
    await waitState(pager, 'ready');
    byName(pager, 'Page 4').click();
    await waitUntil(() => statusText(pager) === 'Page 4 sur 7');
    ctx.toggleRefine('type', 'Aire de covoiturage');
    await waitUntil(() => pager.matches(':state(ready)') && !statusText(pager).endsWith('sur 7'));
    expect(ctx.state.page).to.equal(0);
    expect(byName(pager, 'Page 1').getAttribute('aria-current')).to.equal('page');
  });

  it('takes the page size of the context when it has none, so table and pager agree', async () => {
    const ctx = await fixture<OdDataset>(html`<od-dataset portal=${freshPortal()} dataset=${DS} page-size="20">
      <od-table no-pager fields="nom_lieu"></od-table><od-pager></od-pager></od-dataset>`);
    const [table, pager] = [ctx.querySelector('od-table')!, ctx.querySelector('od-pager')!];
    await waitState(table, 'ready');
    await waitState(pager, 'ready');
    expect($$(table, 'tbody tr')).to.have.length(20);
    expect(statusText(pager)).to.equal('Page 1 sur 4');
    byName(pager, 'Page 4').click();
    await waitUntil(() => table.matches(':state(ready)') && $$(table, 'tbody tr').length === 3);
  });

  it('says so on error, recovers with retry, and is axe-clean in English and Breton', async () => {
    const { pager } = await mount(freshPortal('status=500;times=1'));
    await waitState(pager, 'error');
    expect($(pager, '[role="alert"]')!.textContent).to.contain('Le portail de données a rencontré une erreur');
    $<HTMLButtonElement>(pager, '[part~="retry-button"]')!.click();
    await waitState(pager, 'ready');
    const en = await mount(freshPortal(), 'en');
    await waitState(en.pager, 'ready');
    expect($(en.pager, 'nav')!.getAttribute('aria-label')).to.equal('Pagination: Aires de covoiturage du Finistère');
    expect(byName(en.pager, 'Next page')).to.not.equal(undefined);
    await expect(en.pager).to.be.accessible();
    const br = await mount(freshPortal(), 'br');
    await waitState(br.pager, 'ready');
    expect(statusText(br.pager)).to.equal('Pajenn 1 diwar 7');
    await expect(br.pager).to.be.accessible();
  });
});
