// Accessibility beyond axe (RGAA 7.5, WCAG 4.1.3): what a screen reader hears. Every change of text in any live
// region of the page (light DOM and shadow roots) is counted per visitor action: one announcement per action, from
// the widget used, never an "updating" line for a short update, never a superseded answer.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, freshPortal, statusText, waitState } from './core-helpers.js';
import { announcerIdle } from '../../src/core/announce.js';
import { cleanup, mount, mustBeDefined } from './suite-helpers.js';

const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';

/** Every element and shadow root under `root`. */
function roots(root: Document | ShadowRoot): (Document | ShadowRoot)[] {
  const out: (Document | ShadowRoot)[] = [root];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...roots(el.shadowRoot));
  return out;
}

/** Records what the live regions say: one entry per region whose text changed to a new non-empty text. */
class Listener {
  said: { text: string; lang: string }[] = [];
  private last = new WeakMap<Element, string>();
  private observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      const region = el?.closest(LIVE);
      if (region) touched.add(region);
      this.watchNewRoots();
    }
    for (const region of touched) {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text !== this.last.get(region)) {
        this.said.push({ text, lang: (region.closest('[lang]') as HTMLElement | null)?.lang ?? '' });
      }
      this.last.set(region, text);
    }
  });
  private watched = new WeakSet<Node>();

  constructor() {
    this.watchNewRoots();
    for (const root of roots(document)) for (const region of root.querySelectorAll(LIVE)) this.last.set(region, (region.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  private watchNewRoots(): void {
    for (const root of roots(document)) {
      if (this.watched.has(root)) continue;
      this.watched.add(root);
      this.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-live'] });
    }
  }

  /** What was said since the last call. */
  take(): string[] {
    const out = this.said.map((s) => s.text);
    this.said = [];
    return out;
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** Until the page's announcer has nothing left to say for the actions so far (its own pending answers and timers). */
const quiet = () => waitUntil(announcerIdle, 'announcer still has something to say', { timeout: 10000 });

/** Types like a person: one key every 120 ms, under the search's pause. */
async function typeAtPace(word: string): Promise<void> {
  for (const ch of word) {
    await sendKeys({ press: ch });
    await new Promise((r) => setTimeout(r, 120));
  }
}

describe('a11y: live announcements per visitor action', function () {
  this.timeout(60000);
  let root: HTMLElement;
  let listener: Listener;
  const el = (tag: string) => root.querySelector(tag)! as HTMLElement;
  const allReady = () => waitUntil(() => [...root.querySelectorAll('od-table, od-kpi, od-facets, od-pager, od-download')]
    .every((e) => e.matches(':state(ready)') || e.matches(':state(empty)')), 'widgets never settled', { timeout: 10000 });

  beforeEach(async () => {
    // A pause of 600 ms: a busy test machine still types each word (one key per 120 ms) within one pause.
    root = mount(`<od-dataset portal="${freshPortal()}" dataset="finistere-aires-covoiturage">
      <od-search debounce="600"></od-search>
      <od-kpi value="count(*)" label="Aires"></od-kpi>
      <od-kpi value="count(*)" label="Aires ouvertes" where="ouvert"></od-kpi>
      <od-facets fields="type"></od-facets>
      <od-filters></od-filters>
      <od-table fields="nom_lieu,com_lieu,type" page-size="5"></od-table>
      <od-pager page-size="5"></od-pager>
      <od-download></od-download>
    </od-dataset>`);
    mustBeDefined('od-search', 'od-table', 'od-kpi', 'od-facets', 'od-pager', 'od-download', 'od-filters');
    await waitState(el('od-table'), 'ready');
    await allReady();
    listener = new Listener();
  });
  afterEach(() => {
    listener?.stop();
    cleanup();
  });

  const searchInput = () => $<HTMLInputElement>(el('od-search'), 'input')!;
  /** Types `q` in the search at a person's pace and waits until every widget and the announcer are done. */
  const searchFor = async (q: string) => {
    searchInput().focus();
    await typeAtPace(q);
    await searched(q);
    await allReady();
    await quiet();
  };
  const searched = (q: string) => waitUntil(() => statusText(el('od-search')).endsWith(`« ${q} »`), `count of « ${q} » not shown`, { timeout: 10000 });

  it('typing a word at a normal pace: one announcement, the search’s count, in French', async () => {
    await searchFor('quimper');
    const said = listener.said;
    expect(said.map((s) => s.text)).to.deep.equal([statusText(el('od-search'))]);
    expect(said[0].lang).to.equal('fr');
  });

  it('changing page: one announcement (the page), no "Mise à jour" from the KPIs, facets or downloads', async () => {
    const next = $<HTMLButtonElement>(el('od-pager'), '[part~="pager-next"]')!;
    next.click();
    await waitUntil(() => statusText(el('od-table')).includes('page 2'), 'page 2 not shown');
    await allReady();
    await quiet();
    const said = listener.take();
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Page 2 sur \d+$/);
  });

  it('choosing a facet: one announcement, the new row count', async () => {
    const box = $<HTMLInputElement>(el('od-facets'), 'input[type="checkbox"]')!;
    box.click();
    await waitUntil(() => el('od-table').matches(':state(ready)') && /^\d+ lignes?/.test(statusText(el('od-table'))), 'table not updated');
    await allReady();
    await quiet();
    expect(listener.take()).to.deep.equal([statusText(el('od-table'))]);
  });

  it('Escape then a new search: the old count is never said again, only the new one', async () => {
    await searchFor('quimper');
    listener.take();
    await sendKeys({ press: 'Escape' });
    await typeAtPace('brest');
    await searched('brest');
    await allReady();
    await quiet();
    const said = listener.take();
    expect(said.filter((s) => s.includes('quimper'))).to.deep.equal([]);
    expect(said).to.deep.equal([statusText(el('od-search'))]);
  });

  it('a short update says nothing about updating; a slow one says it once, then the answer', async () => {
    // Same page, on a portal that answers in 1.5 s: the table (the widget used) is still busy after a second.
    cleanup();
    root = mount(`<od-dataset portal="${freshPortal('latency=1500')}" dataset="finistere-aires-covoiturage">
      <od-kpi value="count(*)" label="Aires"></od-kpi>
      <od-table fields="nom_lieu,com_lieu,type" page-size="5"></od-table>
    </od-dataset>`);
    await waitState(el('od-table'), 'ready', 15000);
    await allReady();
    listener.stop();
    listener = new Listener();
    $<HTMLButtonElement>(el('od-table'), 'th button')!.click();
    await waitUntil(() => statusText(el('od-table')).includes('trié'), 'sort not shown', { timeout: 15000 });
    await allReady();
    await quiet();
    const said = listener.take();
    expect(said).to.deep.equal(['Mise à jour…', statusText(el('od-table'))]);
  });
});
