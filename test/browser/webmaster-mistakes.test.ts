// The mistakes a webmaster makes when pasting a tag, each with the French message they should read: it names
// what is wrong (id, portal, field, position), suggests the close names, and offers no useless "Réessayer".
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/define.js';

const PORTAL = location.origin;
const alertOf = (el: Element | null) => el?.shadowRoot?.querySelector('[role=alert]');
const textOf = (el: Element | null) => alertOf(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(markup: string): Promise<HTMLElement> {
  const wrap = document.createElement('div');
  wrap.innerHTML = markup; // test markup only
  return fixture(wrap);
}

/** Console warnings while `run` is awaited. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('webmaster mistakes', () => {
  it('a wrong dataset id: names the id and the portal, suggests close ids from the catalogue, no retry', async () => {
    const root = await mount(`<od-dataset portal="${PORTAL}" dataset="qbo-comunes"><od-table></od-table></od-dataset>`);
    const table = root.querySelector('od-table')!;
    await waitUntil(() => /Vouliez-vous dire/.test(textOf(table)), 'suggestion', { timeout: 15000 });
    const text = textOf(table);
    expect(text).to.contain('Le jeu de données « qbo-comunes » est introuvable sur le portail');
    expect(text).to.contain(PORTAL);
    expect(text).to.contain('« qbo-communes »');
    expect(alertOf(table)!.querySelector('button'), 'no retry for a 404').to.equal(null);
  });

  it('a transient failure (503) still offers the retry button', async () => {
    const root = await mount(`<od-dataset portal="${PORTAL}/__fault/status=500;times=50" dataset="qbo-communes"><od-kpi></od-kpi></od-dataset>`);
    const kpi = root.querySelector('od-kpi')!;
    await waitUntil(() => alertOf(kpi), 'alert', { timeout: 15000 });
    expect(alertOf(kpi)!.querySelector('button')!.textContent).to.equal('Réessayer');
  });

  const WHERE: [string, RegExp][] = [
    ['nom_lieu = "Quimp', /une chaîne entre guillemets n’est pas refermée \(elle commence au caractère \d+\).*Près de : .*⟶"Quimp/],
    ['nom_lie = "Quimper"', /le champ « nom_lie » n’existe pas dans ce jeu de données/],
    ['foo(nom_lieu) = 1', /la fonction « foo\(\) » est inconnue d’ODSQL/],
    ['nom_lieu = = 3', /« = » est inattendu au caractère \d+/],
  ];
  for (const [where, expected] of WHERE) {
    it(`a broken where (${where}): a French explanation, the portal's text labelled as such, no retry`, async () => {
      const root = await mount(`<od-dataset portal="${PORTAL}" dataset="finistere-aires-covoiturage"></od-dataset>`);
      root.querySelector('od-dataset')!.setAttribute('where', where);
      root.querySelector('od-dataset')!.append(document.createElement('od-table'));
      const table = root.querySelector('od-table')!;
      await waitUntil(() => alertOf(table), 'alert', { timeout: 15000 });
      const text = textOf(table);
      expect(text).to.match(/^Le filtre demandé n’est pas valide : /);
      expect(text).to.match(expected);
      expect(text).to.match(/Message du portail : ODSQL query is malformed: /);
      expect(alertOf(table)!.querySelector('button')).to.equal(null);
    });
  }

  it('od-facets with a misspelt field: names it and suggests the closest schema name, in the console too (in French)', async () => {
    let root!: HTMLElement;
    const said = await warnings(async () => {
      root = await mount(`<od-dataset portal="${PORTAL}" dataset="finistere-aires-covoiturage"><od-facets fields="comlieu"></od-facets></od-dataset>`);
      await waitUntil(() => root.querySelector('od-facets')!.shadowRoot?.querySelector('[part~=config-warning]'), 'message', { timeout: 15000 });
    });
    const facets = root.querySelector('od-facets')!;
    const text = facets.shadowRoot!.querySelector('[part~=config-warning]')!.textContent!;
    expect(text).to.contain('Champ inconnu dans ce jeu de données : « comlieu »');
    expect(text).to.contain('vouliez-vous dire « com_lieu »');
    expect(facets.shadowRoot!.textContent).not.to.contain('indiquez-les dans l’attribut fields');
    expect(facets.shadowRoot!.querySelector('button')).to.equal(null);
    const warning = said.find((w) => w.includes('<od-facets>'))!;
    expect(warning).to.match(/<od-facets> Champ inconnu .*« com_lieu ».* \(fields="comlieu"\)/);
  });

  it('od-table with a misspelt column: the others still show, the unknown one is named with a suggestion', async () => {
    let root!: HTMLElement;
    const said = await warnings(async () => {
      root = await mount(`<od-dataset portal="${PORTAL}" dataset="finistere-aires-covoiturage"><od-table fields="nom_lieu,com_lieux" page-size="2"></od-table></od-dataset>`);
      await waitUntil(() => root.querySelector('od-table')!.shadowRoot?.querySelector('tbody tr'), 'rows', { timeout: 15000 });
    });
    const sr = root.querySelector('od-table')!.shadowRoot!;
    expect(sr.querySelector('[part~=config-warning]')!.textContent).to.equal(
      'fields : Champ inconnu dans ce jeu de données : « com_lieux ». Pour « com_lieux », vouliez-vous dire « com_lieu » ?');
    expect(said.some((w) => /^\[opendata-widgets\] <od-table> fields : Champ inconnu/.test(w) && !/unknown/i.test(w))).to.equal(true);
  });

  it('commune= on a dataset without a commune field: the message shows once, for the whole block', async () => {
    const root = await mount(`<od-dataset portal="${PORTAL}" dataset="finistere-irve-points-de-charge" commune="29232">
      <od-table page-size="2"></od-table><od-kpi></od-kpi></od-dataset>`);
    const ds = root.querySelector('od-dataset')!;
    await waitUntil(() => alertOf(ds), 'context alert', { timeout: 15000 });
    await waitUntil(() => root.querySelector('od-kpi')!.matches(':state(error)') && root.querySelector('od-table')!.matches(':state(error)'), 'widgets stopped', { timeout: 15000 });
    const all = [ds, root.querySelector('od-table')!, root.querySelector('od-kpi')!].map((el) => el.shadowRoot!.textContent!);
    const count = all.join('\n').split('pas de champ de code commune').length - 1;
    expect(count).to.equal(1);
    // No rows of the whole dataset passed off as the commune's.
    expect(root.querySelector('od-table')!.shadowRoot!.querySelector('tbody tr')).to.equal(null);
  });

  // Every element that names fields says which one is unknown and the closest names of the schema, in the widget
  // (no retry: retrying cannot help) and in the console, whether the schema or the portal catches it.
  const misspelt: [string, string, RegExp][] = [
    ['<od-chart x="com_lieux"></od-chart>', 'od-chart', /« com_lieux » n’existe pas .*vouliez-vous dire « com_lieu » \?/],
    ['<od-chart x="com_lieu" y="sum(nbre_pm)"></od-chart>', 'od-chart', /« nbre_pm ».*vouliez-vous dire « nbre_pl », « nbre_pmr » \?/],
    ['<od-chart x="com_lieu" series="typ"></od-chart>', 'od-chart', /« typ » n’existe pas .*vouliez-vous dire « type » \?/],
    ['<od-kpi value="avg(xlng)"></od-kpi>', 'od-kpi', /« xlng » n’existe pas .*vouliez-vous dire « xlong » \?/],
    [`<od-kpi where="com_lieux = 'Quimper'"></od-kpi>`, 'od-kpi', /le champ « com_lieux » n’existe pas .*Pour « com_lieux », vouliez-vous dire « com_lieu » \?/],
    ['<od-map geo-field="geo_point"></od-map>', 'od-map', /« geo_point » n’est pas un champ géographique .*vouliez-vous dire « geo_point_2d » \?/],
    ['<od-map color-by="typ"></od-map>', 'od-map', /Champs inconnus .*color-by.* : typ\. Pour « typ », vouliez-vous dire « type » \?/],
    ['<od-map popup-fields="nom_lie,com_lieu"></od-map>', 'od-map', /Champs inconnus .*popup-fields.* : nom_lie\. Pour « nom_lie », vouliez-vous dire « nom_lieu » \?/],
    ['<od-records fields="nom_lie,com_lieu"></od-records>', 'od-records', /inconnus .* : nom_lie\. Pour « nom_lie », vouliez-vous dire « nom_lieu » \?/],
    ['<od-select field="com_lie"></od-select>', 'od-select', /Champ inconnu dans field : com_lie\. Pour « com_lie », vouliez-vous dire « com_lieu » \?/],
    ['<od-daterange field="date_ma"></od-daterange>', 'od-daterange', /date_ma n’est pas un champ de date .*vouliez-vous dire « date_maj » \?/],
  ];
  for (const [markup, tag, expected] of misspelt) {
    it(`${markup}: names the field and suggests the closest schema names, no retry`, async () => {
      let el!: Element;
      const messageOf = () => (el.shadowRoot?.querySelector('[role=alert], [part~=config-warning]')?.textContent ?? '').replace(/\s+/g, ' ');
      const said = await warnings(async () => {
        const root = await mount(`<od-dataset portal="${PORTAL}" dataset="finistere-aires-covoiturage">${markup}</od-dataset>`);
        el = root.querySelector(tag)!;
        await waitUntil(() => expected.test(messageOf()), `message of ${tag}`, { timeout: 15000 });
      });
      expect(el.shadowRoot!.querySelector('[part~=retry-button]'), 'no retry').to.equal(null);
      if (tag !== 'od-kpi' || !markup.includes('where')) {
        expect(said.some((w) => w.includes(`<${tag}>`) && /vouliez-vous dire/.test(w)), 'console, in French').to.equal(true);
      }
    });
  }
});
