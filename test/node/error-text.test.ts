// The webmaster's messages: ODSQL errors explained in French with the spot, close names for typos, retry only
// where it can help. Portal texts are those of the recordings (test/fixtures/ods-samples) and the local portal.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorText, explainOdsql, isRetryable, unknownFieldsText } from '../../src/core/error-text.js';
import { closest, datasetOfUrl, editDistance } from '../../src/core/suggest.js';

describe('webmaster messages', () => {
  it('explains the common ODSQL errors in French and labels the portal text', () => {
    const unterminated = explainOdsql('ODSQL query is malformed: Unterminated string starting at position 6. Clause(s) containing the error(s): where.', 'nom = "abc', 'fr');
    assert.match(unterminated, /^Le filtre demandé n’est pas valide : une chaîne entre guillemets n’est pas refermée \(elle commence au caractère 7\)/);
    assert.match(unterminated, /Près de : nom = ⟶"abc/);
    assert.match(unterminated, /Message du portail \(en anglais\) : « ODSQL query is malformed: Unterminated/);
    assert.match(explainOdsql('ODSQL query is malformed: Unknown field: no_such_field. Clause(s) containing the error(s): select.', undefined, 'fr'),
      /le champ « no_such_field » n’existe pas/);
    assert.match(explainOdsql('ODSQL query is malformed: invalid_function() Clause(s) containing the error(s): select.', undefined, 'fr'),
      /la fonction « invalid_function\(\) » est inconnue/);
    assert.match(explainOdsql('ODSQL query is malformed: StatAggregation only supports numeric or date expression. Clause(s) containing the error(s): select.', undefined, 'fr'),
      /les types ne correspondent pas/);
    assert.match(explainOdsql('ODSQL query is malformed: Unknown field: nomx. Clause(s) containing the error(s): where.', undefined, 'br'), /« nomx »/);
  });
  it('names the dataset and portal of a 404, with the suggestions once known', () => {
    const e = { kind: 'not-found', url: 'https://data.example.fr/api/explore/v2.1/catalog/datasets/qbo-comunes/records?limit=10', suggestions: ['qbo-communes'] };
    assert.equal(errorText(e, 'fr'), 'Le jeu de données « qbo-comunes » est introuvable sur le portail https://data.example.fr. Vouliez-vous dire « qbo-communes » ?');
    assert.deepEqual(datasetOfUrl(e.url), { id: 'qbo-comunes', portal: 'https://data.example.fr' });
  });
  it('suggests the closest names by edit distance', () => {
    assert.equal(editDistance('comune', 'commune'), 1);
    assert.deepEqual(closest('comune', ['commune', 'code_commune', 'nom']), ['commune']);
    assert.deepEqual(closest('zzzz', ['commune', 'nom']), []);
    assert.equal(unknownFieldsText(['comune'], ['commune', 'nom'], 'fr'),
      'Champ inconnu dans ce jeu de données : « comune ». Pour « comune », vouliez-vous dire « commune » ?');
  });
  it('offers retry only for transient failures', () => {
    for (const kind of ['network', 'timeout', 'quota', 'server']) assert.equal(isRetryable({ kind }), true, kind);
    for (const kind of ['not-found', 'bad-request', 'auth', undefined]) assert.equal(isRetryable({ kind }), false, String(kind));
  });
});
