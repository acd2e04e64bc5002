// RGAA 10.11 (reflow): at 320 px CSS, the demo pages do not scroll sideways and no widget content is wider than its
// box, except inside a named, focusable scroll region (wide tables); chart data tables opened included.
import { expect, waitUntil } from '@open-wc/testing';
import { deepElements } from './suite-helpers.js';

const PAGES = ['/demo/sites/qbo.html', '/demo/sites/quimper.html', '/demo/catalogue.html', '/demo/charts.html'];

async function open(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '320px', height: '640px', border: '0' });
  frame.src = path;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.location.pathname === path && frame.contentDocument.readyState === 'complete', 'page', { timeout: 20000 });
  const doc = frame.contentDocument!;
  const drawn = (sel: string, done: string) => [...doc.querySelectorAll(sel)].every((w) => w.shadowRoot?.querySelector(`${done}, [part~="error"]`));
  await waitUntil(() => doc.querySelector('od-table, od-chart, od-catalog') && drawn('od-chart', '.vega svg') && drawn('od-table', 'tbody tr')
    && drawn('od-catalog', 'article'), 'widgets drawn', { timeout: 30000 });
  // Every chart's data table open: the widest content of a chart.
  for (const c of doc.querySelectorAll('od-chart')) (c.shadowRoot!.querySelector('[part~="toggle-button"][aria-expanded="false"]') as HTMLElement | null)?.click();
  await new Promise((r) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(r)));
  return doc;
}

/** Elements wider than their box that are not a named, focusable scroll region (visually hidden text aside). */
function overflowing(doc: Document): string[] {
  const out: string[] = [];
  for (const el of deepElements(doc.body)) {
    // Widget content only (the page's own headings are the page's); SVG text is checked by chart-a11y.test.ts.
    if (!(el.getRootNode() instanceof ShadowRoot) || el instanceof SVGElement || el.closest('.od-visually-hidden') || !el.clientWidth) continue;
    const cs = getComputedStyle(el);
    if (el.scrollWidth <= el.clientWidth + 1 || el.localName === 'svg' || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) continue;
    const region = ['auto', 'scroll'].includes(cs.overflowX) && el.getAttribute('tabindex') === '0' && !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
    if (!region) out.push(`<${(el.getRootNode() as ShadowRoot).host.localName}> ${el.localName}.${el.className} ${el.scrollWidth} px in ${el.clientWidth}`);
  }
  return out;
}

afterEach(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

describe('reflow at 320 px (RGAA 10.11)', function () {
  this.timeout(60000);
  for (const path of PAGES)
    it(`${path}: no sideways scroll, nothing wider than its box`, async () => {
      const doc = await open(path);
      expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      expect(overflowing(doc)).to.deep.equal([]);
    });
});
