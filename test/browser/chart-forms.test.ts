// <od-chart> forms for budgets and newsrooms: « Autres » shown or hidden, the treemap, reference rules and marked
// points, and series from two linked contexts. Expected figures come from the data file
// (portal/data/qbo-population-historique), not from the portal.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdChart } from '../../src/elements/chart/chart.js';
import { $, $$, freshPortal } from './core-helpers.js';
import { POP, marks, mountChart, openTable, svgTexts, tableRows } from './chart-helpers.js';
import { csvRows, sumBy } from './data-files.js';

const fold = (s: string) => s.replace(/\s/g, ' ');
const nf = (v: number) => fold(new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(v));
const summary = (c: Element) => fold($(c, '[part~="summary"]')!.textContent!).replace(/ +/g, ' ');
const fills = (c: Element) => marks(c, 'rect').map((p) => p.getAttribute('fill'));
const by2023 = async (keep: (r: Record<string, string>) => boolean = () => true) =>
  [...sumBy(await csvRows(POP), 'nom', 'population_municipale', (r) => r.millesime === '2023' && keep(r))].sort((a, b) => b[1] - a[1]);

describe('od-chart: « Autres »', function () {
  this.timeout(60000);
  const where = 'millesime = 2023 and nom != "Quimper"';

  it('draws « Autres » last and muted, says how many it holds and that it outweighs the named ones', async () => {
    const expected = await by2023((r) => r.nom !== 'Quimper');
    const rest = expected.slice(3).reduce((a, [, v]) => a + v, 0);
    expect(rest).to.be.greaterThan(expected[0][1]);
    const { chart } = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)', top: '3' }, { where });
    await openTable(chart);
    expect(tableRows(chart).slice(1).map((r) => r[0])).to.deep.equal([...expected.slice(0, 3).map(([n]) => n), 'Autres']);
    expect(tableRows(chart).at(-1)![1]).to.equal(nf(rest));
    const colours = fills(chart);
    expect(colours).to.have.length(4);
    expect(new Set(colours.slice(0, 3)).size).to.equal(1);
    expect(colours.filter((c) => c === '#8c8c8c')).to.have.length(1);
    expect(summary(chart)).to.contain(`${expected.length - 3} catégories regroupées dans « Autres ».`);
    expect(summary(chart)).to.contain(`« Autres » (${nf(rest)}) dépasse chaque catégorie nommée`);
    // the lowest and highest values of the summary are named categories
    expect(summary(chart)).to.contain(`la plus haute : ${nf(expected[0][1])} (${expected[0][0]})`);
  });

  it('others="hide" leaves it out of the drawing and the table, and the summary says how many are not shown', async () => {
    const expected = await by2023((r) => r.nom !== 'Quimper');
    const { chart } = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)', top: '3', others: 'hide' }, { where });
    await openTable(chart);
    expect(marks(chart, 'rect')).to.have.length(3);
    expect(svgTexts(chart)).not.to.include('Autres');
    expect(tableRows(chart).slice(1).map((r) => r[0])).to.deep.equal(expected.slice(0, 3).map(([n]) => n));
    expect(summary(chart)).to.contain(`${expected.length - 3} catégories de plus petite valeur non affichées.`);
  });
});

describe('od-chart: treemap', function () {
  this.timeout(60000);
  it('draws one rectangle per category, labels inside when they fit and never overlapping, with table and summary', async () => {
    const expected = await by2023();
    const { chart } = await mountChart({ type: 'treemap', x: 'nom', y: 'sum(population_municipale)' }, { where: 'millesime = 2023' });
    const rects = marks(chart, 'rect').map((p) => p.getBoundingClientRect());
    expect(rects).to.have.length(expected.length);
    const texts = $$(chart, '.vega svg text').filter((t) => t.textContent!.trim()).map((t) => ({ t: fold(t.textContent!), r: t.getBoundingClientRect() }));
    expect(texts.map((x) => x.t)).to.include(expected[0][0]);
    expect(texts.map((x) => x.t)).to.include(nf(expected[0][1]));
    for (const { t, r } of texts) {
      expect(rects.some((b) => r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5), `${t} outside its rectangle`).to.equal(true);
      for (const o of texts) if (o.r !== r) expect(Math.min(r.right, o.r.right) > Math.max(r.left, o.r.left) + 0.5 && Math.min(r.bottom, o.r.bottom) > Math.max(r.top, o.r.top) + 0.5, `${t} overlaps ${o.t}`).to.equal(false);
    }
    // the largest category gets the largest rectangle
    const areas = rects.map((b) => b.width * b.height);
    const quimper = texts.find((x) => x.t === expected[0][0])!.r;
    const biggest = rects[areas.indexOf(Math.max(...areas))];
    expect(quimper.left >= biggest.left && quimper.right <= biggest.right).to.equal(true);
    await openTable(chart);
    expect(tableRows(chart).slice(1).map((r) => [r[0], r[1]])).to.deep.equal(expected.map(([n, v]) => [n, nf(v)]));
    const total = expected.reduce((a, [, v]) => a + v, 0);
    expect(summary(chart)).to.contain(`Total : ${nf(total)} sur ${expected.length} catégories.`);
    expect($(chart, '[part~="plot"]')!.getAttribute('aria-label')).to.equal('Population municipale (somme) selon Nom');
    await expect(chart).to.be.accessible();
  });
});

