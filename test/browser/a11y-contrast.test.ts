// RGAA 3.2 beyond axe: every text run of every widget, charts' SVG text included, reaches 4.5:1 (3:1 large) on what
// is really behind it, on a light page, on a #121212 page, and with the dark theme; an unreadable combination set
// by the webmaster is reported in the console.
import { expect } from '@open-wc/testing';
import { DATA_ELEMENTS, cleanup, markupOf, mount, waitState, hasState } from './suite-helpers.js';
import { failing, textRuns } from './a11y-helpers.js';
import { warnUnreadable } from '../../src/core/colour.js';

const EXTRA = ['<od-search label="Rechercher un lieu"></od-search>', '<od-filters></od-filters>',
  '<od-share></od-share>', '<od-kpis><od-kpi value="count(*)" label="aires"></od-kpi></od-kpis>'];
const markup = () => [
  ...DATA_ELEMENTS.map((c) => markupOf(c)),
  `<od-dataset portal="${location.origin}" dataset="qbo-population-historique"><od-chart type="line" x="millesime" y="sum(population_municipale)" series="nom" top="3" title="Population"></od-chart>${EXTRA.join('')}</od-dataset>`,
].join('');

async function dashboard(page: { background: string; theme?: string }): Promise<HTMLElement> {
  document.body.style.background = page.background;
  const div = mount(markup());
  if (page.theme) div.querySelectorAll('od-dataset').forEach((d) => d.setAttribute('theme', page.theme!));
  const widgets = [...div.querySelectorAll('*')].filter((e) => e.localName.startsWith('od-') && !['od-dataset', 'od-kpis'].includes(e.localName));
  await Promise.all(widgets.map(async (w) => {
    if (['od-search', 'od-filters', 'od-share'].includes(w.localName)) return;
    await waitState(w, 'ready', 20000).catch(() => { if (!hasState(w, 'empty')) throw new Error(`<${w.localName}> not ready`); });
  }));
  // Charts: their drawing; the theme's sheet: applied.
  await Promise.all([...div.querySelectorAll('od-chart')].map((c) => waitFor(() => !!c.shadowRoot!.querySelector('.vega svg text'))));
  if (page.theme) await waitFor(() => getComputedStyle(div.querySelector('od-table')!).colorScheme === 'dark');
  return div;
}

async function waitFor(ok: () => boolean, timeout = 15000): Promise<void> {
  const end = performance.now() + timeout;
  while (!ok()) {
    if (performance.now() > end) throw new Error('timeout');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

afterEach(() => {
  cleanup();
  document.body.style.background = '';
});

describe('contrast of every text run (RGAA 3.2)', function () {
  this.timeout(60000);

  for (const page of [{ name: 'a light page', background: '#ffffff' }, { name: 'a #121212 page', background: '#121212' },
    { name: 'a #121212 page with theme="dark"', background: '#121212', theme: 'dark' }]) {
    it(`every widget is readable on ${page.name}`, async () => {
      const div = await dashboard(page);
      const runs = textRuns(div);
      expect(runs.length).to.be.greaterThan(150);
      // SVG text of the charts counts too.
      expect(runs.filter((r) => r.where.startsWith('od-chart text')).length).to.be.greaterThan(10);
      expect(failing(runs)).to.deep.equal([]);
    });
  }

  it('warns the webmaster in French when the text colour is unreadable on what is behind the widget', async () => {
    document.body.style.background = '#121212';
    const div = mount(`<od-dataset portal="${location.origin}" dataset="qbo-communes" style="--od-color-surface: transparent"><od-search></od-search></od-dataset>`);
    const search = div.querySelector('od-search') as HTMLElement & { updateComplete: Promise<unknown> };
    await search.updateComplete;
    const warnings = warnUnreadable(search);
    expect(warnings.join('\n')).to.match(/<od-search> : le texte \(#1e1e1e, --od-color-text\) est peu lisible sur le fond #121212 : contraste 1,\d+:1, il faut au moins 4,5:1/);
    expect(warnings.join('\n')).to.contain('theme="dark"');
    (div.firstElementChild as HTMLElement).style.removeProperty('--od-color-surface');
    expect(warnUnreadable(search)).to.deep.equal([]);
  });
});
