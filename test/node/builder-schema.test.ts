// The builder's schema checks: options naming fields are checked against the dataset's fields.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkFieldValue, suggestions } from '../../src/builder/schema-check.js';

const FIELDS = [
  { name: 'nom', label: 'Nom', type: 'text' },
  { name: 'population_totale', label: 'Population', type: 'int' },
  { name: 'date_maj', label: 'Mise à jour', type: 'date' },
];

describe('builder schema checks', () => {
  it('accepts known fields and reports each unknown one of a list', () => {
    assert.deepEqual(checkFieldValue('fields', 'nom, population_totale', FIELDS), []);
    assert.deepEqual(checkFieldValue('fields', 'nom,pop,xx', FIELDS), [
      'champ inconnu dans ce jeu de données : pop', 'champ inconnu dans ce jeu de données : xx']);
  });
  it('checks aggregates: numeric fields for sum/avg, count(*) always', () => {
    assert.deepEqual(checkFieldValue('y', 'count(*)', FIELDS), []);
    assert.deepEqual(checkFieldValue('value', 'sum(population_totale)', FIELDS), []);
    assert.equal(checkFieldValue('value', 'avg(nom)', FIELDS)[0], '« nom » est un texte : on ne peut pas en calculer la moyenne ; utilisez count(nom) ou un champ numérique.');
    assert.match(checkFieldValue('y', 'population_totale', FIELDS)[0], /agrégat attendu/);
  });
  it('checks date functions on the x axis', () => {
    assert.deepEqual(checkFieldValue('x', 'year(date_maj)', FIELDS), []);
    assert.match(checkFieldValue('x', 'year(nom)', FIELDS)[0], /champ date/);
    assert.match(checkFieldValue('x', 'commune', FIELDS)[0], /inconnu.*commune/);
  });
  it('leaves other attributes alone and suggests fields by kind', () => {
    assert.deepEqual(checkFieldValue('caption', 'n’importe quoi', FIELDS), []);
    assert.ok(suggestions('y', FIELDS).includes('sum(population_totale)'));
    assert.ok(!suggestions('y', FIELDS).includes('sum(nom)'));
    assert.ok(suggestions('value', FIELDS).includes('max(date_maj)'), 'max of a date is offered');
    assert.ok(!suggestions('value', FIELDS).includes('avg(date_maj)'));
    assert.ok(suggestions('x', FIELDS).includes('year(date_maj)'));
    assert.deepEqual(suggestions('label', FIELDS), []);
  });
});
