// Load suite: 50 widgets on one dataset share their requests — the page makes exactly the requests that one
// widget of each kind makes (one per distinct query), never one per widget.
import { expect } from '@open-wc/testing';
import { cleanup, faultPortal, hasState, mount, mustBeDefined } from './suite-helpers.js';
import { listedRequests } from './core-helpers.js';

const KINDS = [
  { tag: 'od-kpi', attrs: 'value="count(*)" label="Aires"' },
  { tag: 'od-table', attrs: 'page-size="5" fields="nom_lieu,com_lieu"' },
  { tag: 'od-chart', attrs: 'type="bar" x="com_lieu" y="count(*)" title="Aires"' },
  { tag: 'od-facets', attrs: 'fields="type"' },
  { tag: 'od-download', attrs: '' },
];

function page(portal: string, perKind: number, kinds: typeof KINDS) {
  const widgets = kinds.flatMap((k) => Array.from({ length: perKind }, () => `<${k.tag} ${k.attrs}></${k.tag}>`));
  return mount(`<od-dataset portal="${portal}" dataset="finistere-aires-covoiturage">${widgets.join('')}</od-dataset>`);
}

async function allReady(root: HTMLElement, timeout = 25000) {
  const els = [...root.querySelectorAll('od-dataset > *')];
  const end = performance.now() + timeout;
  while (!els.every((e) => hasState(e, 'ready'))) {
    if (performance.now() > end) throw new Error(`${els.filter((e) => !hasState(e, 'ready')).length} widgets not ready`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return els.length;
}

/** API requests whose URL starts with `portal` (a portal unique to the test: no shared cache). */
const requestsTo = (portal: string) => listedRequests(portal);

describe('load: 50 widgets on one dataset', function () {
  this.timeout(60000);
  afterEach(cleanup);

  it('make the same requests as one widget of each kind, none twice', async function () {
    mustBeDefined(...KINDS.map((k) => k.tag));
    const kinds = KINDS;
    const one = faultPortal('latency=0');
    await allReady(page(one, 1, kinds));
    const single = await requestsTo(one);
    cleanup();

    const fifty = faultPortal('latency=0');
    const n = await allReady(page(fifty, Math.ceil(50 / kinds.length), kinds));
    expect(n).to.be.at.least(50);
    const many = await requestsTo(fifty);
    expect(many.length, `requests for ${n} widgets: ${many.join('\n')}`).to.equal(single.length);
    expect(new Set(many).size, 'no URL fetched twice').to.equal(many.length);
    // Same queries, whatever the portal prefix.
    const path = (u: string, p: string) => u.slice(p.length);
    expect(many.map((u) => path(u, fifty)).sort()).to.deep.equal(single.map((u) => path(u, one)).sort());
  });
});
