// Accessibility beyond axe: guards of what the audit found exemplary (issue 17), where no other suite checks it.
// Focus ring in forced colours, reduced motion, no imposed heading levels. (No keyboard trap: suite-keyboard;
// focus after a chip's removal: filters; pager aria-current: pager; table semantics: table and suite-keyboard.)
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, freshPortal, waitState } from './core-helpers.js';
import { cleanup, mount, mustBeDefined } from './suite-helpers.js';

const DS = 'finistere-aires-covoiturage';

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The computed value of a system colour in this browser. */
function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

describe('a11y guards: forced colours, reduced motion, headings', function () {
  this.timeout(40000);
  afterEach(async () => {
    cleanup();
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('in forced colours, the focus ring of every control reached with Tab is Highlight', async () => {
    const root = mount(`<button id="start">Début</button><od-dataset portal="${freshPortal()}" dataset="${DS}">
      <od-search></od-search><od-facets fields="type"></od-facets>
      <od-table fields="nom_lieu,type" page-size="5"></od-table><od-pager page-size="5"></od-pager></od-dataset>`);
    mustBeDefined('od-search', 'od-facets', 'od-table', 'od-pager');
    for (const tag of ['od-facets', 'od-table', 'od-pager']) await waitState(root.querySelector(tag)!, 'ready');
    await emulateMedia({ forcedColors: 'active' });
    const highlight = systemColour('Highlight');
    (root.querySelector('#start') as HTMLElement).focus();
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive()!;
      const widget = (el.getRootNode() as ShadowRoot).host?.localName;
      if (!widget) break; // out of the widgets again
      const style = getComputedStyle(el);
      seen.add(widget);
      expect(style.outlineStyle, `${widget} ${el.localName}`).to.not.equal('none');
      expect(style.outlineColor, `${widget} ${el.localName}`).to.equal(highlight);
    }
    expect([...seen]).to.include.members(['od-search', 'od-facets', 'od-table', 'od-pager']);
  });

  it('reduced motion: the dimming of rows being updated has no transition', async () => {
    const root = mount(`<od-dataset portal="${freshPortal('latency=1500')}" dataset="${DS}">
      <od-table fields="nom_lieu" page-size="5"></od-table></od-dataset>`);
    const table = root.querySelector('od-table')!;
    const ds = root.querySelector('od-dataset') as HTMLElement & { setQuery(q: string): void };
    await waitState(table, 'ready', 15000);
    const busyTransition = async (q: string) => {
      ds.setQuery(q);
      await waitUntil(() => $(table, '.scroller.busy'), 'never busy');
      return getComputedStyle($(table, '.scroller')!).transitionDuration;
    };
    expect(await busyTransition('brest')).to.not.equal('0s');
    await waitState(table, 'ready', 15000);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await busyTransition('quimper')).to.equal('0s');
  });

  it('imposes no heading level: only the cards take the page’s level, the other widgets have none', async () => {
    const root = mount(`<od-dataset portal="${freshPortal()}" dataset="${DS}">
      <od-search></od-search><od-facets fields="type"></od-facets><od-filters></od-filters>
      <od-kpi value="count(*)" label="Aires"></od-kpi><od-table fields="nom_lieu" page-size="3"></od-table>
      <od-pager page-size="3"></od-pager><od-download></od-download><od-select field="type"></od-select>
      <od-records page-size="2" heading-level="5"></od-records></od-dataset>`);
    const tags = ['od-facets', 'od-kpi', 'od-table', 'od-pager', 'od-download', 'od-select', 'od-records'];
    mustBeDefined(...tags, 'od-search', 'od-filters');
    for (const tag of tags) await waitState(root.querySelector(tag)!, 'ready');
    const headings = (tag: string) => [...root.querySelector(tag)!.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .map((h) => h.localName);
    for (const tag of ['od-search', 'od-facets', 'od-filters', 'od-kpi', 'od-table', 'od-pager', 'od-download', 'od-select'])
      expect(headings(tag), tag).to.deep.equal([]);
    expect(new Set(headings('od-records'))).to.deep.equal(new Set(['h5']));
  });
});
