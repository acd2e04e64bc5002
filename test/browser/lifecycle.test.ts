// The linked-widget lifecycle of OdElement, run on every tag of the registry: no context (an alert naming what
// is missing), a context that appears later (the widget links and shows data), detached and re-attached (no false
// alert meanwhile, and what changed meanwhile is shown on return). A new registry entry is covered at once.
import { expect } from '@open-wc/testing';
import { ENTRIES } from '../../src/registry.js';
import { DATASET, PORTAL, cleanup, deepText, hasState, mount, until } from './suite-helpers.js';

/** Attributes that make each widget query something typical of the test dataset (default: none). */
const ATTRS: Record<string, string> = {
  'od-table': 'page-size="5" fields="nom_lieu,com_lieu"',
  'od-kpi': 'value="count(*)"',
  'od-chart': 'type="bar" x="com_lieu"',
  'od-map': 'style="--od-map-height:200px"',
  'od-facets': 'fields="com_lieu"',
  'od-daterange': 'field="date_maj"',
  'od-select': 'field="com_lieu"',
};
const LINKED = ENTRIES.filter(([, e]) => e.preset?.needsDataset).map(([tag]) => tag);
const dataset = (id = '') => `<od-dataset ${id ? `id="${id}" ` : ''}portal="${PORTAL}" dataset="${DATASET}"></od-dataset>`;

const alertOf = (el: Element) => el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
const settled = (el: Element) => (hasState(el, 'ready') || hasState(el, 'empty')) && !alertOf(el);
/** What a visitor perceives of a widget: its text, its links and its fields' values. */
const seen = (el: Element) => [deepText(el), ...[...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
  ...[...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((i) => i.value)].join('|');

describe('linked-widget lifecycle, for every registered tag', () => {
  afterEach(cleanup);

  it('covers every linked tag of the registry', () => {
    expect(LINKED.length).to.be.at.least(9);
  });

  for (const tag of LINKED) {
    const attrs = ATTRS[tag] ?? '';

    it(`<${tag}> without a context says so in French and is in the error state`, async () => {
      const el = mount(`<${tag} ${attrs}></${tag}>`).firstElementChild!;
      await until('the alert', () => !!alertOf(el));
      expect(alertOf(el)).to.contain(`<${tag}> doit être placé dans un élément <od-dataset>`);
      expect(hasState(el, 'error')).to.equal(true);
      const named = mount(`<${tag} source="absent" ${attrs}></${tag}>`).firstElementChild!;
      await until('the alert', () => !!alertOf(named));
      expect(alertOf(named)).to.contain('Source introuvable : aucun élément <od-dataset id="absent">');
    });

    it(`<${tag}> links to a context that appears later, by source or as an ancestor`, async () => {
      const id = `later-${tag}`;
      const el = mount(`<${tag} source="${id}" ${attrs}></${tag}>`).firstElementChild!;
      await until('the missing-source alert', () => alertOf(el).includes(id));
      mount(dataset(id));
      await until('data after the context appeared', () => settled(el));

      const moved = mount(`<${tag} ${attrs}></${tag}>`).firstElementChild!;
      await until('the no-context alert', () => !!alertOf(moved));
      const ctx = mount(dataset()).firstElementChild!;
      ctx.append(moved); // a CMS moving the block into the context
      await until('data once inside the context', () => settled(moved));
    });

    it(`<${tag}> detached and re-attached shows no false alert, then the view changed meanwhile`, async () => {
      const ctx = mount(dataset()).firstElementChild as HTMLElementTagNameMap['od-dataset'];
      ctx.innerHTML = `<${tag} ${attrs}></${tag}>`;
      const el = ctx.firstElementChild!;
      await until('first data', () => settled(el));
      const before = seen(el);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
      try {
        el.remove();
        // A date filter shows its own slot of the view, not the search: change that slot for it.
        if (tag === 'od-daterange') ctx.setDateRange('date_maj', { preset: 'year' });
        else ctx.setQuery('zzzz-aucune-correspondance');
        await ctx.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        expect(alertOf(el), 'alert while detached').to.equal('');
        expect(seen(el), 'changed while detached').to.equal(before);
        ctx.append(el);
        await until('the new view', () => settled(el) && seen(el) !== before);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes(tag))).to.deep.equal([]);
    });
  }

  it('<od-dataset> detached keeps a base filter changed meanwhile and its widgets show it on return', async () => {
    const box = mount(`<od-dataset portal="${PORTAL}" dataset="${DATASET}"><od-kpi value="count(*)"></od-kpi></od-dataset>`);
    const ctx = box.firstElementChild as HTMLElementTagNameMap['od-dataset'];
    const kpi = ctx.firstElementChild!;
    await until('the count', () => settled(kpi));
    const value = () => kpi.shadowRoot!.querySelector('[part~="value"]')?.textContent?.trim();
    const before = value();
    expect(before).to.match(/^[1-9]/);
    ctx.remove();
    ctx.where = 'id_lieu = "aucune-aire"';
    await new Promise((r) => requestAnimationFrame(r));
    box.append(ctx);
    await until('a count of zero', () => settled(kpi) && value() === '0');
  });

  it('<od-catalog> detached keeps a sort changed meanwhile (no context needed)', async () => {
    const cat = mount(`<od-catalog portal="${PORTAL}" page-size="3" facets=""></od-catalog>`).firstElementChild as HTMLElementTagNameMap['od-catalog'];
    await until('the list', () => settled(cat));
    const titles = () => [...cat.shadowRoot!.querySelectorAll('[part~="dataset-title"]')].map((h) => h.textContent!.trim());
    const box = cat.parentElement!;
    cat.remove();
    cat.sort = 'title';
    await new Promise((r) => requestAnimationFrame(r));
    box.append(cat);
    await until('titles in alphabetical order', () => {
      const t = titles();
      return settled(cat) && t.length === 3 && t.join() === [...t].sort((a, b) => a.localeCompare(b, 'fr')).join();
    });
  });

  it('<od-catalog> and <od-dataset> without a portal say so in French', async () => {
    const meta = document.querySelector('meta[name="od-portal"]');
    expect(meta, 'a page default portal would hide the problem').to.equal(null);
    const box = mount('<od-catalog></od-catalog><od-dataset dataset="x"></od-dataset>');
    for (const el of box.children) {
      await until('the alert', () => !!alertOf(el));
      expect(alertOf(el)).to.contain('Aucun portail de données indiqué');
    }
  });
});
