// <od-daterange> on the synthetic events (dates around today) and the real festivals: presets and custom days,
// overlap semantics checked against counts computed here from every record, chips, URL, faults, keyboard, languages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import { $, $$, freshPortal, nextFrame, statusText, waitState } from './core-helpers.js';

const EV = 'synthetic-events';
interface Ev { date_debut: string; date_fin: string | null; type: string }

async function all(): Promise<Ev[]> {
  const out: Ev[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await (await fetch(`/api/explore/v2.1/catalog/datasets/${EV}/records?select=date_debut,date_fin,type&limit=100&offset=${offset}`)).json();
    out.push(...page.results);
    if (page.results.length < 100) return out;
  }
}

// Independent of the element's code: the page's day from the browser's own local date.
const pad = (n: number) => String(n).padStart(2, '0');
const local = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const today = () => local(new Date());
const plus = (days: number) => { const d = new Date(); d.setDate(d.getDate() + days); return local(d); };
const overlaps = (e: Ev, from?: string, to?: string) => (!to || e.date_debut <= to) && (!from || (e.date_fin ?? e.date_debut) >= from);

async function mount(attrs = 'field="date_debut" end-field="date_fin"', ds = `id="ev" dataset="${EV}"`, portal = freshPortal()) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<od-dataset ${ds} portal="${portal}" page-size="5">
    <od-daterange ${attrs}></od-daterange><od-filters></od-filters><od-records no-provenance></od-records></od-dataset>`;
  const ctx = wrap.querySelector('od-dataset') as OdDataset;
  const dr = wrap.querySelector('od-daterange')!;
  const rec = wrap.querySelector('od-records')!;
  await waitState(dr, 'ready');
  await waitState(rec, 'ready');
  return { wrap, ctx, dr, rec };
}
const preset = (dr: Element, text: string) => $$(dr, '[part~="preset"]').find((b) => b.textContent!.trim() === text)!;
const countOf = async (rec: Element, n: number) => {
  await waitUntil(() => rec.matches(':state(ready), :state(empty)') && statusText(rec).startsWith(n === 0 ? 'Aucun' : n === 1 ? '1 résultat' : `${n} résultats`),
    `expected ${n}, status "${statusText(rec)}"`, { timeout: 8000 });
};

describe('od-daterange', function () {
  this.timeout(30000);
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  it('"À venir" keeps the events that end today or later (overlap), as counted from every record', async () => {
    const events = await all();
    const { dr, rec, wrap } = await mount();
    const want = events.filter((e) => overlaps(e, today())).length;
    expect(want).to.be.within(1, events.length - 1);
    preset(dr, 'À venir').click();
    await countOf(rec, want);
    expect(preset(dr, 'À venir').getAttribute('aria-pressed')).to.equal('true');
    expect(statusText(dr)).to.equal('Période choisie : à venir.');
    expect(($(dr, 'input') as HTMLInputElement).value).to.equal(today());
    // the chip in od-filters names the field and the period, and removes it
    const filters = wrap.querySelector('od-filters')!;
    await waitUntil(() => $(filters, '[part~="chip"]'));
    expect($(filters, '[part~="chip"] .od-visually-hidden')!.textContent).to.equal('Retirer le filtre Date de début : à venir');
    $(filters, '[part~="chip"]')!.click();
    await countOf(rec, events.length);
    expect(preset(dr, 'Toutes les dates').getAttribute('aria-pressed')).to.equal('true');
  });

  it('custom days through the inputs: overlap of [start, end] with the days; swapped when reversed', async () => {
    const events = await all();
    const { dr, rec } = await mount();
    const [from, to] = [plus(10), plus(20)];
    const inputs = $$<HTMLInputElement>(dr, 'input');
    inputs[0].value = to; // reversed on purpose
    inputs[1].value = from;
    inputs[1].dispatchEvent(new Event('change'));
    const want = events.filter((e) => overlaps(e, from, to)).length;
    await countOf(rec, want);
    expect(statusText(dr)).to.contain('elles ont été inversées');
    // one-day events inside and long events spanning the whole range both count
    expect(events.filter((e) => e.date_debut < from && (e.date_fin ?? '') > to).length).to.be.greaterThan(0);
  });

  it('one date field: "Ce mois-ci" and "Passés" count dates within the month / before today', async () => {
    const events = await all();
    const { dr, rec } = await mount('field="date_debut"');
    const month = today().slice(0, 7);
    preset(dr, 'Ce mois-ci').click();
    await countOf(rec, events.filter((e) => e.date_debut.startsWith(month)).length);
    preset(dr, 'Passés').click();
    await countOf(rec, events.filter((e) => e.date_debut < today()).length);
  });

  it('composes with a facet choice, and with sync-url a shared link keeps the preset relative', async () => {
    const events = await all();
    const { ctx, dr, rec, wrap } = await mount('field="date_debut" end-field="date_fin"', `id="ev" sync-url dataset="${EV}"`);
    ctx.toggleRefine('type', 'Concert', true);
    preset(dr, 'Cette année').click();
    const year = today().slice(0, 4);
    const want = events.filter((e) => e.type === 'Concert' && overlaps(e, `${year}-01-01`, `${year}-12-31`)).length;
    await countOf(rec, want);
    expect(new URL(location.href).searchParams.get('ev.date')).to.equal('date_debut~date_fin:year');
    const shared = location.href;
    wrap.remove();
    history.replaceState(history.state, '', shared);
    const again = await mount('field="date_debut" end-field="date_fin"', `id="ev" sync-url dataset="${EV}"`);
    await countOf(again.rec, want);
    expect(preset(again.dr, 'Cette année').getAttribute('aria-pressed')).to.equal('true');
  });

  it('rapid preset changes: the records are those of the last one', async () => {
    const events = await all();
    const { dr, rec } = await mount('field="date_debut" end-field="date_fin"', `id="ev" dataset="${EV}"`, freshPortal('latency=100'));
    for (const p of ['Passés', 'Cette semaine', 'À venir', 'Passés', 'Aujourd’hui']) {
      preset(dr, p).click();
      await nextFrame(); // faster than the portal answers
    }
    await countOf(rec, events.filter((e) => overlaps(e, today(), today())).length);
  });

  it('keyboard: presets are buttons reached with Tab and pressed with Enter; axe-clean in fr, en, br', async () => {
    const { dr, rec } = await mount();
    preset(dr, 'À venir').focus();
    await sendKeys({ press: 'Tab' });
    expect(dr.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Aujourd’hui');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => preset(dr, 'Aujourd’hui').getAttribute('aria-pressed') === 'true');
    await waitState(rec, 'ready').catch(() => waitState(rec, 'empty'));
    await expect(dr).to.be.accessible();
    expect($(dr, 'label')!.textContent).to.equal('Du');
    for (const [lang, word, legend] of [['en', 'Upcoming', 'Date de début'], ['br', 'Da zont', 'Date de début']]) {
      const other = await mount(`lang="${lang}" field="date_debut" end-field="date_fin"`);
      expect($$(other.dr, '[part~="preset"]')[0].textContent!.trim()).to.equal(word);
      expect($(other.dr, 'legend')!.textContent).to.equal(legend);
      await expect(other.dr).to.be.accessible();
    }
  });

  it('the real festivals: dates of 2019 stay as published; a range in July 2019 counts the festivals overlapping it', async () => {
    const { dr, rec } = await mount('field="date_debut_ancien" end-field="date_de_fin_ancien" label="Dates du festival"', 'dataset="finistere-festivals"');
    expect($(dr, 'legend')!.textContent).to.equal('Dates du festival');
    const fest = (await (await fetch('/api/explore/v2.1/catalog/datasets/finistere-festivals/records?limit=100&select=date_debut_ancien,date_de_fin_ancien')).json()).results;
    const want = fest.filter((e: { date_debut_ancien: string | null; date_de_fin_ancien: string | null }) =>
      e.date_debut_ancien && e.date_debut_ancien <= '2019-07-31' && (e.date_de_fin_ancien ?? e.date_debut_ancien) >= '2019-07-01').length;
    expect(want).to.be.greaterThan(0);
    const inputs = $$<HTMLInputElement>(dr, 'input');
    inputs[0].value = '2019-07-01';
    inputs[1].value = '2019-07-31';
    inputs[1].dispatchEvent(new Event('change'));
    await countOf(rec, want);
  });

  it('a field that is not a date: a French message naming it; a portal fault: an alert with retry', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<od-dataset portal="${freshPortal()}" dataset="${EV}"><od-daterange field="titre"></od-daterange></od-dataset>`;
    const dr = wrap.querySelector('od-daterange')!;
    await waitState(dr, 'error');
    expect($(dr, '[role="alert"]')!.textContent).to.equal('Le champ titre n’est pas un champ de date de ce jeu de données (attribut field ou end-field).');
    wrap.innerHTML = `<od-dataset portal="${freshPortal('status=500;times=1')}" dataset="${EV}"><od-daterange field="date_debut"></od-daterange></od-dataset>`;
    const faulty = wrap.querySelector('od-daterange')!;
    await waitState(faulty, 'error');
    $(faulty, '[part~="retry-button"]')!.click();
    await waitState(faulty, 'ready');
  });
});
