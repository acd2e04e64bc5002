// The story pages (stories/<tag>.html, generated from custom-elements.json): every attribute of the element is a
// control, and changing one changes the live preview and the code shown.
import { expect, waitUntil } from '@open-wc/testing';

async function story(tag: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = `/stories/${tag}.html`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('form fieldset'), 'story controls', { timeout: 15000 });
  return frame.contentDocument!;
}

afterEach(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

describe('stories', () => {
  it('offers a control for every attribute the manifest lists (but the linking ones)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const decl = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === 'od-table');
    const doc = await story('od-table');
    for (const a of decl.attributes.filter((x: any) => x.name !== 'source')) {
      expect(doc.getElementById(`ctl-${a.name}`), a.name).not.to.equal(null);
      expect(doc.querySelector(`label[for="ctl-${a.name}"]`)!.textContent).to.contain(a.name);
    }
  });

  it('a control changes the preview and the code', async () => {
    const doc = await story('od-table');
    const rows = () => doc.querySelector('od-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
    await waitUntil(() => rows() === 5, 'preset page size', { timeout: 15000 });
    const size = doc.getElementById('ctl-page-size') as HTMLInputElement;
    size.value = '2';
    size.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => rows() === 2, 'two rows', { timeout: 15000 });
    expect(doc.querySelector('pre')!.textContent).to.contain('page-size="2"');
    const noPager = doc.getElementById('ctl-no-pager') as HTMLInputElement;
    noPager.click();
    await waitUntil(() => doc.querySelector('od-table')!.hasAttribute('no-pager'), 'boolean attribute');
    expect(doc.querySelector('pre')!.textContent).to.match(/<od-table[^>]* no-pager[ >]/);
  });
});
