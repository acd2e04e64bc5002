// <od-dataset> takes part in the host's layout: a CMS column's width and centring apply to it (block themes put
// `max-width` and `margin-inline: auto` on the column's children), and no widget inside is wider than the column.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { freshPortal, waitState } from './core-helpers.js';

const DS = 'finistere-aires-covoiturage';

describe('od-dataset layout', () => {
  it('follows a constrained column: its max-width and centring apply, the table stays inside', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 800px">
      <style>.col > * { max-width: 400px; margin-inline: auto; }</style>
      <div class="col">
        <p id="ref">Texte de la colonne.</p>
        <od-dataset portal=${freshPortal()} dataset=${DS}><od-table page-size="5"></od-table></od-dataset>
      </div></div>`);
    const ds = page.querySelector('od-dataset')!;
    const table = page.querySelector('od-table')!;
    await waitState(table, 'ready');
    const ref = page.querySelector('#ref')!.getBoundingClientRect();
    const box = ds.getBoundingClientRect();
    expect(box.width).to.equal(ref.width);
    expect(box.left).to.equal(ref.left);
    const t = table.getBoundingClientRect();
    expect(t.width).to.be.at.most(ref.width);
    expect(t.left).to.be.at.least(ref.left);
  });

  it('shrinks as a grid item instead of widening the grid column', async () => {
    const page = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 600px">
      <od-dataset portal=${freshPortal()} dataset=${DS}><od-table page-size="5"></od-table></od-dataset>
      <p>Colonne voisine.</p></div>`);
    const table = page.querySelector('od-table')!;
    await waitState(table, 'ready');
    expect(page.querySelector('od-dataset')!.getBoundingClientRect().width).to.be.at.most(300);
    expect(table.getBoundingClientRect().width).to.be.at.most(300);
    expect(page.scrollWidth).to.be.at.most(600);
  });
});
