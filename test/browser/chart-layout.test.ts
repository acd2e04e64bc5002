// Every chart of the demo pages, at 320, 375, 768 and 1280 px: no two SVG texts overlap, no text leaves the
// drawing, no axis title is cut, the plot keeps at least 180 px of height (and horizontal bars at least 60 % of
// the width), and no chart is wider than the screen. The pages' markup is read from demo/ as it is.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdChart } from '../../src/elements/chart/chart.js';

const PAGES = ['/demo/charts.html', '/demo/sites/qbo.html', '/demo/sites/quimper.html', '/demo/sites/locronan.html'];
const WIDTHS = [320, 375, 768, 1280];

/** The page's stylesheets and body, without its scripts; the article's iframe becomes the chart it embeds. */
async function mountPage(path: string): Promise<HTMLElement> {
  const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
  const root = document.createElement('div');
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = new URL(link.getAttribute('href')!, location.origin + path).href;
    root.append(l);
  }
  for (const s of doc.querySelectorAll('script, iframe')) s.remove();
  for (const m of doc.querySelectorAll('meta[name="od-portal"]')) document.head.append(m.cloneNode());
  root.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  document.body.append(root);
  return root;
}

/** The article's chart, rebuilt from its iframe's URL parameters (what the embed page does). */
async function mountArticle(): Promise<HTMLElement> {
  const doc = new DOMParser().parseFromString(await (await fetch('/demo/sites/article.html')).text(), 'text/html');
  const p = new URL(doc.querySelector('iframe')!.getAttribute('src')!, location.origin).searchParams;
  const root = document.createElement('div');
  const ctx = document.createElement('od-dataset');
  ctx.setAttribute('dataset', p.get('dataset')!);
  const chart = document.createElement('od-chart');
  for (const [k, v] of p) if (k.startsWith('od-chart.')) chart.setAttribute(k.slice(9), v);
  chart.setAttribute('title', p.get('title') ?? '');
  ctx.append(chart);
  root.append(ctx);
  document.body.append(root);
  return root;
}

/** Opacity of an SVG element with its ancestors (vega hides thinned-out axis labels with opacity 0). */
function opacity(el: Element): number {
  let o = 1;
  for (let e: Element | null = el; e && e.localName !== 'svg'; e = e.parentElement) o *= Number(e.getAttribute('opacity') ?? 1) * Number(getComputedStyle(e).opacity);
  return o;
}

function problems(chart: OdChart, width: number): string[] {
  const svg = chart.shadowRoot!.querySelector('.vega svg')!;
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() && opacity(t) > 0)
    .map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect(), title: !!t.closest('.role-axis-title') }));
  const out: string[] = [];
  const name = `${chart.getAttribute('caption') || chart.getAttribute('title')} @${width}`;
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i];
    if (a.r.left < box.left - 1 || a.r.right > box.right + 1 || a.r.top < box.top - 1 || a.r.bottom > box.bottom + 1) out.push(`${name}: « ${a.text} » leaves the drawing`);
    if (a.title && a.text.includes('…')) out.push(`${name}: axis title cut: « ${a.text} »`);
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j];
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left), y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 0.5 && y > 0.5) out.push(`${name}: « ${a.text} » overlaps « ${b.text} »`);
    }
  }
  const view = chart.view!;
  if (view.height() < 180) out.push(`${name}: plot ${view.height()} px high`);
  if (chart.drawn?.horizontal && view.width() < 0.6 * box.width) out.push(`${name}: bars get ${Math.round(view.width())} of ${Math.round(box.width)} px`);
  return out;
}

/** Every chart drawn at its container's current width. */
const settled = (charts: OdChart[]) => charts.every((c) => {
  const svg = c.shadowRoot?.querySelector('.vega svg');
  const plot = c.shadowRoot?.querySelector<HTMLElement>('.plot');
  return svg && plot && c.view && Math.abs(svg.getBoundingClientRect().width - plot.clientWidth) < 3;
});

describe('od-chart: readable from 320 px to 1280 px on the demo pages', function () {
  this.timeout(90000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const page of [...PAGES, 'article'])
    it(`${page}: labels apart, plot area kept, within the screen`, async () => {
      await setViewport({ width: WIDTHS[0], height: 800 });
      const root = page === 'article' ? await mountArticle() : await mountPage(page);

      try {
        const charts = [...root.querySelectorAll<OdChart>('od-chart')];
        expect(charts.length).to.be.greaterThan(0);
        const found: string[] = [];
        for (const width of WIDTHS) {
          await setViewport({ width, height: 800 });
          await waitUntil(() => settled(charts), `charts not redrawn at ${width} px: ${charts.map((c) => c.getAttribute('data-state') + ':' + !!c.view).join()}`, { timeout: 30000 });
          for (const c of charts) found.push(...problems(c, width));
          // (Only the charts: at 320 px the QBO page's <od-search> form is wider than the screen, a separate matter.)
          for (const c of charts) expect(c.getBoundingClientRect().right, `chart wider than the screen at ${width} px`).to.be.at.most(width);
        }
        expect(found).to.deep.equal([]);
      } finally {
        root.remove();
      }
    });
});
