import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdDownload } from '../../src/elements/download/download.js';

const API = `${location.origin}/api/explore/v2.1/catalog/datasets`;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const links = (el: OdDownload) => $$<HTMLAnchorElement>(el, '[part~="link"]');
const link = (el: OdDownload, format: string) => links(el).find((a) => a.dataset.format === format)!;
const status = (el: OdDownload) => $(el, '[part~="status"]')!.textContent!.trim();
const ready = (el: OdDownload) => waitUntil(() => links(el).length > 0 && !$(el, '[aria-busy="true"]'), 'links', { timeout: 8000 });

async function setup(dataset = 'finistere-aires-covoiturage', attrs: { refine?: string; portal?: string; lang?: string } = {}) {
  const wrap = await fixture<HTMLElement>(html`<div lang=${attrs.lang ?? 'fr'}>
    <od-dataset portal=${attrs.portal ?? location.origin} dataset=${dataset} refine=${attrs.refine ?? ''}>
      <od-download></od-download>
    </od-dataset></div>`);
  return { ctx: wrap.querySelector<OdDataset>('od-dataset')!, el: wrap.querySelector<OdDownload>('od-download')! };
}

function stubClipboard(writeText: (s: string) => Promise<void>): () => void {
  const had = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (had) Object.defineProperty(navigator, 'clipboard', had);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('<od-download>', () => {
  it('offers CSV, JSON and GeoJSON for a geo dataset, saying format and download; no XLSX the portal does not list', async () => {
    const { el } = await setup();
    await ready(el);
    expect(links(el).map((a) => a.dataset.format)).to.deep.equal(['csv', 'json', 'geojson']);
    const csv = link(el, 'csv');
    expect(csv.textContent!.replace(/\s+/g, ' ').trim()).to.equal('↓ Télécharger en CSV (tableur, séparateur point-virgule) : Aires de covoiturage du Finistère'); // the title tells this dataset's link from another's
    expect(csv.getAttribute('download')).to.equal('finistere-aires-covoiturage.csv');
    expect(csv.getAttribute('type')).to.equal('text/csv');
    expect($(el, '[part~="note"]')!.textContent).to.equal('Les fichiers contiennent toutes les données du jeu : 63 lignes.');
    await expect(el).to.be.accessible();
  });

  it('gives a CSV for French spreadsheets: BOM, semicolons, every record of the view', async () => {
    const { el } = await setup();
    await ready(el);
    const bytes = new Uint8Array(await (await fetch(link(el, 'csv').href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0].split(';').length).to.be.greaterThan(5);
    expect(lines.length - 1).to.equal(63);
  });

  it('links exactly the current view: base filters and visitor choices, and follows changes', async () => {
    const { el, ctx } = await setup('finistere-aires-covoiturage', { refine: 'type:Aire de covoiturage' });
    await ready(el);
    ctx.toggleRefine('com_lieu', 'QUIMPER');
    ctx.toggleRefine('com_lieu', 'BREST');
    ctx.toggleRefine('com_lieu', 'BREST');
    const expected = (await (await fetch(`${API}/finistere-aires-covoiturage/records?limit=0&refine=type:Aire%20de%20covoiturage&refine=com_lieu:QUIMPER`)).json()).total_count;
    await waitUntil(() => !$(el, '[aria-busy="true"]') && link(el, 'json').href.includes('QUIMPER') && !link(el, 'json').href.includes('BREST'), 'latest view', { timeout: 8000 });
    const rows = await (await fetch(link(el, 'json').href)).json();
    expect(rows).to.have.length(expected);
    expect(rows.every((r: any) => r.com_lieu === 'QUIMPER' && r.type === 'Aire de covoiturage')).to.equal(true);
    const features = (await (await fetch(link(el, 'geojson').href)).json()).features;
    expect(features).to.have.length(expected);
    const note = $(el, '[part~="note"]')!.textContent!;
    expect(note).to.match(new RegExp(`^Les fichiers contiennent ${expected} lignes?, celles? des filtres en cours : `));
    expect(note).to.contain('Aire de covoiturage').and.contain('QUIMPER');
  });

  it('with commune=, says the files hold that commune’s rows (how many, which filter), not all the data', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><od-dataset portal=${location.origin} dataset="finistere-aires-covoiturage" commune="29232">
      <od-download></od-download></od-dataset></div>`);
    const el = wrap.querySelector<OdDownload>('od-download')!;
    await ready(el);
    const rows = await (await fetch(link(el, 'json').href)).json();
    const note = $(el, '[part~="note"]')!.textContent!;
    expect(note).to.match(new RegExp(`^Les fichiers contiennent ${rows.length} lignes?, celles? des filtres en cours : .*29232`));
    expect(note).not.to.contain('toutes les données');
  });

  it('offers no GeoJSON for a dataset without geo fields', async () => {
    const { el } = await setup('qbo-population-historique');
    await ready(el);
    expect(links(el).map((a) => a.dataset.format)).to.deep.equal(['csv', 'json']);
  });

  it('copies the API URL of the view, announces it and fires od-download-copy', async () => {
    let copied = '';
    const restore = stubClipboard(async (s) => void (copied = s));
    try {
      const { el, ctx } = await setup();
      ctx.setQuery('gare');
      await waitUntil(() => links(el).length && link(el, 'json').href.includes('gare') && !$(el, '[aria-busy="true"]'), 'view', { timeout: 8000 });
      const event = oneEvent(el, 'od-download-copy');
      $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
      const { detail } = await event;
      expect(copied).to.equal(detail.url);
      expect(new URL(copied).pathname).to.equal('/api/explore/v2.1/catalog/datasets/finistere-aires-covoiturage/records');
      expect(new URL(copied).searchParams.get('where')).to.equal('search("gare")');
      await el.updateComplete;
      expect(status(el)).to.equal('L’URL de l’API a été copiée dans le presse-papiers.');
    } finally {
      restore();
    }
  });

  it('shows the URL to select by hand when the clipboard refuses', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    try {
      const { el } = await setup();
      await ready(el);
      $<HTMLButtonElement>(el, '[part~="copy-button"]')!.click();
      await waitUntil(() => $(el, '[part~="url-field"]'), 'url field');
      const input = $<HTMLInputElement>(el, '[part~="url-field"]')!;
      expect(input.value).to.contain('/catalog/datasets/finistere-aires-covoiturage/records');
      expect(input.labels![0].textContent).to.contain('URL de l’API');
      expect(status(el)).to.equal('Copie impossible : sélectionnez l’URL ci-dessous pour la copier.');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('shows a French error with a retry that recovers (its count fails; the shared metadata is not aimed at)', async () => {
    const { el } = await setup('finistere-aires-covoiturage', { portal: `${location.origin}/__fault/status=500;times=1;path=records;id=download-retry` });
    await waitUntil(() => $(el, '[part~="error"]'), 'error', { timeout: 8000 });
    expect($(el, '[role="alert"]')!.textContent).to.contain('Le portail de données a rencontré une erreur');
    expect(links(el)).to.have.length(0);
    $(el, '[part~="retry-button"]')!.click();
    await ready(el);
    expect(link(el, 'csv').href).to.contain('/__fault/');
  });

  it('speaks English and Breton', async () => {
    const { el } = await setup('finistere-aires-covoiturage', { lang: 'en' });
    await ready(el);
    expect(link(el, 'json').textContent!.replace(/\s+/g, ' ').trim()).to.equal('↓ Download as JSON (for developers) : Aires de covoiturage du Finistère');
    el.setAttribute('lang', 'br');
    await waitUntil(() => $(el, '[part~="copy-button"]')!.textContent === 'Eilañ URL an API : Aires de covoiturage du Finistère', 'Breton', { timeout: 4000 });
  });
});
