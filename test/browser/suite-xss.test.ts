// XSS suite: every element on the portal's `xss-corpus` dataset, whose values, field labels, facet values, title
// and description are payloads that would set `window.__xss`. Nothing may execute, no active element may appear
// in any shadow tree, every link must be http(s)/mailto/tel, and the payloads must show up as plain text.
import { expect } from '@open-wc/testing';
import { PORTAL, cleanup, deepElements, deepText, defined, mount, waitState } from './suite-helpers.js';

const CASES = [
  { tag: 'od-table', attrs: 'page-size="20"', text: true },
  { tag: 'od-kpi', attrs: 'value="sum(nombre)" label="Total"', text: false },
  { tag: 'od-chart', attrs: 'type="bar" x="categorie" y="count(*)"', text: true },
  { tag: 'od-map', attrs: 'style="--od-map-height:300px" popup-fields="titre,lien,description"', text: false },
  { tag: 'od-facets', attrs: 'fields="categorie"', text: true },
  { tag: 'od-download', attrs: '', text: false },
  { tag: 'od-filters', attrs: '', text: false },
  { tag: 'od-search', attrs: '', text: false },
  { tag: 'od-pager', attrs: '', text: false },
  { tag: 'od-daterange', attrs: 'field="date"', text: false },
  { tag: 'od-select', attrs: 'field="categorie"', text: true },
  { tag: 'od-records', attrs: 'page-size="20" fields="description,lien,site_web,categorie,nombre,date"', text: true },
];

// Widgets' own search forms have no action; a form from data would carry one.
const ACTIVE = 'script, iframe, object, embed, frame, frameset, form[action], input[type="image"], base, meta, link[rel="import"]';
const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:', 'blob:']);

