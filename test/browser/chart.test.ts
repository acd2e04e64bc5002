// <od-chart> against the local portal: every chart type draws from one group_by answer; the data table, summary
// and labels say the same thing in the visitor's language.
import { expect } from '@open-wc/testing';
import type { View } from 'vega';
import { $, $$, apiRequests } from './core-helpers.js';
import { DOT, POP, frNumber, marks, mountChart, openTable, portalGroups, svgTexts, tableRows } from './chart-helpers.js';

const Y2023 = 'millesime = 2023';

describe('od-chart: types', function () {
  this.timeout(60000); // the first test loads vega through the dev server on a busy machine
  it('draws a vertical bar per group, from one group_by request sized by the groups', async () => {
    const { chart, portal } = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)' }, { where: Y2023 });
    expect(marks(chart, 'rect')).to.have.length(14);
    const records = (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records'));
    expect(records).to.have.length(1);
    expect(records[0].searchParams.get('group_by')).to.equal('`nom` as x');
    expect(records[0].searchParams.get('select')).to.equal('sum(`population_municipale`) as y');
    expect(records[0].searchParams.get('where')).to.equal(Y2023);
    // bars are sorted by decreasing value by default: the first axis label is the largest commune
    const labels = svgTexts(chart);
    expect(labels.indexOf('Quimper')).to.be.lessThan(labels.indexOf('Locronan'));
  });

  it('draws horizontal bars (categories on the y axis)', async () => {
    const { chart } = await mountChart({ type: 'bar', horizontal: true, x: 'nom', y: 'sum(population_municipale)' }, { where: Y2023 });
    const bars = marks(chart, 'rect').map((p) => p.getBoundingClientRect());
    expect(bars).to.have.length(14);
    // horizontal: bars are wider than tall and share their left edge
    expect(bars.every((b) => Math.abs(b.left - bars[0].left) < 1)).to.equal(true);
    expect(bars[0].width).to.be.greaterThan(bars[0].height);
  });

  it('draws grouped and stacked bars per series, told apart by dashes as well as colour', async () => {
    const groups = await portalGroups(DOT, { select: 'count(*) as y', group_by: 'dotation as x, echelon as s' });
    for (const stacked of [false, true]) {
      const { chart } = await mountChart({ type: 'bar', x: 'dotation', series: 'echelon', stacked }, { dataset: DOT });
      const bars = marks(chart, 'rect');
      expect(bars).to.have.length(groups.length);
      const dashes = new Set(bars.map((b) => b.getAttribute('stroke-dasharray') ?? 'none'));
      expect(dashes.size).to.equal(3); // three series (commune, epci, conseil_departemental)
      const lefts = new Set(bars.map((b) => Math.round(b.getBoundingClientRect().left)));
      // grouped: one column per bar; stacked: one column per category
      expect(lefts.size).to.equal(stacked ? 3 : groups.length);
      await openTable(chart);
      expect(tableRows(chart)[0]).to.deep.equal(['Dotation', 'commune', 'epci', 'conseil_departemental']);
      await expect(chart).to.be.accessible();
    }
  });

  it('draws one line per series with point shapes and direct labels', async () => {
    const { chart } = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', top: '3' });
    expect(marks(chart, 'line')).to.have.length(4); // three communes + "Autres"
    const texts = svgTexts(chart);
    for (const name of ['Quimper', 'Ergué-Gabéric', 'Briec', 'Autres']) expect(texts).to.include(name);
    expect(texts).to.include.members(['2019', '2023']);
  });

  it('draws a stacked area on a time axis cut by year', async () => {
    const { chart } = await mountChart({ type: 'area', x: 'year(date_maj)', y: 'count(*)' }, { dataset: 'finistere-aires-covoiturage' });
    expect(marks(chart, 'area')).to.have.length(1);
    expect(svgTexts(chart)).to.include.members(['2019', '2023']);
  });

  it('draws a pie and a donut with an "Autres" slice and direct labels with shares', async () => {
    const pie = await mountChart({ type: 'pie', x: 'dotation', y: 'sum(montant_sub)' }, { dataset: DOT });
    expect(marks(pie.chart, 'arc')).to.have.length(3);
    const groups = await portalGroups(DOT, { select: 'sum(montant_sub) as y', group_by: 'dotation as x' });
    const total = groups.reduce((a, g) => a + Number(g.y), 0);
    const detr = Number(groups.find((g) => g.x === 'DETR')!.y) / total;
    const share = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(detr);
    expect(svgTexts(pie.chart)).to.include(`DETR (${share})`);
    const donut = await mountChart({ type: 'donut', x: 'nom', y: 'sum(population_municipale)', top: '4' }, { where: Y2023 });
    expect(marks(donut.chart, 'arc')).to.have.length(5);
    expect(svgTexts(donut.chart).some((t) => t.startsWith('Autres ('))).to.equal(true);
    await expect(donut.chart).to.be.accessible();
  });

  it('draws a pie whose slices are too thin to label as bars, every category named', async () => {
    // DSID holds 1 project of 293: its slice could not carry a label next to its neighbours'.
    const { chart } = await mountChart({ type: 'pie', x: 'dotation', y: 'count(*)' }, { dataset: DOT });
    expect(chart.drawn?.type).to.equal('bar');
    expect(marks(chart, 'arc')).to.have.length(0);
    expect(marks(chart, 'rect')).to.have.length(3);
    expect(svgTexts(chart)).to.include.members(['DETR', 'DSIL', 'DSID']);
  });

  it('draws a scatter plot of numbers (one point per group)', async () => {
    const groups = await portalGroups(DOT, { select: 'avg(pct_sub) as y', group_by: 'pop19 as x' });
    const { chart } = await mountChart({ type: 'scatter', x: 'pop19', y: 'avg(pct_sub)' }, { dataset: DOT });
    expect(marks(chart, 'symbol')).to.have.length(groups.length);
  });
});

