// The widget builder, driven as a user would: catalogue → dataset → widget → typed options (defaults derived
// from the dataset) → preview, and the copied code (tag or iframe), pasted into a blank page, reproduces it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/builder/define-builder.js';
import type { OdBuilder } from '../../src/builder/builder.js';
import { PRESETS } from '../../src/builder/presets.js';

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
const click = (b: OdBuilder, id: string) => b.querySelector<HTMLInputElement>(`#${id}`)!.click();
const cells = (root: ParentNode | null | undefined) =>
  [...(root?.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent!.trim());
const button = (b: OdBuilder, text: string) => [...b.querySelectorAll('button')].find((x) => x.textContent!.includes(text))!;
/** The schema of the chosen dataset is read (its field count shows, nothing blocks for it). */
async function schema(b: OdBuilder, id: string) {
  await waitUntil(() => b.view.datasetId === id && b.view.fields.length > 0 && !b.view.problems.has('dataset'), `schema of ${id}`, { timeout: 15000 });
  await b.updateComplete;
}

async function configured(): Promise<OdBuilder> {
  const b = await builder();
  pick(b, 'od-widget', 'od-table');
  pick(b, 'od-dataset-id', 'finistere-aires-covoiturage');
  await schema(b, 'finistere-aires-covoiturage');
  // Default columns come from the schema; keep two of them, as a user unticking boxes.
  for (const f of ['ad_lieu', 'insee', 'type']) click(b, `od-opt-fields-${f}`);
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
  document.body.prepend(frame); // in view: the iframe code's frame loads lazily
  frame.scrollIntoView();
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount, 'blank page', { timeout: 15000 });
  return frame.contentDocument!;
}

/** What shows that each widget rendered its data (not only a status line). */
const RENDERED: Record<string, string> = {
  'od-table': 'tbody tr', 'od-search': '[part~=input]', 'od-facets': '[part~=checkbox], [part~=radio]', 'od-pager': '[part~=pager-button]',
  'od-kpi': '[part=value]:not(.no-value)', 'od-download': '[part~=link]', 'od-chart': 'svg, canvas', 'od-map': '[part~=list-toggle]',
  'od-catalog': '[part~=dataset]', 'od-share': '[part~=tag-code]', 'od-filters': '.root, [part~=list], p',
};
const widgetOk = (root: ParentNode, tag: string) => {
  const sr = root.querySelector(tag)?.shadowRoot;
  return !!sr?.querySelector(RENDERED[tag] ?? '*') && !sr.querySelector('[role=alert]');
};

afterEach(() => document.querySelectorAll('body > iframe[srcdoc]').forEach((f) => f.remove()));

