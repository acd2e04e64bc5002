// Helpers of the <od-chart> browser tests: mount a chart in a context, wait for its drawing, read its marks.
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { OdChart } from '../../src/elements/chart/chart.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, $$, freshPortal } from './core-helpers.js';

export const POP = 'qbo-population-historique';
export const DOT = 'finistere-dotations-investissement-2019';

export interface Mount { ctx: OdDataset; chart: OdChart; portal: string }

/** `<od-dataset>` around one `<od-chart>` with the given attributes; waits for the first drawing unless `wait: false`. */
export async function mountChart(attrs: Record<string, string | boolean>, opts: { dataset?: string; where?: string; portal?: string; lang?: string; wait?: boolean } = {}): Promise<Mount> {
  const portal = opts.portal ?? freshPortal();
  const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset=${opts.dataset ?? POP} where=${opts.where ?? ''} lang=${opts.lang ?? 'fr'}></od-dataset>`);
  const chart = document.createElement('od-chart') as OdChart;
  for (const [k, v] of Object.entries(attrs)) if (v !== false) chart.setAttribute(k, v === true ? '' : v);
  const ready = opts.wait === false ? undefined : oneEvent(chart, 'od-chart-ready');
  ctx.append(chart);
  if (ready) await ready;
  return { ctx, chart, portal };
}

/** Items of one vega mark type (`rect`, `line`, `arc`, `symbol`, `area`, `text`) drawn in the chart's SVG. */
export const marks = (chart: Element, type: string) => $$(chart, `.vega svg .mark-${type} > path, .vega svg .mark-${type} > text`);

/** Texts of the SVG (axis labels, direct labels). */
export const svgTexts = (chart: Element) => $$(chart, '.vega svg text').map((t) => t.textContent ?? '');

/** The data table as text rows (header first). */
export function tableRows(chart: Element): string[][] {
  return $$(chart, '[part~="data"] tr').map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Opens the data table with its button. */
export async function openTable(chart: OdChart): Promise<void> {
  const button = $(chart, '[part~="toggle-button"]') as HTMLButtonElement;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await chart.updateComplete;
}

/** Groups as the portal computes them, for comparison with what the chart shows. */
export async function portalGroups(dataset: string, params: Record<string, string>): Promise<Record<string, unknown>[]> {
  const qs = new URLSearchParams({ limit: params.group_by ? '1000' : '1', ...params });
  const res = await fetch(`/api/explore/v2.1/catalog/datasets/${dataset}/records?${qs}`);
  return (await res.json()).results;
}

/** Parses a French-formatted number ("64 385", "0,25"). */
export const frNumber = (s: string) => Number(s.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'));
