// Accessibility suite: axe-core (through @open-wc/testing) on every data element in each of its states —
// loading, data, empty and error — and in English and Breton. States are read from the elements' custom states.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { DATASET, DATA_ELEMENTS, NO_MATCH, PORTAL, cleanup, faultPortal, hasState, layoutStable, markupOf, mount, quickClient, waitState, mustBeDefined } from './suite-helpers.js';

for (const c of DATA_ELEMENTS) {
  describe(`a11y states: <${c.tag}>`, function () {
    this.timeout(30000);
    beforeEach(function () {
      mustBeDefined(c.tag);
    });
    afterEach(cleanup);

    const el = (root: HTMLElement) => root.querySelector(c.tag)!;

    it('loading state: announced, no axe violation', async () => {
      const portal = faultPortal('latency=4000');
      const root = mount(markupOf(c, { portal }));
      await waitState(el(root), 'loading', 3000);
      await expect(root).to.be.accessible();
    });

    it('announces no error while it finds its context and loads (no false alert)', async () => {
      const root = mount(markupOf(c));
      const alerts: string[] = [];
      while (!hasState(el(root), 'ready') && !hasState(el(root), 'empty')) {
        const a = el(root).shadowRoot?.querySelector('[role="alert"]');
        if (a) alerts.push(a.textContent!.trim());
        await new Promise((r) => requestAnimationFrame(r));
      }
      expect([...new Set(alerts)]).to.deep.equal([]);
    });

    it('data state: no axe violation', async () => {
      const root = mount(markupOf(c));
      await waitState(el(root), 'ready');
      await expect(root).to.be.accessible();
    });

    it(`no matching record (${c.emptyState} state): no axe violation`, async () => {
      const root = mount(markupOf(c, { where: NO_MATCH }));
      await waitState(el(root), c.emptyState ?? 'empty');
      await expect(root).to.be.accessible();
    });

    it('error state: an alert with a retry button, no axe violation', async () => {
      const portal = faultPortal('status=500');
      quickClient(portal, { retries: 0 });
      const root = mount(markupOf(c, { portal }));
      await waitState(el(root), 'error');
      const alert = el(root).shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'role=alert').to.not.equal(null);
      expect(alert!.querySelector('button'), 'retry button').to.not.equal(null);
      await expect(root).to.be.accessible();
    });

    for (const lang of ['en', 'br']) {
      it(`data state in lang="${lang}": no axe violation`, async () => {
        const root = mount(markupOf(c, { lang }));
        await waitState(el(root), 'ready');
        await expect(root).to.be.accessible();
      });
    }
  });
}

describe('a11y states: search and filters', function () {
  this.timeout(30000);
  afterEach(cleanup);

  it('a search with text and filters with base and visitor chips: no axe violation', async function () {
    mustBeDefined('od-search', 'od-filters');
    const root = mount(`<od-dataset portal="${PORTAL}" dataset="${DATASET}" refine="type:Aire de covoiturage">
      <od-search></od-search><od-filters></od-filters></od-dataset>`);
    const ds = root.querySelector('od-dataset') as any;
    ds.toggleRefine('com_lieu', 'QUIMPER');
    ds.setQuery('gare');
    await waitState(root.querySelector('od-filters')!, 'ready');
    await expect(root).to.be.accessible();
  });
});

describe('a11y: reflow at 320 CSS pixels (WCAG 1.4.10)', function () {
  this.timeout(40000);
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('a page with every element does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    mustBeDefined(...DATA_ELEMENTS.map((c) => c.tag), 'od-search', 'od-filters');
    const tags = DATA_ELEMENTS.filter((c) => !c.own);
    const root = mount(`<od-dataset portal="${PORTAL}" dataset="${DATASET}"><od-search></od-search><od-filters></od-filters>
      ${tags.map((c) => `<${c.tag} ${c.attrs}></${c.tag}>`).join('')}</od-dataset>
      <od-catalog portal="${PORTAL}" page-size="3"></od-catalog>`);
    for (const el of root.querySelectorAll(DATA_ELEMENTS.map((c) => c.tag).join(','))) await waitState(el, 'ready');
    await layoutStable();
    const wide = [...root.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 321).map((e) => e.localName);
    expect(document.documentElement.scrollWidth, `wider than the screen: ${wide.join(', ')}`).to.be.at.most(320);
  });
});
