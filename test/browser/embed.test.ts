// The hosted iframe page (src/embed/embed.html in dev, dist/embed.html built) and the host resize script:
// the frame reports its height, the host script resizes only frames whose origin it checked, the URL can only
// choose whitelisted widgets and their own attributes, the frame has a real title.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/embed/host-resize.js';

const PAGE = '/src/embed/embed.html';
const TABLE = 'widget=od-table&dataset=finistere-aires-covoiturage&od-table.fields=nom_lieu,com_lieu&od-table.page-size=3';

const frames: HTMLIFrameElement[] = [];
function frame(query: string, host = true): HTMLIFrameElement {
  const f = document.createElement('iframe');
  if (host) f.setAttribute('data-od-embed', '');
  f.title = 'Widget intégré';
  f.style.height = '50px';
  f.style.width = '600px';
  f.src = `${PAGE}?${query}`;
  document.body.append(f);
  frames.push(f);
  return f;
}
const doc = (f: HTMLIFrameElement) => f.contentDocument!;
const rows = (f: HTMLIFrameElement) => doc(f)?.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
const px = (f: HTMLIFrameElement) => parseFloat(f.style.height);
const contentHeight = (f: HTMLIFrameElement) => Math.ceil(doc(f).documentElement.getBoundingClientRect().height);

afterEach(() => frames.splice(0).forEach((f) => f.remove()));

