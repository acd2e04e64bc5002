// Fault suite: every data element against the portal's injected faults — 429 (retried, then the quota message),
// 500, timeout, malformed JSON, an oversized answer, unknown dataset, invalid ODSQL, a backtracking LIKE pattern. The widget says so in French, a healthy widget
// beside it still works, nothing escapes into the page, and the retry button recovers once the portal answers.
import { expect } from '@open-wc/testing';
import { common } from '../../src/i18n/common.js';
import {
  DATA_ELEMENTS, PORTAL, cleanup, deepText, faultPortal, markupOf, mount, quickClient, waitState, mustBeDefined,
} from './suite-helpers.js';
import { listedRequests } from './core-helpers.js';

const fr = common.fr;
const pageErrors: unknown[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => pageErrors.push('reason' in e ? e.reason : e.error ?? e.message);

/** A healthy KPI on its own context: the rest of the page must keep working. */
const HEALTHY = `<od-dataset portal="${PORTAL}" dataset="qbo-communes"><od-kpi class="healthy" value="count(*)" label="Communes"></od-kpi></od-dataset>`;

for (const c of DATA_ELEMENTS) {
  describe(`faults: <${c.tag}>`, function () {
    this.timeout(30000);
    beforeEach(function () {
      mustBeDefined(c.tag);
      pageErrors.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
    });
    afterEach(() => {
      cleanup();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    });

    async function failsWith(markup: string, text: string | RegExp) {
      const root = mount(markup + HEALTHY);
      const el = root.querySelector(c.tag)!;
      await waitState(el, 'error');
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'role=alert').to.not.equal(null);
      const said = deepText(alert!);
      if (typeof text === 'string') expect(said).to.include(text);
      else expect(said).to.match(text);
      await waitState(root.querySelector('.healthy')!, 'ready');
      expect(pageErrors, 'errors escaping into the page').to.deep.equal([]);
      return el;
    }

    it('429: retried, then the quota message', async () => {
      const portal = faultPortal('status=429;retry-after=0');
      quickClient(portal, { retries: 1 });
      await failsWith(markupOf(c, { portal }), fr.quota);
      const tries = await listedRequests(portal);
      expect(tries.length, 'the 429 was retried (one URL fetched twice)').to.be.greaterThan(new Set(tries).size);
    });

    it('500: the server message', async () => {
      const portal = faultPortal('status=500');
      quickClient(portal, { retries: 0 });
      await failsWith(markupOf(c, { portal }), fr.server);
    });

    it('timeout: the timeout message', async () => {
      const portal = faultPortal('latency=5000');
      quickClient(portal, { timeout: 400, retries: 0 });
      await failsWith(markupOf(c, { portal }), fr.timeout);
    });

    it('malformed JSON: the unreadable answer message', async () => {
      const portal = faultPortal('badjson');
      quickClient(portal, { retries: 0 });
      await failsWith(markupOf(c, { portal }), fr.badResponse);
    });

    if (!c.own) {
      it('unknown dataset: the not-found message naming the id, no useless retry', async () => {
        const el = await failsWith(markupOf(c, { dataset: 'jeu-qui-n-existe-pas' }), 'Le jeu de données « jeu-qui-n-existe-pas » est introuvable sur le portail');
        expect(el.shadowRoot!.querySelector('[role="alert"] button'), 'no retry for a 404').to.equal(null);
      });
    }

    if (c.queriesRecords) it('invalid ODSQL: the invalid filter message', async () => {
      const markup = c.own
        ? `<${c.tag} portal="${PORTAL}" where="title = = (" ${c.attrs}></${c.tag}>`
        : markupOf(c, { where: 'nbre_pl > > (' });
      const el = await failsWith(markup, fr.badRequest.replace(/\.$/, ''));
      expect(el.shadowRoot!.querySelector('[role="alert"] button'), 'no retry for a 400').to.equal(null);
    });

    it('a 40 MB answer: refused while reading, the too-large message (issue 18)', async () => {
      const portal = faultPortal(`huge=${40 * 1024 * 1024}`);
      quickClient(portal, { retries: 0, timeout: 20000 });
      await failsWith(markupOf(c, { portal }), fr.tooLarge);
    });

    if (c.queriesRecords && !c.own) it('a LIKE pattern built to backtrack: the portal answers, the page stays responsive (issue 18)', async () => {
      const el = mount(markupOf(c, { where: 'nom_lieu like "*e*e*e*e*e*e*e*e*e*e*e*e*zzz"' }) + HEALTHY).querySelector(c.tag)!;
      await waitState(el, c.emptyState ?? 'empty', 20000);
      expect(pageErrors, 'errors escaping into the page').to.deep.equal([]);
    });

    it('a later success recovers through the retry button', async () => {
      const portal = faultPortal(`status=500;times=1${c.failOn ? `;${c.failOn}` : ''}`);
      quickClient(portal, { retries: 0 });
      const el = await failsWith(markupOf(c, { portal }), fr.server);
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
      expect(retry, 'retry button').to.not.equal(null);
      retry!.click();
      await waitState(el, 'ready');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the alert is gone').to.equal(null);
    });
  });
}