describe('od-chart: reference rules and marked points', function () {
  this.timeout(60000);
  it('draws reference="64000:Seuil" and annotate="2020:Covid", and says both in the summary and under the table', async () => {
    const { chart } = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)', reference: '64000:Seuil', annotate: '2020:Covid' },
      { where: 'nom = "Quimper"' });
    const texts = svgTexts(chart).map(fold);
    expect(texts).to.include.members([`Seuil (${nf(64000)})`, 'Covid']);
    // our rules are dashed (grid lines and ticks are rules too, but plain)
    const rules = $$(chart, '.vega svg .mark-rule line[stroke-dasharray]').map((l) => l.getBoundingClientRect());
    expect(rules).to.have.length(2);
    // the vertical rule stands on the « 2020 » tick, the horizontal one between the lowest and highest values
    const vertical = rules.find((r) => r.width < 1)!;
    const tick = $$(chart, '.vega svg text').find((t) => t.textContent === '2020')!.getBoundingClientRect();
    expect(Math.abs(vertical.left - (tick.left + tick.width / 2))).to.be.below(2);
    const sentence = [`Repère « Seuil » : ${nf(64000)}.`, '2020 : Covid.'];
    for (const s of sentence) expect(summary(chart)).to.contain(s);
    await openTable(chart);
    expect(fold($(chart, '[part~="note"]')!.textContent!)).to.equal(sentence.join(' '));
  });

  it('refuses a reference that is not a number, naming the attribute', async () => {
    const { chart } = await mountChart({ type: 'bar', x: 'nom', reference: 'beaucoup:Seuil' }, { wait: false });
    await waitUntil(() => $(chart, '[part~="error"]')?.textContent?.includes('reference'), 'no configuration message');
    expect($(chart, '[part~="error"]')!.textContent).to.contain('« beaucoup:Seuil »');
  });
});

describe('od-chart: series from two linked contexts', function () {
  this.timeout(60000);
  it('draws one series per <od-dataset> of sources= on a shared x axis, each with its own source line', async () => {
    const rows = await csvRows(POP);
    const quimper = sumBy(rows, 'millesime', 'population_municipale', (r) => r.nom === 'Quimper');
    const qbo = sumBy(rows, 'millesime', 'population_municipale');
    const portal = freshPortal();
    const wrap = await fixture<HTMLElement>(html`<div>
      <od-dataset id="pq" title="Quimper" portal=${portal} dataset=${POP} where='nom = "Quimper"'></od-dataset>
      <od-dataset id="pb" title="QBO" portal=${portal} dataset=${POP}></od-dataset>
      <od-chart sources="pq pb" type="line" x="millesime" y="sum(population_municipale)"></od-chart></div>`);
    const chart = wrap.querySelector('od-chart') as OdChart;
    await oneEvent(chart, 'od-chart-ready');
    expect(marks(chart, 'line')).to.have.length(2);
    await openTable(chart);
    const table = tableRows(chart);
    expect(table[0]).to.deep.equal(['Millésime', 'QBO', 'Quimper']);
    expect(table.slice(1)).to.deep.equal([...qbo.keys()].sort().map((y) => [y, nf(qbo.get(y)!), nf(quimper.get(y)!)]));
    const lines = $$(chart, '[part~="source-line"]').map((li) => fold(li.textContent!).replace(/ +/g, ' ').trim());
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^Quimper : .*Source : INSEE/);
    expect(lines[1]).to.match(/^QBO : .*Source : INSEE/);
    expect(summary(chart)).to.contain(`Quimper : ${nf(quimper.get('2023')!)} en 2023`);
    // a filter on one context changes only its own series
    (wrap.querySelector('#pb') as unknown as { setQuery(q: string): void }).setQuery('Briec');
    await oneEvent(chart, 'od-chart-ready');
    await openTable(chart);
    const briec = sumBy(rows, 'millesime', 'population_municipale', (r) => r.nom === 'Briec');
    expect(tableRows(chart).slice(1).map((r) => r.slice(1).sort())).to.deep.equal([...qbo.keys()].sort().map((y) => [nf(briec.get(y)!), nf(quimper.get(y)!)].sort()));
  });
});
