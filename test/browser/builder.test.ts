// The widget builder: catalogue → dataset → widget → options checked against the schema → preview, and the
// copied code (tag or iframe), pasted into a blank page, reproduces the preview.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/builder/define-builder.js';
import type { OdBuilder } from '../../src/builder/builder.js';

const themeLink = document.createElement('link');
themeLink.rel = 'stylesheet';
themeLink.href = '/themes/quimper.css';
document.head.append(themeLink);

let clipboard = '';
Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { clipboard = t; } } });

async function builder(): Promise<OdBuilder> {
  await customElements.whenDefined('od-builder'); // defined once the widgets it offers are loaded
  const b = await fixture<OdBuilder>(html`<od-builder portal=${location.origin} bundle-url="/src/define.ts"
    embed-url="/src/embed/embed.html" resize-url="/src/embed/host-resize.ts" themes-url="/themes/"></od-builder>`);
  await waitUntil(() => b.querySelectorAll('#od-dataset-id option').length > 3, 'catalogue loaded', { timeout: 15000 });
  return b;
}
function pick(b: OdBuilder, id: string, value: string) {
  const s = b.querySelector<HTMLSelectElement>(`#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(b: OdBuilder, id: string, value: string) {
  const i = b.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true }));
}
const cells = (root: ParentNode | null | undefined) =>
  [...(root?.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent!.trim());
const button = (b: OdBuilder, text: string) => [...b.querySelectorAll('button')].find((x) => x.textContent!.includes(text))!;

async function configured(): Promise<OdBuilder> {
  const b = await builder();
  pick(b, 'od-widget', 'od-table');
  pick(b, 'od-dataset-id', 'finistere-aires-covoiturage');
  await waitUntil(() => /\d+ champs/.test(b.querySelector('[role=status]')!.textContent!) && !/ 0 champs/.test(b.querySelector('[role=status]')!.textContent!), 'schema');
  type(b, 'od-opt-fields', 'nom_lieu,com_lieu');
  type(b, 'od-opt-page-size', '3');
  type(b, 'od-base-commune', '29232');
  pick(b, 'od-theme', 'quimper');
  type(b, 'od-title', 'Aires de covoiturage à Quimper');
  type(b, 'od-description', 'Les aires de covoiturage de la commune, avec leur adresse.');
  const preview = b.querySelector('#od-preview')!;
  await waitUntil(() => cells(preview).length === 6, 'preview rows', { timeout: 15000 });
  return b;
}

/** A blank page (same origin, like a CMS page on the site) with only the pasted code in its body. */
async function blankPage(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vierge</title></head><body>${code}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount, 'blank page', { timeout: 15000 });
  return frame.contentDocument!;
}

afterEach(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

describe('od-builder', () => {
  it('the copied tag code, pasted into a blank page, reproduces the preview (data, theme, title, description)', async () => {
    const b = await configured();
    button(b, 'Copier le code avec balises').click();
    await waitUntil(() => clipboard.includes('<od-table'), 'copied');
    expect(b.querySelector('.copied')!.textContent).to.equal('Code avec balises copié.');
    const preview = b.querySelector('#od-preview')!;
    const page = await blankPage(clipboard);
    await waitUntil(() => cells(page).length === 6, 'pasted rows', { timeout: 15000 });
    expect(cells(page)).to.deep.equal(cells(preview));
    expect(cells(page)).to.include('QUIMPER');
    expect(page.querySelector('h2')!.textContent).to.equal(preview.querySelector('h2')!.textContent);
    expect(page.querySelector('section p')!.textContent).to.equal('Les aires de covoiturage de la commune, avec leur adresse.');
    const accent = (root: ParentNode) => getComputedStyle(root.querySelector('od-table')!).getPropertyValue('--od-color-accent').trim();
    await waitUntil(() => accent(page) !== '', 'theme CSS loaded in the pasted page');
    expect(accent(page)).to.equal(accent(preview));
    expect(accent(page)).to.equal('#1d3f8f');
    const ds = page.querySelector('od-dataset')!;
    expect(ds.getAttribute('commune')).to.equal('29232');
    // Without JavaScript, a link to the data instead of the widgets.
    expect(clipboard).to.match(/<noscript><a href="[^"]+\/explore\/assets\/finistere-aires-covoiturage\/">Aires de covoiturage à Quimper : voir les données<\/a><\/noscript>/);
  });

  it('the copied iframe code, pasted into a blank page, shows the same rows in a titled frame', async () => {
    const b = await configured();
    button(b, 'Copier le code iframe').click();
    await waitUntil(() => clipboard.startsWith('<iframe'), 'copied');
    const page = await blankPage(clipboard);
    const frame = page.querySelector('iframe')!;
    expect(frame.title).to.equal('Aires de covoiturage à Quimper');
    expect(clipboard).to.match(/<iframe[^>]*>\s*<a href="[^"]+\/explore\/assets\/finistere-aires-covoiturage\/">/);
    await waitUntil(() => cells(frame.contentDocument).length === 6, 'rows in the frame', { timeout: 15000 });
    expect(cells(frame.contentDocument)).to.deep.equal(cells(b.querySelector('#od-preview')));
  });

  it('checks field options against the schema: unknown fields are flagged and copying is blocked', async () => {
    const b = await configured();
    type(b, 'od-opt-fields', 'nom_lieu,nom_inexistant');
    await b.updateComplete;
    const input = b.querySelector('#od-opt-fields')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(b.querySelector('#od-opt-fields-err')!.textContent).to.contain('nom_inexistant');
    expect(input.getAttribute('aria-describedby')).to.contain('od-opt-fields-err');
    expect(button(b, 'Copier le code avec balises').disabled).to.equal(true);
    type(b, 'od-opt-fields', 'nom_lieu');
    await b.updateComplete;
    expect(button(b, 'Copier le code avec balises').disabled).to.equal(false);
    // Field names are suggested from the schema.
    const names = [...b.querySelectorAll('#od-opt-fields-list option')].map((o) => (o as HTMLOptionElement).value);
    expect(names).to.include.members(['nom_lieu', 'com_lieu', 'insee']);
  });

  it('asks the portal about the page filters: a bad ODSQL filter or a commune on a dataset without commune codes', async () => {
    const b = await configured();
    type(b, 'od-base-where', 'nom_lieu = = 3');
    await waitUntil(() => b.querySelector('#od-base-where-err'), 'portal refusal', { timeout: 10000 });
    expect(b.querySelector('#od-base-where-err')!.textContent).to.contain('Filtre refusé par le portail');
    expect(b.querySelector('#od-base-where')!.getAttribute('aria-invalid')).to.equal('true');
    expect(button(b, 'Copier le code avec balises').disabled).to.equal(true);
    type(b, 'od-base-where', 'nbre_pl > 10');
    await waitUntil(() => !b.querySelector('#od-base-where-err'), 'accepted', { timeout: 10000 });
    pick(b, 'od-dataset-id', 'finistere-irve-points-de-charge');
    await waitUntil(() => b.querySelector('#od-base-commune-err'), 'no commune field', { timeout: 10000 });
    expect(b.querySelector('#od-base-commune-err')!.textContent).to.contain('pas de champ de code commune');
  });

  it('reminds to give a title and a description until they are filled', async () => {
    const b = await builder();
    expect(b.querySelector('#od-reminders')!.textContent).to.contain('titre').and.contain('description');
    expect(b.codes().iframe).to.contain('title="Données ouvertes"');
    type(b, 'od-title', 'Population');
    await b.updateComplete;
    expect(b.querySelector('#od-reminders')!.textContent).not.to.contain('titre');
    type(b, 'od-description', 'Évolution de la population.');
    await b.updateComplete;
    expect(b.querySelector('#od-reminders')).to.equal(null);
  });

  it('writes the language into the preview and the code; catalogue widgets need no dataset', async () => {
    const b = await builder();
    pick(b, 'od-lang', 'br');
    await b.updateComplete;
    expect(b.querySelector('#od-preview od-dataset')!.getAttribute('lang')).to.equal('br');
    expect(b.codes().tag).to.contain('lang="br"');
    expect(b.codes().iframe).to.contain('lang=br');
    pick(b, 'od-widget', 'od-catalog');
    await b.updateComplete;
    expect(b.querySelector('fieldset[disabled] #od-dataset-id')).not.to.equal(null);
    expect(b.codes().tag).to.match(/<od-catalog portal="[^"]+"/);
    expect(b.querySelector('#od-preview od-catalog')).not.to.equal(null);
  });

  it('adds linked companions (search above, download below) to the preview, the tag code and the iframe', async () => {
    const b = await configured();
    (b.querySelector('#od-extra-od-search') as HTMLInputElement).click();
    (b.querySelector('#od-extra-od-download') as HTMLInputElement).click();
    await b.updateComplete;
    const order = [...b.querySelectorAll('#od-preview od-dataset > *')].map((e) => e.localName);
    expect(order).to.deep.equal(['od-search', 'od-table', 'od-download']);
    expect(b.codes().tag).to.match(/<od-search><\/od-search>\n\s*<od-table [^\n]*\n\s*<od-download><\/od-download>/);
    expect(b.codes().iframe).to.contain('widget=od-search%2Cod-table%2Cod-download');
    // Typing in the preview's search filters the preview's table: they share the context.
    const input = b.querySelector('#od-preview od-search')!.shadowRoot!.querySelector('input')!;
    input.value = 'Kernevez';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => cells(b.querySelector('#od-preview')).length === 2, 'one row', { timeout: 15000 });
    expect(cells(b.querySelector('#od-preview'))[0]).to.contain('Kernevez');
  });

  it('the form and the code area pass axe', async () => {
    const b = await configured();
    await expect(b.querySelector('form')).to.be.accessible();
    await expect(b.querySelector('.od-builder-output textarea')!.parentElement).to.be.accessible({ ignoredRules: ['region'] });
  });
});