function assertInert(root: Element) {
  expect((window as any).__xss, 'a payload ran').to.equal(undefined);
  const els = deepElements(root);
  const active = els.filter((e) => e.matches(ACTIVE) && !(e instanceof HTMLInputElement && e.type !== 'image'));
  expect(active.map((e) => e.outerHTML.slice(0, 120)), 'active elements').to.deep.equal([]);
  const handlers = els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${e.localName} ${a.name}>`));
  expect(handlers, 'event handler attributes').to.deep.equal([]);
  const badLinks = els
    .filter((e): e is HTMLAnchorElement | HTMLAreaElement => (e instanceof HTMLAnchorElement || e instanceof HTMLAreaElement) && e.hasAttribute('href'))
    .filter((a) => !SAFE.has(new URL(a.href, location.href).protocol))
    .map((a) => a.getAttribute('href'));
  expect(badLinks, 'unsafe links').to.deep.equal([]);
  const styled = els.filter((e) => /url\(\s*['"]?https?:\/\/evil/i.test(e.getAttribute('style') ?? ''));
  expect(styled.length, 'styles from data').to.equal(0);
}

describe('xss: elements on the xss-corpus dataset', function () {
  this.timeout(30000);
  beforeEach(() => delete (window as any).__xss);
  afterEach(cleanup);

  for (const c of CASES) {
    it(`<${c.tag}>: payloads stay text, nothing runs, links are safe`, async function () {
      if (!defined(c.tag)) this.skip();
      const root = mount(`<od-dataset portal="${PORTAL}" dataset="xss-corpus"><${c.tag} ${c.attrs}></${c.tag}></od-dataset>`);
      const el = root.querySelector(c.tag)!;
      if (['od-filters', 'od-search', 'od-pager'].includes(c.tag)) await new Promise((r) => setTimeout(r, 1500));
      else await waitState(el, 'ready');
      await new Promise((r) => setTimeout(r, 300)); // let an injected handler (onerror, onload) fire if there were one
      assertInert(root);
      if (c.text) expect(deepText(el), 'payload shown as text').to.match(/onerror=|onload=|<svg|<img/);
    });
  }

  it('<od-records>: a template fills every slot (text, pipes, each bound attribute, data-od-if) and the detail dialog stays inert', async function () {
    if (!defined('od-records')) this.skip();
    const root = mount(`<od-dataset portal="${PORTAL}" dataset="xss-corpus"><od-records page-size="20" detail>
      <template>
        <article part="x">
          <h3 title="{{titre}}" aria-label="{{description}}">{{titre}}</h3>
          <p>{{description}} · {{categorie}} · {{nombre|number}} · {{nombre|currency}} · {{date|date}} · {{titre|date}}</p>
          <a href="{{lien}}" title="{{lien}}">{{lien}}</a> <a href="{{site_web}}">{{site_web}}</a>
          <img src="{{lien}}" alt="{{titre}}"> <time datetime="{{titre}}">{{date}}</time>
          <span data-od-if="description" onmouseover="{{titre}}" style="{{titre}}" data-x="{{titre}}">{{identifiant}}</span>
        </article>
      </template></od-records></od-dataset>`);
    const el = root.querySelector('od-records')!;
    await waitState(el, 'ready');
    await new Promise((r) => setTimeout(r, 300));
    assertInert(root);
    const imgs = deepElements(el).filter((e) => e.localName === 'img');
    expect(imgs.every((i) => !i.hasAttribute('src') || /^https?:/.test(i.getAttribute('src')!)), 'img src from data is http(s) or absent').to.equal(true);
    expect(deepText(el)).to.match(/onerror=|onload=|<svg|<img/);
    // the detail dialog of each record: labels and values are payloads too
    for (const button of [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="detail-button"]')].slice(0, 4)) {
      button.click();
      await waitFor(() => !!el.shadowRoot!.querySelector('dialog[open] [part~="close-button"]'));
      assertInert(root);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await waitFor(() => !el.shadowRoot!.querySelector('dialog'));
    }
  });

  it('<od-catalog>: the title, description, keywords and publisher stay inert', async function () {
    if (!defined('od-catalog')) this.skip();
    const root = mount(`<od-catalog portal="${PORTAL}" where='dataset_id = "xss-corpus"'></od-catalog>`);
    const el = root.querySelector('od-catalog')!;
    await waitState(el, 'ready');
    await new Promise((r) => setTimeout(r, 300));
    assertInert(root);
    expect(deepText(el)).to.include('Jeu de test de sécurité (XSS)');
  });

  it('od-dataset: a visitor search made of payloads is sent as text and changes nothing', async function () {
    if (!defined('od-table')) this.skip();
    const root = mount(`<od-dataset portal="${PORTAL}" dataset="xss-corpus"><od-table page-size="20"></od-table></od-dataset>`);
    const ds = root.querySelector('od-dataset')! as any;
    const table = root.querySelector('od-table')!;
    await waitState(table, 'ready');
    ds.setQuery(`' OR 1=1 OR '`);
    await new Promise((r) => setTimeout(r, 800));
    ds.toggleRefine('categorie', `<img src=x onerror="window.__xss='refine'">`);
    await new Promise((r) => setTimeout(r, 800));
    assertInert(root);
  });
});

async function waitFor(ok: () => boolean, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!ok()) {
    if (performance.now() > end) throw new Error('condition not met');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

// The detector itself: markup rendered from data (what the elements must never do) is caught.
class UnsafeProbe extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML = `<a href="javascript:void 0">x</a><img src="data:," onerror="void 0">`;
  }
}
customElements.define('suite-unsafe-probe', UnsafeProbe);

describe('xss: the checks catch unsafe output', () => {
  afterEach(cleanup);
  it('flags handler attributes and javascript: links in a shadow tree', () => {
    const root = mount('<suite-unsafe-probe></suite-unsafe-probe>');
    expect(() => assertInert(root)).to.throw(/event handler attributes|unsafe links/);
  });
});

describe('xss: a crafted link (sync-url state from the address bar)', function () {
  this.timeout(30000);
  const original = location.href;
  afterEach(() => {
    cleanup();
    history.replaceState(history.state, '', original);
  });

  it('payloads in the URL state are read as text: nothing runs, links stay safe', async function () {
    if (!defined('od-table') || !defined('od-filters')) this.skip();
    delete (window as any).__xss;
    const url = new URL(original);
    url.searchParams.set('xurl.q', `<img src=x onerror="window.__xss='url-q'">`);
    url.searchParams.append('xurl.refine', `categorie:"><svg onload="window.__xss='url-refine'">`);
    url.searchParams.set('xurl.sort', `titre`);
    history.replaceState(history.state, '', url);
    const root = mount(`<od-dataset id="xurl" sync-url portal="${PORTAL}" dataset="xss-corpus">
      <od-search></od-search><od-filters></od-filters><od-table page-size="20"></od-table></od-dataset>`);
    const table = root.querySelector('od-table')!;
    await waitState(root.querySelector('od-filters')!, 'ready');
    await new Promise((r) => setTimeout(r, 1000));
    expect(['ready', 'empty', 'error'].some((s) => table.matches(`:state(${s})`)), 'the table settled').to.equal(true);
    assertInert(root);
    expect(deepText(root.querySelector('od-filters')!)).to.include('onload=');
  });
});
