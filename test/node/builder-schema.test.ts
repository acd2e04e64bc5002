// The builder's option checks and schema-derived defaults: options naming fields are checked against the
// dataset's fields (numbers only for sums, geo fields for a map), enums and bounded numbers against the table.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkFieldValue, checkOption, enumValues, fieldsFor } from '../../src/builder/schema-check.js';
import { datasetProblem, defaultsFor, refit } from '../../src/builder/defaults.js';
import { specOf } from '../../src/builder/option-spec.js';

const FIELDS = [
  { name: 'nom', label: 'Nom', type: 'text' },
  { name: 'population_totale', label: 'Population', type: 'int' },
  { name: 'date_maj', label: 'Mise à jour', type: 'date' },
];
// The schema of finistere-aires-covoiturage (the builder's first dataset), as the portal describes it.
const COVOIT = [
  ['id_lieu', 'text'], ['nom_lieu', 'text'], ['ad_lieu', 'text'], ['com_lieu', 'text', true], ['insee', 'text'],
  ['type', 'text', true], ['date_maj', 'date', true], ['xlong', 'double'], ['nbre_pl', 'text'], ['geo_point_2d', 'geo_point_2d'],
].map(([name, type, facet]) => ({ name: name as string, label: name as string, type: type as string, facet: !!facet }));

describe('builder schema checks', () => {
  it('accepts known fields and reports each unknown one of a list', () => {
    assert.deepEqual(checkFieldValue({ kind: 'fields' }, 'nom, population_totale', FIELDS), []);
    assert.deepEqual(checkFieldValue({ kind: 'fields' }, 'nom,pop,xx', FIELDS), [
      'champ inconnu dans ce jeu de données : pop', 'champ inconnu dans ce jeu de données : xx']);
  });
  it('checks aggregates: numeric fields for sum/avg, count(*) always', () => {
    assert.deepEqual(checkFieldValue({ kind: 'aggregate' }, 'count(*)', FIELDS), []);
    assert.deepEqual(checkFieldValue({ kind: 'aggregate' }, 'sum(population_totale)', FIELDS), []);
    assert.equal(checkFieldValue({ kind: 'aggregate' }, 'avg(nom)', FIELDS)[0], '« nom » est un texte : on ne peut pas en calculer la moyenne ; utilisez count(nom) ou un champ numérique.');
    assert.match(checkFieldValue({ kind: 'aggregate' }, 'population_totale', FIELDS)[0], /agrégat attendu/);
    assert.deepEqual(fieldsFor({ kind: 'aggregate' }, FIELDS).map((f) => f.name), ['population_totale']);
  });
  it('checks date functions on the x axis and geo fields for a map', () => {
    assert.deepEqual(checkFieldValue({ kind: 'axis' }, 'year(date_maj)', FIELDS), []);
    assert.match(checkFieldValue({ kind: 'axis' }, 'year(nom)', FIELDS)[0], /champ date/);
    assert.match(checkFieldValue({ kind: 'axis' }, 'commune', FIELDS)[0], /inconnu.*commune/);
    assert.match(checkFieldValue({ kind: 'field', accepts: 'geo' }, 'nom_lieu', COVOIT)[0], /géographique/);
    assert.deepEqual(fieldsFor({ kind: 'field', accepts: 'geo' }, COVOIT).map((f) => f.name), ['geo_point_2d']);
  });
  it('checks enums and bounded numbers from the option table', () => {
    const type = specOf('od-chart', 'type');
    assert.match(checkOption(type, 'ChartType', 'barre', FIELDS)[0], /valeur inconnue « barre »/);
    assert.deepEqual(checkOption(type, 'ChartType', 'line', FIELDS), []);
    assert.deepEqual(checkOption(specOf('od-table', 'page-size'), 'number | undefined', '500', FIELDS), ['au plus 100']);
    assert.deepEqual(checkOption(specOf('od-table', 'page-size'), 'number | undefined', '2.5', FIELDS), ['nombre entier attendu']);
    assert.deepEqual(enumValues(undefined, "'quantile' | 'equal'"), ['quantile', 'equal']);
    assert.deepEqual(checkOption(specOf('od-table', 'caption'), 'string', 'n’importe quoi', FIELDS), []);
  });
});

describe('builder defaults from the chosen dataset', () => {
  const valid = (tag: string, values: Record<string, string>) =>
    Object.entries(values).flatMap(([k, v]) => checkOption(specOf(tag, k), undefined, v, COVOIT));
  it('derives valid options for every widget on the car-pooling schema', () => {
    for (const tag of ['od-table', 'od-chart', 'od-kpi', 'od-map', 'od-facets']) {
      assert.deepEqual(valid(tag, defaultsFor(tag, COVOIT)), [], tag);
    }
    assert.deepEqual(defaultsFor('od-chart', COVOIT), { type: 'bar', x: 'com_lieu', y: 'count(*)', top: '10' });
    assert.equal(defaultsFor('od-map', COVOIT)['geo-field'], 'geo_point_2d');
    assert.equal(defaultsFor('od-map', COVOIT)['title-field'], 'nom_lieu');
    assert.equal(defaultsFor('od-kpi', COVOIT).value, 'count(*)');
  });
  it('a chart on a dataset without category uses the year of a date', () => {
    assert.equal(defaultsFor('od-chart', [{ name: 'jour', label: 'Jour', type: 'date' }, { name: 'n', label: 'N', type: 'int' }]).x, 'year(jour)');
  });
  it('re-derives the options that no longer fit after a dataset change, and names them', () => {
    const r = refit('od-chart', { type: 'line', x: 'millesime', y: 'sum(population_municipale)', series: 'nom', caption: 'Ma légende' }, COVOIT);
    assert.deepEqual(r.changed.sort(), ['series', 'x', 'y']);
    assert.deepEqual(r.values, { type: 'line', x: 'com_lieu', y: 'count(*)', caption: 'Ma légende' });
  });
  it('a map on a dataset without geo field is a problem no option fixes', () => {
    assert.match(datasetProblem('od-map', FIELDS) ?? '', /pas de champ géographique/);
    assert.equal(datasetProblem('od-map', COVOIT), undefined);
  });
});
