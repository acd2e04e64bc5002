// <od-chart> behaviour: faults and retry, empty and misconfigured charts, live filters, stale answers,
// click-to-refine (mouse and keyboard), downloads, branding colours, resize and removal.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { $, $$, apiRequest, apiRequests, freshPortal, statusText, waitState } from './core-helpers.js';
import { DOT, frNumber, marks, mountChart, openTable, tableRows } from './chart-helpers.js';

const POP_Y = { x: 'nom', y: 'sum(population_municipale)' };

describe('od-chart: states and faults', function () {
  this.timeout(60000);

  it('says it is loading, then shows an alert on a server error, and recovers with the retry button', async () => {
    const { chart } = await mountChart({ type: 'bar', ...POP_Y }, { portal: freshPortal('status=500;times=1'), wait: false });
    expect(statusText(chart)).to.equal('Chargement…');
    await waitState(chart, 'error');
    const alert = $(chart, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Le portail de données a rencontré une erreur');
    expect($(chart, 'figure')).to.equal(null);
    await expect(chart).to.be.accessible();
    const ready = oneEvent(chart, 'od-chart-ready');
    ($(chart, '[part~="retry-button"]') as HTMLButtonElement).click();
    await ready;
    expect(marks(chart, 'rect')).to.have.length(14);
    expect($(chart, '[role="alert"]')).to.equal(null);
  });

  it('does not leave an old chart looking current when a refresh fails', async () => {
    const { ctx, chart } = await mountChart({ type: 'bar', ...POP_Y });
    ctx.setAttribute('portal', freshPortal('status=503;retry-after=0'));
    await waitState(chart, 'error', 15000);
    expect($(chart, 'figure')).to.equal(null);
    expect(chart.view).to.equal(undefined);
  });

  it('tells an empty result, and configuration mistakes in French', async () => {
    const empty = await mountChart({ type: 'bar', ...POP_Y }, { where: 'millesime = 1900', wait: false });
    await waitState(empty.chart, 'empty');
    expect(statusText(empty.chart)).to.equal('Aucun résultat.');
    const cases: [Record<string, string>, string][] = [
      [{ x: 'nom); drop', y: 'count(*)' }, 'Attribut x invalide'],
      [{ x: 'commune', y: 'count(*)' }, 'Le champ « commune » n’existe pas'],
      [{ x: 'nom', y: 'sum(*)' }, 'Attribut y invalide'],
      [{ x: 'nom', y: 'count(*)', type: 'radar' }, 'Type de graphique inconnu'],
    ];
    for (const [attrs, text] of cases) {
      const { chart } = await mountChart({ type: 'bar', ...attrs }, { wait: false });
      await waitUntil(() => $(chart, '[role="alert"]'), 'no alert');
      expect($(chart, '[role="alert"]')!.textContent).to.contain(text);
    }
  });
});

describe('od-chart: linked view', function () {
  this.timeout(60000);

  it('fetches bytes that grow with the groups, not with the records (synthetic dataset)', async () => {
    const { chart, portal } = await mountChart({ type: 'bar', x: 'categorie', y: 'sum(capacite)' }, { dataset: 'synthetic-points' });
    const total = (await fetch('/api/explore/v2.1/catalog/datasets/synthetic-points/records?limit=0').then((r) => r.json())).total_count;
    expect(total).to.be.at.least(1000);
    const url = (await apiRequest(portal, (u) => u.pathname.endsWith('/records'))).href;
    const entry = performance.getEntriesByName(url)[0] as PerformanceResourceTiming;
    expect(entry.encodedBodySize).to.be.greaterThan(0).and.lessThan(40 * marks(chart, 'rect').length + 100);
  });

  it('follows the context filters live, marking the old chart as updating meanwhile', async () => {
    const { ctx, chart } = await mountChart({ type: 'bar', ...POP_Y }, { portal: freshPortal('latency=300'), where: 'millesime = 2023' });
    expect(marks(chart, 'rect')).to.have.length(14);
    ctx.toggleRefine('nom', 'Briec');
    await waitUntil(() => chart.matches(':state(loading)'));
    expect($(chart, 'figure')!.getAttribute('aria-busy')).to.equal('true');
    expect(statusText(chart)).to.equal('Mise à jour…');
    await oneEvent(chart, 'od-chart-ready');
    expect(marks(chart, 'rect')).to.have.length(1);
    expect($(chart, 'figure')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('ends with the latest answer after fast successive changes', async () => {
    const { chart } = await mountChart({ type: 'bar', ...POP_Y }, { portal: freshPortal('latency=250'), where: 'millesime = 2023' });
    // The plot's label at every drawing, in order.
    const drawn: string[] = [];
    chart.addEventListener('od-chart-ready', () => drawn.push($(chart, '[part~="plot"]')?.getAttribute('aria-label') ?? ''));
    for (const y of ['count(*)', 'max(population_totale)', 'min(population_municipale)']) {
      chart.y = y;
      await chart.updateComplete; // its request is on its way before the next change
    }
    const isMin = (l: string) => l.startsWith('Population municipale (minimum)');
    await waitUntil(() => chart.matches(':state(ready)') && isMin($(chart, '[part~="plot"]')?.getAttribute('aria-label') ?? ''),
      'never showed the last y', { timeout: 15000 });
    await openTable(chart);
    const quimper = tableRows(chart).find((r) => r[0] === 'Quimper')!;
    expect(frNumber(quimper[1])).to.equal(64385);
    // A later answer on the same slow portal: the dropped ones, asked earlier, would have been drawn before it.
    const countLabel = () => drawn.slice(drawn.findIndex(isMin)).find((l) => !isMin(l));
    chart.y = 'count(*)';
    await waitUntil(() => chart.matches(':state(ready)') && !!countLabel(), 'never drew the later answer', { timeout: 15000 });
    // Drawings since the minimum (a resize may redraw one): the minimum, then the count, nothing stale between.
    const after = drawn.slice(drawn.findIndex(isMin)).filter((l, i, all) => l !== all[i - 1]);
    expect(after).to.deep.equal([after[0], countLabel()]);
    expect(countLabel()).to.not.match(/maximum|totale/);
  });

  it('shows a text tooltip over a mark, dismissed with Escape', async () => {
    const { chart } = await mountChart({ type: 'bar', ...POP_Y, sort: 'label' }, { where: 'millesime = 2023' });
    const bar = marks(chart, 'rect')[0].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bar.left + bar.width / 2), Math.round(bar.bottom - 3)] });
    const tip = $(chart, '[part~="tooltip"]')!;
    await waitUntil(() => !tip.hidden, 'no tooltip');
    expect(tip.textContent).to.equal('Briec : 5\u202f816');
    expect(tip.children).to.have.length(0); // text only
    // the pointer can move onto the tooltip without it vanishing (WCAG 1.4.13)
    const box = tip.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await new Promise((r) => setTimeout(r, 700));
    expect(tip.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    expect(tip.hidden).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('refines the context on a click on a bar, and on the category button of the table with the keyboard', async () => {
    const { ctx, chart, portal } = await mountChart({ type: 'bar', x: 'dotation', y: 'count(*)', 'refine-on-click': true, sort: 'label' }, { dataset: DOT });
    const changed = oneEvent(chart, 'od-chart-select');
    const redrawn = oneEvent(chart, 'od-chart-ready');
    const bar = marks(chart, 'rect')[0].getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(bar.left + bar.width / 2), Math.round(bar.bottom - 3)] });
    expect((await changed).detail).to.deep.equal({ field: 'dotation', value: 'DETR' });
    expect(ctx.state.refine.dotation).to.deep.equal(['DETR']);
    await redrawn;
    // every category stays drawn (its own filter is left out), the others are faded
    expect(marks(chart, 'rect')).to.have.length(3);
    const last = (await apiRequests(portal)).filter((u) => u.pathname.endsWith('/records')).pop()!;
    expect(last.searchParams.getAll('refine')).to.deep.equal([]);
    const opacities = marks(chart, 'rect').map((p) => p.getAttribute('opacity'));
    expect(opacities.filter((o) => o === '1')).to.have.length(1);
    await openTable(chart);
    const dsil = $$(chart, 'tbody th button').find((b) => b.textContent!.trim() === 'DSIL')!;
    expect($$(chart, 'tbody th button').find((b) => b.textContent!.trim() === 'DETR')!.getAttribute('aria-pressed')).to.equal('true');
    dsil.focus();
    await sendKeys({ press: 'Enter' });
    expect(ctx.state.refine.dotation).to.deep.equal(['DETR', 'DSIL']);
  });
});