describe('od-chart: data, summary and labels', function () {
  this.timeout(60000);
  it('shows the same data in the table as in the chart, and as the portal computes them', async () => {
    const { chart } = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)', sort: 'label' }, { where: Y2023 });
    const toggle = $(chart, '[part~="toggle-button"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(chart, '[part~="data"]')!.hidden).to.equal(true);
    await openTable(chart);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(chart, '[part~="data"]')!.hidden).to.equal(false);
    const [head, ...rows] = tableRows(chart);
    expect(head).to.deep.equal(['Nom', 'Population municipale (somme)']);
    const groups = await portalGroups(POP, { select: 'sum(population_municipale) as y', group_by: 'nom as x', where: Y2023 });
    const expected = groups.map((g) => [g.x, g.y]).sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'fr'));
    expect(rows.map(([x, y]) => [x, frNumber(y)])).to.deep.equal(expected);
    const drawn = ((chart.view as View).data('table') as { x: string; y: number; o: number }[]).sort((a, b) => a.o - b.o).map((d) => [d.x, d.y]);
    expect(drawn).to.deep.equal(expected);
    expect($$(chart, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
  });

  it('is a figure with a caption, a French labelled image, a summary linked to it (read once), and no English ARIA', async () => {
    const { chart } = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)' });
    const figure = $(chart, 'figure')!;
    expect(figure.querySelector('figcaption')!.textContent).to.contain('Population').and.to.contain('Source');
    const plot = $(chart, '[part~="plot"]')!;
    expect(plot.getAttribute('role')).to.equal('img');
    expect(plot.getAttribute('aria-label')).to.equal('Population municipale (somme) selon Millésime');
    // Linked as details, not as a description: the visible summary is read once, not twice.
    expect(plot.hasAttribute('aria-describedby')).to.equal(false);
    const summary = chart.shadowRoot!.getElementById(plot.getAttribute('aria-details')!)!;
    expect(summary.textContent).to.match(/Dernière valeur \(2023\) : 102\u202f542\. Tendance : en hausse de 1,5\s%/);
    const aria = $$(chart, '*').flatMap((el) => ['aria-label', 'aria-roledescription', 'aria-description'].map((a) => el.getAttribute(a) ?? ''));
    expect(aria.join(' ')).to.not.match(/visualization|axis|titled|scale|Vega/i);
    expect($(chart, '.vega svg')!.closest('[aria-hidden="true"]')).to.not.equal(null);
    // French number format on the axis: narrow no-break space for thousands
    expect(svgTexts(chart).some((t) => /^\d{2,3}\u202f000$/.test(t))).to.equal(true);
    await expect(chart).to.be.accessible();
    await openTable(chart);
    await expect(chart).to.be.accessible();
  });

  it('speaks English and Breton', async () => {
    const en = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)' }, { where: Y2023, lang: 'en' });
    expect($(en.chart, '[part~="plot"]')!.getAttribute('aria-label')).to.equal('Population municipale (sum) by Nom');
    expect($(en.chart, '[part~="toggle-button"]')!.textContent!.trim()).to.match(/^Show the data : \S/);
    expect(svgTexts(en.chart).some((t) => /^\d{2},000$/.test(t))).to.equal(true);
    const br = await mountChart({ type: 'bar', x: 'nom', y: 'count(*)' }, { lang: 'br' });
    expect($(br.chart, '[part~="toggle-button"]')!.textContent!.trim()).to.match(/^Gwelet ar roadennoù : \S/);
    expect($(br.chart, '[part~="plot"]')!.getAttribute('aria-label')).to.equal('Niver a enrolladennoù hervez Nom');
  });

  it('keeps the N largest categories and merges the others into "Autres" in the table too', async () => {
    const { chart } = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)', top: '3' }, { where: Y2023 });
    await openTable(chart);
    const rows = tableRows(chart).slice(1);
    expect(rows.map((r) => r[0])).to.deep.equal(['Quimper', 'Ergué-Gabéric', 'Briec', 'Autres']);
    const all = await portalGroups(POP, { select: 'sum(population_municipale) as y', where: Y2023 });
    const total = rows.reduce((a, r) => a + frNumber(r[1]), 0);
    expect(total).to.equal(all[0].y);
    expect($(chart, '[part~="summary"]')!.textContent).to.contain('11 catégories regroupées dans « Autres »');
  });
});
