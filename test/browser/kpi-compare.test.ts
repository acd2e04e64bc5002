// <od-kpi> compare-field, thresholds and sparkline, and the <od-kpis> row. Expected figures come from the data
// file (portal/data/qbo-population-historique), not from the portal.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdKpi } from '../../src/elements/kpi/kpi.js';
import { contrast, parseColor } from '../../src/core/colour.js';
import { $, freshPortal, waitState } from './core-helpers.js';
import { csvRows, sumBy } from './data-files.js';

const POP = 'qbo-population-historique';
const text = (k: Element, part: string) => ($(k, `[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fr = new Intl.NumberFormat('fr-FR');
const fp = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
// text() folds every space (French numbers use narrow no-break spaces): expected numbers are folded the same way.
const nf = { format: (v: number) => fr.format(v).replace(/\s/g, ' ') };
const pct = { format: (v: number) => fp.format(v).replace(/\s/g, ' ') };

async function yearsOf(commune: string): Promise<[string, number][]> {
  const rows = await csvRows(POP);
  return [...sumBy(rows, 'millesime', 'population_municipale', (r) => r.nom === commune)].sort((a, b) => Number(b[0]) - Number(a[0]));
}

async function mountKpi(where: string, attrs: string): Promise<OdKpi> {
  const ctx = await fixture(`<od-dataset portal="${freshPortal()}" dataset="${POP}" where='${where}'>
    <od-kpi value="sum(population_municipale)" label="habitants" ${attrs}></od-kpi></od-dataset>`);
  const kpi = ctx.querySelector('od-kpi') as OdKpi;
  await waitState(kpi, 'ready');
  return kpi;
}

describe('od-kpi: comparison, thresholds, sparkline', () => {
  it('shows the latest period and its change against the previous one, in words with an arrow', async () => {
    const years = await yearsOf('Quimper');
    const [[last, v], [prev, p]] = years;
    const kpi = await mountKpi('nom = "Quimper"', 'compare-field="millesime"');
    expect(text(kpi, 'value')).to.equal(nf.format(v));
    expect(text(kpi, 'period')).to.equal(`en ${last}`);
    const change = (v - p) / p;
    const words = change > 0 ? 'En hausse :' : change < 0 ? 'En baisse :' : 'Stable :';
    const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '▶';
    const sign = change > 0 ? '+' : change < 0 ? '−' : '';
    expect(text(kpi, 'change')).to.equal(`${arrow} ${words} ${sign}${pct.format(Math.abs(change))} par rapport à ${prev}`);
    expect($(kpi, '[part~="change"] [aria-hidden="true"]')!.textContent).to.equal(arrow);
    await expect(kpi).to.be.accessible();
  });

  it('names the threshold reached, or the one missed, in text and in a colour that passes contrast', async () => {
    const [[, quimper]] = await yearsOf('Quimper');
    const [[, locronan]] = await yearsOf('Locronan');
    const bar = Math.floor(quimper / 1000) * 1000;
    const top = await mountKpi('nom = "Quimper"', `compare-field="millesime" thresholds="${bar}:Seuil atteint;${bar * 2}:Double"`);
    expect(text(top, 'threshold')).to.equal('Seuil atteint');
    const small = await mountKpi('nom = "Locronan"', `compare-field="millesime" thresholds="${locronan + 1}:Objectif"`);
    expect(text(small, 'threshold')).to.equal(`Seuil « Objectif » (${nf.format(locronan + 1)}) non atteint`);
    const one = await mountKpi('nom = "Locronan"', `compare-field="millesime" thresholds="${locronan}:Objectif"`);
    expect(text(one, 'threshold')).to.equal('Objectif');
    for (const [kpi, cls] of [[small, 'below'], [one, 'top']] as const) {
      const el = $(kpi, '[part~="threshold"]')!;
      expect(el.classList.contains(cls)).to.equal(true);
      const rgb = getComputedStyle(el).color.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
      const bg = getComputedStyle($(kpi, '[part~="kpi"]')!).backgroundColor;
      const surface = parseColor(bg.startsWith('rgba(0, 0, 0, 0)') ? '#ffffff' : bg) ?? [255, 255, 255];
      expect(contrast(rgb, surface)).to.be.at.least(4.5);
    }
  });

  it('draws a sparkline hidden from screen readers, its values in hidden text (oldest first)', async () => {
    const years = (await yearsOf('Quimper')).slice(0, 4).reverse();
    const kpi = await mountKpi('nom = "Quimper"', 'compare-field="millesime" sparkline="4"');
    const svg = $(kpi, '[part~="sparkline"] svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(4);
    expect(text(kpi, 'sparkline')).to.equal(`Évolution : ${years.map(([y, v]) => `${y} : ${nf.format(v)}`).join(' ; ')}.`);
  });

  it('refuses thresholds that do not parse, naming the attribute', async () => {
    const ctx = await fixture(`<od-dataset portal="${freshPortal()}" dataset="${POP}"><od-kpi thresholds="beaucoup"></od-kpi></od-dataset>`);
    const kpi = ctx.querySelector('od-kpi')!;
    await waitUntil(() => text(kpi, 'error').includes('thresholds'), 'no configuration message');
    expect(text(kpi, 'error')).to.contain('« beaucoup »');
  });
});

describe('od-kpis: a row of key figures', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  it('lines figures up with equal heights, and wraps them on a phone without sideways scroll', async () => {
    const row = await fixture<HTMLElement>(html`<od-dataset portal=${freshPortal()} dataset=${POP} where='nom = "Quimper"'><od-kpis>
      <od-kpi value="sum(population_municipale)" label="habitants" compare-field="millesime" sparkline></od-kpi>
      <od-kpi value="count(*)" label="millésimes"></od-kpi>
      <od-kpi value="max(population_totale)" label="population totale la plus haute"></od-kpi>
    </od-kpis></od-dataset>`);
    const kpis = [...row.querySelectorAll('od-kpi')];
    for (const k of kpis) await waitState(k, 'ready');
    await setViewport({ width: 1280, height: 800 });
    await new Promise(requestAnimationFrame);
    const wide = kpis.map((k) => k.getBoundingClientRect());
    expect(new Set(wide.map((r) => Math.round(r.top))).size).to.equal(1);
    expect(new Set(wide.map((r) => Math.round(r.height))).size).to.equal(1);
    const cards = kpis.map((k) => $(k, '[part~="kpi"]')!.getBoundingClientRect().height);
    expect(Math.max(...cards) - Math.min(...cards)).to.be.below(1);
    await setViewport({ width: 320, height: 800 });
    await new Promise(requestAnimationFrame);
    const narrow = kpis.map((k) => k.getBoundingClientRect());
    expect(new Set(narrow.map((r) => Math.round(r.top))).size).to.equal(3);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(Math.max(...narrow.map((r) => r.right))).to.be.at.most(320);
  });
});