describe('embed.html + od-resize.js', () => {
  it('renders the widget from the URL and the host script sizes the frame to its content', async () => {
    const f = frame(`${TABLE}&id=t1`);
    await waitUntil(() => rows(f) === 3, 'table rows in the frame', { timeout: 15000 });
    await waitUntil(() => Math.abs(px(f) - contentHeight(f)) <= 1 && px(f) > 100, 'frame resized to content', { timeout: 5000 });
    // More rows: the page reports the new height and the frame grows.
    const before = px(f);
    doc(f).querySelector('od-table')!.setAttribute('page-size', '10');
    await waitUntil(() => rows(f) === 10, 'ten rows', { timeout: 15000 });
    await waitUntil(() => px(f) > before + 100 && Math.abs(px(f) - contentHeight(f)) <= 1, 'frame grew', { timeout: 5000 });
  });

  it('posts our height message and the AMP embed-size message to the parent', async () => {
    const seen: any[] = [];
    const listen = (e: MessageEvent) => seen.push(e.data);
    window.addEventListener('message', listen);
    const f = frame(`${TABLE}&id=amp1`, false);
    await waitUntil(() => rows(f) === 3, 'rows', { timeout: 15000 });
    await waitUntil(() => seen.some((m) => m?.sentinel === 'amp' && m.type === 'embed-size' && m.height > 100), 'AMP message');
    const ours = seen.filter((m) => m?.['opendata-widgets-height']?.id === 'amp1');
    expect(ours.at(-1)['opendata-widgets-height'].height).to.be.closeTo(contentHeight(f), 1);
    window.removeEventListener('message', listen);
    // No data-od-embed attribute: the host script leaves this frame alone.
    expect(f.style.height).to.equal('50px');
  });

  it('ignores height messages from the wrong origin or from another window', async () => {
    const f = frame(`widget=od-table&dataset=qbo-communes&id=o1`);
    await waitUntil(() => px(f) > 50, 'first resize', { timeout: 15000 });
    const start = f.style.height;
    const data = { 'opendata-widgets-height': { id: 'o1', height: 999 } };
    window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://evil.example', source: f.contentWindow }));
    window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window }));
    window.dispatchEvent(new MessageEvent('message', { data: { 'opendata-widgets-height': { height: 'x' } }, origin: location.origin, source: f.contentWindow }));
    expect(f.style.height).to.equal(start);
    // The same message from the frame's own origin and window is obeyed.
    window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: f.contentWindow }));
    expect(f.style.height).to.equal('999px');
  });

  it('has a real title: the given one, else the dataset title; in the chosen language', async () => {
    const a = frame(`${TABLE}&title=${encodeURIComponent('Aires de covoiturage de Quimper')}`);
    await waitUntil(() => doc(a)?.title === 'Aires de covoiturage de Quimper — données ouvertes', 'given title', { timeout: 15000 });
    const b = frame(`${TABLE}&lang=en`);
    await waitUntil(() => /— open data$/.test(doc(b)?.title ?? '') && !doc(b).title.startsWith('finistere-'), 'dataset title', { timeout: 15000 });
    expect(doc(b).documentElement.lang).to.equal('en');
    const link = doc(b).querySelector<HTMLAnchorElement>('.od-embed-source a')!;
    expect(link.textContent).to.equal('See the data on the portal (new window)');
    expect(link.href).to.contain('/explore/assets/finistere-aires-covoiturage/');
  });

  it('shows the given title as a heading of the chosen level and the description, and carries both in its title', async () => {
    const f = frame(`${TABLE}&title=${encodeURIComponent('Aires de Quimper')}&heading=3&description=${encodeURIComponent('Les aires et leur adresse.')}`);
    await waitUntil(() => rows(f) === 3, 'rows', { timeout: 15000 });
    expect(doc(f).querySelector('h3')!.textContent).to.equal('Aires de Quimper');
    expect(doc(f).querySelector('h2')).to.equal(null);
    expect(doc(f).querySelector('.od-embed-description')!.textContent).to.equal('Les aires et leur adresse.');
    expect(doc(f).title).to.equal('Aires de Quimper : Les aires et leur adresse. — données ouvertes');
  });

  it('hosted without a portal configured, says so and how to set one (not "dataset not found")', async () => {
    const f = document.createElement('iframe');
    f.title = 'Widget intégré';
    f.src = `/test/browser/pages/embed-no-portal.html?${TABLE}`;
    document.body.append(f);
    frames.push(f);
    await waitUntil(() => doc(f)?.querySelector('[role=alert]'), 'message', { timeout: 15000 });
    const text = doc(f).querySelector('[role=alert]')!.textContent!;
    expect(text).to.contain('Cette page d’intégration n’a pas de portail de données');
    expect(text).to.contain('<meta name="od-portal" content="https://votre-portail.fr">');
    expect(text).not.to.contain('introuvable');
    expect(doc(f).querySelector('od-dataset')).to.equal(null);
    expect(doc(f).querySelector('button')).to.equal(null);
  });

  it('several widgets in one frame share their dataset context (search filters the table), scoped by commune', async () => {
    const f = frame('widget=od-search,od-table&dataset=qbo-kerofis-noms-de-lieux&commune=29134' +
      '&od-table.fields=dibab,lec_hanv&od-table.page-size=5&od-search.debounce=50&lang=br');
    await waitUntil(() => rows(f) === 5, 'rows', { timeout: 15000 });
    const ds = doc(f).querySelector('od-dataset')!;
    expect(ds.getAttribute('commune')).to.equal('29134');
    expect(doc(f).querySelector('od-dataset > od-search')).not.to.equal(null);
    const input = doc(f).querySelector('od-search')!.shadowRoot!.querySelector('input')!;
    input.value = 'Kerislae';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const texts = () => [...doc(f).querySelector('od-table')!.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent);
    await waitUntil(() => texts().length === 3 && texts().every((t) => t!.includes('Kerislae')), 'filtered to three places', { timeout: 15000 });
    expect(doc(f).documentElement.lang).to.equal('br');
  });

  it('applies a whitelisted theme to the widgets; an unknown theme loads nothing', async () => {
    const f = frame(`${TABLE}&theme=quimper`);
    await waitUntil(() => rows(f) === 3, 'rows', { timeout: 15000 });
    const accent = () => getComputedStyle(doc(f).querySelector('od-table')!).getPropertyValue('--od-color-accent').trim();
    await waitUntil(() => accent() === '#1d3f8f', 'theme applied');
    const g = frame(`${TABLE}&theme=${encodeURIComponent('../../evil')}`);
    await waitUntil(() => rows(g) === 3, 'rows', { timeout: 15000 });
    expect(doc(g).querySelector('link[rel=stylesheet]')).to.equal(null);
  });

  it('the frame page passes axe (title, language, landmark, the widget inside)', async () => {
    const f = frame(`${TABLE}&title=Aires`);
    await waitUntil(() => rows(f) === 3, 'rows', { timeout: 15000 });
    // axe-core's own build, run inside the frame's window (axe audits the document it is loaded in).
    const script = doc(f).createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    doc(f).head.append(script);
    const win = f.contentWindow as Window & { axe?: { run(ctx: Document, o: object): Promise<{ violations: { id: string }[] }> } };
    await waitUntil(() => win.axe, 'axe loaded');
    // Every rule, but a first-level heading: the frame is a fragment of the host page, which has its own h1.
    const result = await win.axe!.run(doc(f), { rules: { 'page-has-heading-one': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('refuses tags and attributes that are not whitelisted; nothing from the URL becomes markup', async () => {
    const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
    const f = frame(`widget=od-table,script,img&dataset=qbo-communes&od-table.onclick=alert(1)&od-table.api-key=k` +
      `&od-table.caption=${evil}&od-table.style=color:red&portal=https://evil.example&title=${evil}`);
    await waitUntil(() => doc(f)?.querySelector('[role=alert]'), 'problems shown', { timeout: 15000 });
    const d = doc(f);
    const table = d.querySelector('od-table')!;
    expect(d.querySelector('script:not([type=module]), img, od-dataset script')).to.equal(null);
    expect(table.hasAttribute('onclick')).to.equal(false);
    expect(table.hasAttribute('api-key')).to.equal(false);
    expect(table.hasAttribute('style')).to.equal(false);
    // The caption is an attribute value (text), never parsed as HTML.
    expect(table.getAttribute('caption')).to.equal('<img src=x onerror=alert(1)>');
    expect(d.querySelector('od-dataset')!.getAttribute('portal')).to.equal('/');
    const problems = d.querySelector('[role=alert]')!.textContent!;
    for (const word of ['script', 'img', 'onclick', 'api-key', 'style', 'portail']) expect(problems).to.contain(word);
    expect(d.title).to.equal('<img src=x onerror=alert(1)> — données ouvertes');
  });

  it('refuses a basemap (and its attribution) from the URL unless the page lists its origin: no third-party style is fetched', async () => {
    const style = encodeURIComponent('https://evil.example/style.json');
    const credit = encodeURIComponent('© Carte officielle de la préfecture');
    const f = frame(`widget=od-map&dataset=finistere-aires-covoiturage&od-map.basemap=${style}&od-map.basemap-attribution=${credit}`);
    await waitUntil(() => doc(f)?.querySelector('[role=alert]'), 'problems shown', { timeout: 15000 });
    const d = doc(f);
    const map = d.querySelector('od-map')!;
    expect(map.hasAttribute('basemap')).to.equal(false);
    expect(map.hasAttribute('basemap-attribution')).to.equal(false);
    expect(d.querySelector('[role=alert]')!.textContent).to.contain('fond de carte non autorisé');
    await waitUntil(() => map.matches(':state(ready)'), 'the map draws on its built-in basemap', { timeout: 20000 });
    const win = f.contentWindow as Window;
    const thirdParty = win.performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin));
    expect(thirdParty.map((e) => e.name)).to.deep.equal([]);
    expect(map.shadowRoot!.textContent).not.to.contain('préfecture');
  });
});

