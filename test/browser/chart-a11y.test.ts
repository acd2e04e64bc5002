// Charts beyond axe: labels stay attached to their lines, nothing overlaps or is cut with WCAG 1.4.12 text
// spacing, every button has a distinct name, the summary is read once, and refining works from the data table.
import { expect } from '@open-wc/testing';
import type { OdChart } from '../../src/elements/chart/chart.js';
import { $, $$ } from './core-helpers.js';
import { DOT, POP, mountChart, openTable } from './chart-helpers.js';

type Item = { x: number; y: number; x2?: number; y2?: number; dx?: number; datum: Record<string, unknown>; text?: string };
/** The scenegraph items of one mark type (vega's own positions, in the plot's coordinates). */
function items(chart: OdChart, type: string): Item[] {
  const out: Item[] = [];
  const walk = (node: { marktype?: string; items?: unknown[] }) => {
    for (const it of (node.items ?? []) as ({ items?: unknown[] } & Item)[]) {
      if (node.marktype === type) out.push(it);
      walk(it as never);
    }
  };
  walk((chart.view as unknown as { scenegraph: () => { root: never } }).scenegraph().root);
  return out;
}

const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** WCAG 1.4.12's spacing, injected into the page and into every shadow root (as a visitor's bookmarklet does). */
function injectSpacing(root: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const el of [root, ...root.querySelectorAll('*')]) if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** SVG texts drawn outside the SVG (cut), and legend labels that overlap each other. */
function clipped(chart: OdChart): string[] {
  const svg = $(chart, '.vega svg') as unknown as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent);
  const out = texts.map((t) => [t, t.getBoundingClientRect()] as const)
    .filter(([, b]) => b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1)
    .map(([t]) => `cut: ${t.textContent}`);
  const legend = texts.filter((t) => t.closest('.role-legend-label'));
  for (let i = 0; i < legend.length; i++)
    for (let j = i + 1; j < legend.length; j++)
      if (overlap(legend[i].getBoundingClientRect(), legend[j].getBoundingClientRect())) out.push(`overlap: ${legend[i].textContent} / ${legend[j].textContent}`);
  return out;
}

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.body.style.width = '';
});

describe('od-chart beyond axe', function () {
  this.timeout(30000);

  it('joins every line-end label to its own line, however far the labels were pushed apart', async () => {
    // Five crowded series at the bottom (Ergué-Gabéric, Briec, Plomelin, Pluguffan, Autres): labels must move.
    const { chart } = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', top: '5' });
    const labels = items(chart, 'text').filter((t) => t.datum.last === true);
    const leaders = items(chart, 'rule').filter((r) => r.datum.last === true);
    const ends = items(chart, 'symbol').filter((p) => p.datum.last === true);
    expect(labels.length).to.equal(6);
    expect(labels.some((l) => Math.abs(Number(l.datum.ly) - Number(l.datum.ay)) > 1)).to.equal(true, 'some label was moved');
    for (const label of labels) {
      const s = label.datum.s;
      const end = ends.find((p) => p.datum.s === s)!;
      const leader = leaders.find((r) => r.datum.s === s)!;
      expect(leader, `leader of ${String(s)}`).to.not.equal(undefined);
      // From the end point of this series' line…
      expect(Math.abs(leader.y - end.y)).to.be.below(1.5);
      expect(leader.x - end.x).to.be.within(0, 10);
      // …to this label.
      expect(Math.abs(leader.y2! - label.y)).to.be.below(1.5);
      expect(label.x + (label.dx ?? 0) - leader.x2!).to.be.within(0, 6);
    }
  });

  for (const width of [320, 480, 1000])
    it(`keeps legends apart and titles whole with WCAG 1.4.12 text spacing (${width} px)`, async () => {
      document.body.style.width = `${width}px`;
      const line = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', top: '5' });
      const bars = await mountChart({ type: 'bar', horizontal: true, stacked: true, x: 'categorie', y: 'sum(montant_sub)', series: 'dotation' }, { dataset: DOT });
      expect(clipped(line.chart)).to.deep.equal([]);
      expect(clipped(bars.chart)).to.deep.equal([]);
      for (const { chart } of [line, bars]) {
        const redrawn = new Promise((r) => chart.addEventListener('od-chart-ready', r, { once: true }));
        injectSpacing(chart);
        await redrawn;
        expect(getComputedStyle($(chart, '.vega svg text')!).letterSpacing).to.not.equal('normal');
        expect(clipped(chart)).to.deep.equal([]);
      }
      // The value title under horizontal bars is whole (not "…(€) (somme").
      expect($$(bars.chart, '.vega svg text').map((t) => t.textContent).join(' ')).to.match(/Montant de la ?subvention ?\(€\) ?\(somme\)/);
    });

  it('names each action with the chart title, links the summary once, and refines from the data table', async () => {
    const a = await mountChart({ type: 'bar', x: 'nom', y: 'sum(population_municipale)', caption: 'Population par commune', 'refine-on-click': true }, { where: 'millesime = 2023' });
    const b = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)', caption: 'Évolution' }, { dataset: POP });
    const names = [a, b].flatMap(({ chart }) => $$(chart, '[part~="actions"] button').map((x) => x.textContent!.replace(/\s+/g, ' ').trim()));
    expect(names).to.include('Image PNG : Population par commune').and.to.include('Données CSV : Évolution').and.to.include('Voir les données : Évolution');
    expect(new Set(names).size).to.equal(names.length);
    const plot = $(a.chart, '[part~="plot"]')!;
    expect(plot.getAttribute('role')).to.equal('img');
    expect(plot.getAttribute('aria-label')).to.contain('Population');
    expect(plot.hasAttribute('aria-describedby')).to.equal(false);
    expect(a.chart.shadowRoot!.getElementById(plot.getAttribute('aria-details')!)!.getAttribute('part')).to.equal('summary');
    expect($(a.chart, '.vega svg')!.closest('[aria-hidden="true"]')).to.not.equal(null);
    // Keyboard path to refining: the data table's category buttons.
    await openTable(a.chart);
    const region = $(a.chart, '[part~="data"]')!;
    expect([region.getAttribute('role'), region.getAttribute('tabindex'), region.getAttribute('aria-label')]).to.deep.equal(['region', '0', 'Données : Population par commune']);
    const quimper = $$(a.chart, 'tbody th button').find((x) => x.textContent === 'Quimper')!;
    quimper.click();
    await a.chart.updateComplete;
    expect(a.ctx.state.refine.nom).to.deep.equal(['Quimper']);
  });
});
