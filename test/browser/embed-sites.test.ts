// The demo sites: two commune pages with the same widgets show each commune's own data (`commune=`) under
// their own branding.
import { expect, waitUntil } from '@open-wc/testing';

async function site(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '800px';
  frame.src = path;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('od-kpi')?.shadowRoot?.textContent?.match(/\d/), 'KPI', { timeout: 20000 });
  return frame.contentDocument!;
}
const kpi = (d: Document) => d.querySelector('od-kpi')!.shadowRoot!.textContent!.replace(/\s+/g, '');
const accent = (d: Document) => getComputedStyle(d.querySelector('od-table')!).getPropertyValue('--od-color-accent').trim();
const places = (d: Document) => [...(d.querySelectorAll('od-table')[0]?.shadowRoot?.querySelectorAll('tbody tr') ?? [])];

afterEach(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

describe('demo commune sites', () => {
  it('Quimper and Locronan show their own population and place names, in their own colours', async () => {
    const quimper = await site('/demo/sites/quimper.html');
    const locronan = await site('/demo/sites/locronan.html');
    // Population municipale from qbo-communes, scoped by commune=29232 / 29134.
    expect(kpi(quimper)).to.contain('64385');
    expect(kpi(locronan)).to.contain('829');
    await waitUntil(() => places(quimper).length > 0 && places(locronan).length > 0, 'place names', { timeout: 20000 });
    expect(places(locronan).map((r) => r.textContent).join(' ')).to.contain('Lokorn');
    expect(places(quimper).map((r) => r.textContent).join(' ')).not.to.contain('Lokorn');
    expect(accent(quimper)).to.equal('#1d3f8f');
    expect(accent(locronan)).to.equal('#2f6b3a');
  });
});
