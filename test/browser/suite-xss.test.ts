// XSS suite: every element on the portal's `xss-corpus` dataset, whose values, field labels, facet values, title
// and description are payloads that would set `window.__xss`. Nothing may execute, no active element may appear
// in any shadow tree, every link must be http(s)/mailto/tel, and the payloads must show up as plain text.
import { expect } from '@open-wc/testing';
import { PORTAL, cleanup, deepElements, deepText, mount, until, waitState, mustBeDefined } from './suite-helpers.js';

type Ds = HTMLElementTagNameMap['od-dataset'];
const IMG = `<img src=x onerror="window.__xss='img'">`;
const shadowText = (el: Element) => deepText(el);
const attrsIn = (el: Element, sel: string, attr: string) => [...el.shadowRoot!.querySelectorAll(sel)].map((e) => e.getAttribute(attr) ?? '').join(' ');

/**
 * Each element with what a visitor would see of the payloads once it is ready: `view` puts payloads into the
 * visitor's view first (a search, a choice), `shown` reads where they appear (text, a field's value, a label).
 */
const CASES: { tag: string; attrs: string; view?: (ds: Ds) => void; shown: (el: Element) => string }[] = [
  { tag: 'od-table', attrs: 'page-size="20"', shown: shadowText },
  { tag: 'od-kpi', attrs: 'value="sum(nombre)" label="Total"', shown: shadowText },
  { tag: 'od-chart', attrs: 'type="bar" x="categorie" y="count(*)"', shown: shadowText },
  { tag: 'od-map', attrs: 'style="--od-map-height:300px" popup-fields="titre,lien,description"', shown: shadowText },
  { tag: 'od-facets', attrs: 'fields="categorie"', shown: shadowText },
  // The links carry the visitor's search as a URL parameter (percent-encoded text).
  { tag: 'od-download', attrs: '', view: (ds) => ds.setQuery(IMG), shown: (el) => decodeURIComponent(attrsIn(el, 'a', 'href').replace(/\+/g, ' ')) },
  { tag: 'od-filters', attrs: '', view: (ds) => ds.toggleRefine('categorie', IMG), shown: shadowText },
  { tag: 'od-search', attrs: '', view: (ds) => ds.setQuery(IMG), shown: (el) => `${attrsIn(el, 'input', 'value')} ${el.shadowRoot!.querySelector('input')!.value} ${shadowText(el)}` },
  { tag: 'od-pager', attrs: 'page-size="5"', shown: (el) => attrsIn(el, 'nav', 'aria-label') },
  { tag: 'od-select', attrs: 'field="categorie"', shown: shadowText },
  { tag: 'od-records', attrs: 'page-size="20" fields="description,lien,site_web,categorie,nombre,date"', shown: shadowText },
];
const PAYLOAD_TEXT = /onerror=|onload=|<svg|<img|<script/;
const settled = (el: Element) => ['ready', 'empty'].some((s) => el.matches(`:state(${s})`));


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
      mustBeDefined(c.tag);
      const root = mount(`<od-dataset portal="${PORTAL}" dataset="xss-corpus"><${c.tag} ${c.attrs}></${c.tag}></od-dataset>`);
      const el = root.querySelector(c.tag)!;
      c.view?.(root.querySelector('od-dataset')!);
      // Ready, with the payloads on screen as text: an element that rendered nothing fails here.
      await until(`<${c.tag}> ready with the payloads as text`, () => settled(el) && PAYLOAD_TEXT.test(c.shown(el)));
      assertInert(root);
    });
  }

  it('<od-records>: a template fills every slot (text, pipes, each bound attribute, data-od-if) and the detail dialog stays inert', async function () {
    mustBeDefined('od-records');
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
    await until('<od-records> ready with the payloads as text', () => settled(el) && PAYLOAD_TEXT.test(deepText(el)));
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
    mustBeDefined('od-catalog');
    const root = mount(`<od-catalog portal="${PORTAL}" where='dataset_id = "xss-corpus"'></od-catalog>`);
    const el = root.querySelector('od-catalog')!;
    await waitState(el, 'ready');
    assertInert(root);
    expect(deepText(el)).to.include('Jeu de test de sécurité (XSS)');
    expect(deepText(el)).to.match(PAYLOAD_TEXT);
  });

  it('od-dataset: a visitor search made of payloads is sent as text and changes nothing', async function () {
    mustBeDefined('od-table');
    const root = mount(`<od-dataset portal="${PORTAL}" dataset="xss-corpus"><od-table page-size="20"></od-table></od-dataset>`);
    const ds = root.querySelector('od-dataset')!;
    const table = root.querySelector('od-table')!;
    await waitState(table, 'ready');
    const status = () => table.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? '';
    const all = status();
    ds.setQuery(`' OR 1=1 OR '`);
    // Sent as text: the search matches the one record holding that text, not every record.
    await until('the search answered', () => settled(table) && status() !== all);
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length).to.be.lessThan(12);
    ds.setQuery('');
    ds.toggleRefine('categorie', IMG);
    // Refined on the payload as a plain value: exactly the rows whose category is that text.
    const rows = () => [...table.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    await until('the choice answered', () => settled(table) && rows().length > 0 && rows().length < 12 && rows().every((r) => r.includes('<img src=x onerror')));
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
    mustBeDefined('od-table', 'od-filters');
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
    await until('the table settled', () => ['ready', 'empty', 'error'].some((s) => table.matches(`:state(${s})`)));
    assertInert(root);
    expect(deepText(root.querySelector('od-filters')!)).to.include('onload=');
  });
});
