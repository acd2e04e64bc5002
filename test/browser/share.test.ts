// <od-share> ("Intégrer cette vue"): the visitor filters a live page, then copies code that shows exactly that
// view elsewhere, as fixed filters or as a starting state; the builder opens that code to edit it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/builder/define-builder.js';
import { sendKeys } from '@web/test-runner-commands';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdBuilder } from '../../src/builder/builder.js';

let clipboard = '';
Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { clipboard = t; } } });

const rows = (root: ParentNode | null | undefined) =>
  [...(root?.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;

async function page() {
  const wrap = await fixture<HTMLElement>(html`<div>
    <od-dataset portal=${location.origin} dataset="finistere-aires-covoiturage">
      <od-table fields="nom_lieu,com_lieu" page-size="3"></od-table>
      <od-share bundle-url="/src/define.ts" embed-url="/src/embed/embed.html"></od-share>
    </od-dataset></div>`);
  const ds = wrap.querySelector<OdDataset>('od-dataset')!;
  await waitUntil(() => rows(wrap).length === 3, 'rows', { timeout: 15000 });
  ds.toggleRefine('com_lieu', 'QUIMPER');
  ds.setSort('nom_lieu', true);
  await waitUntil(() => rows(wrap).length > 0 && rows(wrap).every((r) => r.includes('QUIMPER')), 'filtered', { timeout: 15000 });
  return { wrap, ds, share: wrap.querySelector('od-share')! };
}

async function blank(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Autre page</title></head><body>${code}</body></html>`;
  document.body.prepend(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount, 'page', { timeout: 15000 });
  return frame.contentDocument!;
}

afterEach(() => document.querySelectorAll('body > iframe[srcdoc]').forEach((f) => f.remove()));

describe('<od-share>', () => {
  it('copies tag code that reproduces the current view as fixed filters, and says so to screen readers', async () => {
    const { wrap, share } = await page();
    $(share, 'summary').click();
    const copy = [...share.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('balises'))!;
    copy.click();
    await waitUntil(() => clipboard.includes('<od-table'), 'copied');
    const status = $(share, '[part~="status"]');
    expect(status.textContent).to.equal('Code avec balises copié dans le presse-papiers.');
    expect(clipboard).to.contain('refine="com_lieu:QUIMPER"');
    const other = await blank(clipboard);
    await waitUntil(() => rows(other).length > 0, 'rows elsewhere', { timeout: 15000 });
    expect(rows(other).every((r) => r.includes('QUIMPER'))).to.equal(true);
    // Fixed: the other page's visitor has no choice to remove; the base filter is listed as such.
    expect(other.querySelector('section > p')!.textContent).to.contain('com_lieu : QUIMPER');
    await expect(share).to.be.accessible();
    void wrap;
  });

  it('as starting state, the iframe code opens on the same rows, sort and filter, which the visitor can change', async () => {
    const { wrap, share } = await page();
    $(share, 'summary').click();
    ($(share, 'input[type=radio]:not(:checked)') as HTMLInputElement).click();
    await share.updateComplete;
    const copy = [...share.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('iframe'))!;
    copy.click();
    await waitUntil(() => clipboard.startsWith('<iframe'), 'copied');
    expect($(share, '[part~="status"]').textContent).to.equal('Code iframe copié dans le presse-papiers.');
    expect(clipboard).not.to.contain('&amp;refine=');
    const host = await blank(clipboard);
    const frame = host.querySelector('iframe')!;
    await waitUntil(() => rows(frame.contentDocument).length > 0, 'rows in the frame', { timeout: 15000 });
    expect(rows(frame.contentDocument)).to.deep.equal(rows(wrap));
    const ctx = frame.contentDocument!.querySelector<OdDataset>('od-dataset')!;
    expect(ctx.state.refine).to.deep.equal({ com_lieu: ['QUIMPER'] });
    expect(ctx.getAttribute('refine')).to.equal(null);
  });

  it('the builder opens the shared code to edit it further', async () => {
    const { share } = await page();
    const code = (share.shadowRoot!.querySelector('[part~=tag-code]') as HTMLTextAreaElement).value;
    await customElements.whenDefined('od-builder');
    const b = await fixture<OdBuilder>(html`<od-builder portal=${location.origin} bundle-url="/src/define.ts"
      embed-url="/src/embed/embed.html" resize-url="/src/embed/host-resize.ts" themes-url="/themes/"></od-builder>`);
    await waitUntil(() => b.querySelectorAll('#od-dataset-id option').length > 3, 'catalogue', { timeout: 15000 });
    b.open(code);
    await waitUntil(() => b.view.fields.length > 0, 'schema', { timeout: 15000 });
    expect(b.view.tag).to.equal('od-table');
    expect(b.view.base.refine).to.equal('com_lieu:QUIMPER');
    expect(b.view.values.fields).to.equal('nom_lieu,com_lieu');
    expect(b.querySelector('#od-blocked')).to.equal(null);
  });
});

describe('<od-share> with a map', () => {
  it('writes where the visitor moved the map, and the shared code opens there', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <od-dataset portal=${location.origin} dataset="finistere-aires-covoiturage">
        <od-map title-field="nom_lieu"></od-map>
        <od-share bundle-url="/src/define.ts" embed-url="/src/embed/embed.html"></od-share>
      </od-dataset></div>`);
    const map = wrap.querySelector('od-map')!;
    const share = wrap.querySelector('od-share')!;
    await waitUntil(() => map.matches(':state(ready)'), 'map ready', { timeout: 15000 });
    const code = () => (share.shadowRoot!.querySelector('[part~=tag-code]') as HTMLTextAreaElement).value;
    expect(code()).not.to.contain('zoom=');
    const ml = map.maplibre!;
    const zoom = ml.getZoom();
    (ml.getCanvas() as HTMLCanvasElement).focus();
    await sendKeys({ press: '=' }); // the visitor zooms in with the keyboard
    await waitUntil(() => !ml.isMoving() && ml.getZoom() > zoom + 0.5 && code().includes('zoom='), 'code follows the map', { timeout: 8000 });
    const written = /center="(-?[\d.]+),(-?[\d.]+)" zoom="([\d.]+)"/.exec(code());
    expect(written, code()).not.to.equal(null);
    expect(Number(written![3])).to.be.closeTo(ml.getZoom(), 0.01);
    expect(Number(written![1])).to.be.closeTo(ml.getCenter().lng, 1e-4);
    const other = await blank(code());
    const there = other.querySelector('od-map')!;
    await waitUntil(() => there.matches(':state(ready)'), 'map elsewhere', { timeout: 15000 });
    expect(there.maplibre!.getZoom()).to.be.closeTo(ml.getZoom(), 0.01);
    expect(there.maplibre!.getCenter().lat).to.be.closeTo(ml.getCenter().lat, 1e-4);
  });
});
