// The library's events reach a page listening on `document`, from widgets inside another component's shadow root
// (emit(): bubbles and composed), with the detail their type declares.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { DATASET, PORTAL, cleanup, mount } from './suite-helpers.js';

describe('events', () => {
  afterEach(cleanup);

  it('od-chart-ready and od-view-change cross shadow roots up to document', async () => {
    const host = mount('<div></div>').firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    const seen: Event[] = [];
    const ready = new Promise<HTMLElementEventMap['od-chart-ready']>((resolve) =>
      document.addEventListener('od-chart-ready', resolve, { once: true }));
    const onView = (e: Event) => seen.push(e);
    document.addEventListener('od-view-change', onView);
    root.innerHTML = `<od-dataset portal="${PORTAL}" dataset="${DATASET}"><od-chart type="bar" x="com_lieu"></od-chart></od-dataset>`;
    const e = await ready;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.type).to.equal('bar');
    expect(e.detail.points).to.be.greaterThan(0);
    root.querySelector('od-dataset')!.setQuery('quimper');
    document.removeEventListener('od-view-change', onView);
    expect(seen.length).to.equal(1);
    expect((seen[0] as HTMLElementEventMap['od-view-change']).detail.q).to.equal('quimper');
  });
});