describe('od-chart: downloads, branding, lifecycle', function () {
  this.timeout(60000);

  it('downloads the data as CSV and the chart as SVG and PNG, through blob URLs', async () => {
    const { chart } = await mountChart({ type: 'bar', ...POP_Y, top: '2' }, { where: 'millesime = 2023' });
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), original.call(URL, b));
    try {
      for (const kind of ['csv', 'svg', 'png']) {
        ($(chart, `[part~="download-button"][data-kind="${kind}"]`) as HTMLButtonElement).click();
        await waitUntil(() => blobs.length === ['csv', 'svg', 'png'].indexOf(kind) + 1, `no ${kind}`);
      }
    } finally {
      URL.createObjectURL = original;
    }
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // BOM: accents open right in spreadsheets
    const csv = await blobs[0].text();
    expect(csv).to.equal('Nom;Population municipale (somme)\r\nQuimper;64385\r\nErgué-Gabéric;8606\r\nAutres;29551\r\n');
    expect(blobs[1].type).to.equal('image/svg+xml');
    expect(await blobs[1].text()).to.match(/^<svg[^>]*>.*Quimper/s);
    expect(blobs[2].type).to.equal('image/png');
    expect(blobs[2].size).to.be.greaterThan(1000);
  });

  it('takes series colours from --od-chart-palette, ignoring colours with too little contrast', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const holder = document.createElement('div');
      holder.style.setProperty('--od-chart-palette', '#ffff66, #7a1f5c');
      document.body.append(holder);
      const { ctx, chart } = await mountChart({ type: 'bar', ...POP_Y }, { where: 'millesime = 2023', wait: false });
      holder.append(ctx);
      await waitUntil(() => marks(chart, 'rect').length === 14, 'not drawn', { timeout: 15000 });
      expect(new Set(marks(chart, 'rect').map((p) => p.getAttribute('fill')))).to.deep.equal(new Set(['#7a1f5c']));
      expect(warnings.join()).to.contain('#ffff66');
      holder.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('resizes with its container and lets go of its view when removed', async () => {
    const { ctx, chart } = await mountChart({ type: 'line', x: 'millesime', y: 'sum(population_municipale)' });
    ctx.style.display = 'block';
    ctx.style.width = '700px';
    await oneEvent(chart, 'od-chart-ready');
    const wide = $(chart, '.vega svg')!.getBoundingClientRect().width;
    ctx.style.width = '400px';
    await oneEvent(chart, 'od-chart-ready');
    const narrow = $(chart, '.vega svg')!.getBoundingClientRect().width;
    expect(wide).to.be.closeTo(700, 40);
    expect(narrow).to.be.closeTo(400, 40);
    const view = chart.view!;
    let finalized = false;
    const finalize = view.finalize.bind(view);
    view.finalize = () => ((finalized = true), finalize());
    chart.remove();
    expect(finalized).to.equal(true);
    expect(chart.view).to.equal(undefined);
  });
});