describe('od-builder, for every element', () => {
  for (const preset of PRESETS) {
    const tag = preset.tag;
    it(`${tag}: defaults from the chosen dataset are valid, an invalid option blocks copying, the copied codes show the widget with title and description`, async function () {
      this.timeout(90000);
      const b = await builder();
      pick(b, 'od-widget', tag);
      if (preset.needsDataset) {
        pick(b, 'od-dataset-id', preset.dataset!);
        await schema(b, preset.dataset!);
      }
      await b.updateComplete;
      const preview = b.querySelector('#od-preview')!;
      await waitUntil(() => widgetOk(preview, tag), `${tag} rendered in the preview`, { timeout: 20000 });
      expect(b.querySelector('#od-blocked'), 'no problem with the defaults').to.equal(null);
      expect(button(b, 'Copier le code avec balises').disabled).to.equal(false);

      // An invalid option: a number out of its bounds where the element has one, else a page filter the portal refuses.
      const num = b.querySelector<HTMLInputElement>('.od-builder-form fieldset:nth-of-type(3) input[type=number]');
      if (num) type(b, num.id, String(Number(num.max || 100) + 1000));
      else type(b, 'od-base-where', 'nom = = 3');
      await waitUntil(() => b.querySelector('#od-blocked'), 'copying blocked', { timeout: 10000 });
      expect(button(b, 'Copier le code avec balises').disabled).to.equal(true);
      expect(button(b, 'Copier le code iframe').disabled).to.equal(true);
      clipboard = '';
      b.copy('tag');
      await b.updateComplete;
      expect(clipboard, 'nothing copied').to.equal('');
      if (num) type(b, num.id, '');
      else type(b, 'od-base-where', '');
      await waitUntil(() => !b.querySelector('#od-blocked'), 'unblocked', { timeout: 10000 });

      type(b, 'od-title', `Essai ${tag}`);
      type(b, 'od-description', 'Une description du contenu.');
      pick(b, 'od-heading', '3');
      await b.updateComplete;
      button(b, 'Copier le code avec balises').click();
      await waitUntil(() => clipboard.includes(`<${tag}`), 'tag code copied');
      const page = await blankPage(clipboard);
      await waitUntil(() => widgetOk(page, tag), `${tag} rendered from the tag code`, { timeout: 20000 });
      expect(page.querySelector('h3')!.textContent).to.equal(`Essai ${tag}`);
      expect(page.querySelector('section > p')!.textContent).to.equal('Une description du contenu.');

      button(b, 'Copier le code iframe').click();
      await waitUntil(() => clipboard.startsWith('<iframe'), 'iframe code copied');
      const host = await blankPage(clipboard);
      const frame = host.querySelector('iframe')!;
      expect(frame.title).to.equal(`Essai ${tag}`);
      await waitUntil(() => frame.contentDocument && widgetOk(frame.contentDocument, tag), `${tag} rendered in the frame`, { timeout: 20000 });
      expect(frame.contentDocument!.querySelector('h3')!.textContent).to.equal(`Essai ${tag}`);
      expect(frame.contentDocument!.querySelector('.od-embed-description')!.textContent).to.equal('Une description du contenu.');
      expect(frame.contentDocument!.title).to.contain(`Essai ${tag}`);
    });
  }
});

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
    expect(clipboard).to.match(/<noscript><a href="[^"]+\/explore\/(dataset|assets)\/finistere-aires-covoiturage\/">Aires de covoiturage à Quimper : voir les données<\/a><\/noscript>/);
  });

  it('a chart typed "barre" cannot be offered: the type is a choice list of the declared values', async () => {
    const b = await builder();
    pick(b, 'od-widget', 'od-chart');
    await schema(b, b.view.datasetId);
    const select = b.querySelector<HTMLSelectElement>('#od-opt-type')!;
    expect(select.localName).to.equal('select');
    expect([...select.options].map((o) => o.value).filter(Boolean)).to.deep.equal(['bar', 'line', 'area', 'pie', 'donut', 'scatter', 'treemap']);
    // sum() and avg() only list numeric fields.
    pick(b, 'od-opt-y', 'sum');
    await b.updateComplete;
    const numeric = [...b.querySelectorAll<HTMLOptionElement>('#od-opt-y-field option')].map((o) => o.value);
    expect(numeric.length).to.be.greaterThan(0);
    for (const name of numeric) expect(['int', 'double', 'decimal']).to.include(b.view.fields.find((f) => f.name === name)!.type);
    // French labels and help, from the option table.
    expect(b.querySelector('label[for=od-opt-type]')!.textContent).to.contain('Type de graphique');
  });

  it('defaults come from the chosen dataset, and a dataset change re-derives what no longer fits, saying so', async () => {
    const b = await builder();
    pick(b, 'od-dataset-id', 'finistere-aires-covoiturage');
    await schema(b, 'finistere-aires-covoiturage');
    pick(b, 'od-widget', 'od-chart');
    await b.updateComplete;
    expect(b.view.values).to.include({ x: 'com_lieu', y: 'count(*)' });
    await waitUntil(() => widgetOk(b.querySelector('#od-preview')!, 'od-chart'), 'chart on the default dataset', { timeout: 20000 });
    pick(b, 'od-opt-x', 'type');
    pick(b, 'od-dataset-id', 'qbo-population-historique');
    await schema(b, 'qbo-population-historique');
    await waitUntil(() => /options recalculées/.test(b.querySelector('.notice')!.textContent!), 'notice');
    const notice = b.querySelector('.notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('Axe des catégories');
    expect(b.view.values.x).to.equal('nom');
    expect(b.querySelector('#od-blocked')).to.equal(null);
    // A map on a dataset without geo field cannot be copied.
    pick(b, 'od-widget', 'od-map');
    await b.updateComplete;
    expect(b.querySelector('#od-widget-err')!.textContent).to.contain('pas de champ géographique');
    expect(button(b, 'Copier le code iframe').disabled).to.equal(true);
  });

  it('checks field options against the schema: a column from another dataset is flagged and blocks copying', async () => {
    const b = await configured();
    b.open(b.codes().tag.replace('fields="nom_lieu,com_lieu"', 'fields="nom_lieu,nom_inexistant"'));
    await waitUntil(() => b.querySelector('#od-opt-fields-err'), 'flagged', { timeout: 10000 });
    expect(b.querySelector('#od-opt-fields')!.getAttribute('aria-invalid')).to.equal('true');
    expect(b.querySelector('#od-opt-fields-err')!.textContent).to.contain('nom_inexistant');
    expect(b.querySelector('#od-blocked')!.textContent).to.contain('Colonnes');
    expect(button(b, 'Copier le code avec balises').disabled).to.equal(true);
    click(b, 'od-opt-fields-nom_inexistant');
    await b.updateComplete;
    expect(button(b, 'Copier le code avec balises').disabled).to.equal(false);
  });

  it('opens code it wrote (tag code or iframe code) to edit it further', async () => {
    const b = await configured();
    const { tag, iframe } = b.codes();
    const other = await builder();
    other.open(iframe);
    await schema(other, 'finistere-aires-covoiturage');
    expect(other.codes().tag).to.equal(tag);
    const third = await builder();
    third.open(tag);
    await schema(third, 'finistere-aires-covoiturage');
    expect(third.codes().iframe).to.equal(iframe);
    expect(third.querySelector('.notice')!.textContent).to.contain('Code ouvert : Tableau');
  });

  it('asks the portal about the page filters: a bad ODSQL filter or a commune on a dataset without commune codes', async () => {
    const b = await configured();
    type(b, 'od-base-where', 'nom_lieu = = 3');
    await waitUntil(() => b.querySelector('#od-base-where-err'), 'portal refusal', { timeout: 10000 });
    expect(b.querySelector('#od-base-where-err')!.textContent).to.contain('Filtre refusé par le portail');
    expect(b.querySelector('#od-base-where')!.getAttribute('aria-invalid')).to.equal('true');
    expect(button(b, 'Copier le code avec balises').disabled).to.equal(true);
    type(b, 'od-base-where', 'xlong > 0');
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
    await schema(b, b.view.datasetId);
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

  it('composes a block: linked widgets around the main one, in the preview, the tag code and the iframe', async () => {
    const b = await configured();
    click(b, 'od-extra-od-search');
    click(b, 'od-extra-od-facets');
    click(b, 'od-extra-od-map');
    click(b, 'od-extra-od-download');
    await b.updateComplete;
    const order = [...b.querySelectorAll('#od-preview od-dataset > :not([slot])')].map((e) => e.localName);
    expect(order).to.deep.equal(['od-search', 'od-facets', 'od-table', 'od-map', 'od-download']);
    expect(b.codes().tag).to.match(/<od-search><\/od-search>\n\s*<od-facets><\/od-facets>\n\s*<od-table [^\n]*\n\s*<od-map geo-field="geo_point_2d"/);
    expect(b.codes().iframe).to.contain('widget=od-search%2Cod-facets%2Cod-table%2Cod-map%2Cod-download');
    // Typing in the preview's search filters the preview's table: they share the context.
    const input = b.querySelector('#od-preview od-search')!.shadowRoot!.querySelector('input')!;
    input.value = 'Kernevez';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => cells(b.querySelector('#od-preview')).length === 2, 'one row', { timeout: 15000 });
    expect(cells(b.querySelector('#od-preview'))[0]).to.contain('Kernevez');
  });

  it('says which bundle the code loads and where that address comes from', async () => {
    const b = await builder();
    const urls = b.querySelector('.urls')!;
    expect(urls.textContent).to.contain(`${location.origin}/src/define.ts`);
    expect(urls.textContent).to.contain('bundle-url');
    expect(urls.textContent).to.contain('Adresses de développement');
  });

  it('the form and the code area pass axe', async () => {
    const b = await configured();
    await expect(b.querySelector('form')).to.be.accessible();
    await expect(b.querySelector('.od-builder-output textarea')!.parentElement).to.be.accessible({ ignoredRules: ['region'] });
  });
});
