// Keyboard suite: scripts a visitor with only a keyboard would follow on a linked page — Tab order through every
// widget (no trap), sort a column, choose a facet, clear the filters, change page, open a chart's data table, use
// the map's list. Every target is reached with Tab from the start of the page and activated with Enter or Space.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PORTAL, cleanup, mount, waitState, mustBeDefined } from './suite-helpers.js';

const PAGE = `<button id="start">Début</button>
<od-dataset id="kb" portal="${PORTAL}" dataset="finistere-aires-covoiturage">
  <od-search></od-search>
  <od-facets fields="type"></od-facets>
  <od-filters></od-filters>
  <od-table fields="nom_lieu,com_lieu,type" page-size="5"></od-table>
  <od-chart type="bar" x="type" y="count(*)" title="Aires par type"></od-chart>
  <od-map popup-fields="nom_lieu" style="--od-map-height:300px"></od-map>
</od-dataset>
<button id="end">Fin</button>`;

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The top-level widget holding the focus (the host in the light DOM). */
function focusedWidget(): Element | null {
  const a = document.activeElement;
  return a && a.localName.startsWith('od-') ? a : null;
}

/** Presses Tab until `match` holds for the focused element; fails after `max` presses. */
async function tabTo(match: (el: Element) => boolean, what: string, max = 80): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (el && match(el)) return el;
  }
  throw new Error(`${what} not reached with Tab in ${max} presses (focus on ${deepActive()?.outerHTML.slice(0, 80)})`);
}

const part = (name: string) => (el: Element) => (el.getAttribute('part') ?? '').split(/\s+/).includes(name);
const inside = (tag: string) => () => focusedWidget()?.localName === tag;

describe('keyboard scripts on a linked page', function () {
  this.timeout(60000);
  let ds: any;

  beforeEach(async () => {
    const root = mount(PAGE);
    ds = root.querySelector('od-dataset');
    mustBeDefined('od-search', 'od-table', 'od-facets', 'od-chart');
    for (const tag of ['od-table', 'od-facets', 'od-chart']) await waitState(root.querySelector(tag)!, 'ready');
    (root.querySelector('#start') as HTMLElement).focus();
  });
  afterEach(cleanup);

  it('Tab goes through the widgets in page order and out again (no trap)', async () => {
    const order = [...document.querySelectorAll('od-dataset#kb > *')].map((e) => e.localName);
    const seen: string[] = [];
    for (let i = 0; i < 150; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement?.id === 'end') break;
      const w = focusedWidget()?.localName;
      if (w && seen[seen.length - 1] !== w) seen.push(w);
    }
    expect(document.activeElement?.id, 'focus leaves the widgets').to.equal('end');
    const indexes = seen.map((t) => order.indexOf(t));
    expect(indexes, `focus order ${seen.join(' → ')}`).to.deep.equal([...indexes].sort((a, b) => a - b));
    for (const t of ['od-search', 'od-facets', 'od-table', 'od-chart']) expect(seen, `${t} reachable`).to.include(t);
  });

  it('every control reached with Tab shows a visible focus indicator', async () => {
    const invisible: string[] = [];
    for (let i = 0; i < 150; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement?.id === 'end') break;
      const el = deepActive();
      if (!el || !focusedWidget()) continue;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const ring = cs.boxShadow !== 'none';
      if (!outline && !ring) invisible.push(`<${focusedWidget()!.localName}> ${el.localName}[part=${el.getAttribute('part') ?? ''}]`);
    }
    expect([...new Set(invisible)], 'controls without a focus outline or ring').to.deep.equal([]);
  });

  it('sorts a column with Enter on its header button', async function () {
    mustBeDefined('od-table');
    const button = await tabTo((el) => inside('od-table')() && part('sort-button')(el), 'a sort button');
    await sendKeys({ press: 'Enter' });
    expect(ds.state.sort, 'the view is sorted').to.not.equal(null);
    const th = button.closest('th')!;
    await waitState(document.querySelector('od-table')!, 'ready');
    expect(th.getAttribute('aria-sort')).to.match(/ascending|descending/);
  });

  it('chooses a facet with Space, then clears the filters with Enter', async function () {
    mustBeDefined('od-facets', 'od-filters');
    const box = (await tabTo((el) => inside('od-facets')() && el instanceof HTMLInputElement && el.type === 'checkbox', 'a facet checkbox')) as HTMLInputElement;
    await sendKeys({ press: 'Space' });
    expect(box.checked).to.equal(true);
    expect(Object.keys(ds.state.refine), 'a refinement').to.deep.equal(['type']);
    (document.querySelector('#start') as HTMLElement).focus();
    await tabTo((el) => inside('od-filters')() && part('clear-button')(el), 'the clear button');
    await sendKeys({ press: 'Enter' });
    expect(ds.state.refine).to.deep.equal({});
  });

  it('changes page with the pager', async function () {
    mustBeDefined('od-table');
    await tabTo((el) => inside('od-table')() && part('pager-next')(el), 'the next page button');
    await sendKeys({ press: 'Enter' });
    expect(ds.state.page).to.equal(1);
    const table = document.querySelector('od-table')!;
    await waitState(table, 'ready');
    const current = table.shadowRoot!.querySelector('[aria-current="page"]');
    expect(current?.textContent).to.match(/2/);
  });

  it("opens a chart's data table", async function () {
    mustBeDefined('od-chart');
    const toggle = await tabTo((el) => inside('od-chart')() && part('toggle-button')(el), 'the chart data toggle');
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const data = document.querySelector('od-chart')!.shadowRoot!.querySelector<HTMLElement>('[part~="data"]')!;
    expect(data.hidden).to.equal(false);
    expect(data.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
  });

  it("uses the map's list: open it, choose a feature", async function () {
    mustBeDefined('od-map');
    const map = document.querySelector('od-map')!;
    await waitState(map, 'ready');
    const toggle = await tabTo((el) => inside('od-map')() && el.hasAttribute('aria-expanded'), 'the map list toggle');
    await sendKeys({ press: 'Enter' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const item = await tabTo((el) => inside('od-map')() && !!el.closest('li') && el.matches('button, a'), 'a feature in the list');
    await sendKeys({ press: 'Enter' });
    // Choosing a feature opens its popup (text of the chosen feature shown near the map).
    const popup = map.shadowRoot!.querySelector('.maplibregl-popup, [part~="popup"]');
    expect(popup, 'a popup').to.not.equal(null);
    expect(popup!.textContent).to.include((item.textContent ?? '').trim().slice(0, 10));
  });
});
