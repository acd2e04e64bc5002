// Query builders and ODSQL helpers: the URLs a widget sends, and that visitor text cannot escape
// its string literal.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  records, catalog, dataset, datasetFacets, catalogFacets, record, exportQuery, exportUrl,
  str, field, search, dateLit, and, or, not, inList, eq, lit,
} from '../../src/api/index.js';

const params = (q: { toSearchParams(): URLSearchParams }) => [...q.toSearchParams()];

describe('query builders', () => {
  it('build the v2.1 paths of each endpoint', () => {
    assert.equal(records('qbo-communes').path, '/catalog/datasets/qbo-communes/records');
    assert.equal(dataset('qbo-communes').path, '/catalog/datasets/qbo-communes');
    assert.equal(datasetFacets('qbo-communes').path, '/catalog/datasets/qbo-communes/facets');
    assert.equal(catalog().path, '/catalog/datasets');
    assert.equal(catalogFacets().path, '/catalog/facets');
    assert.equal(record('x', 'a/b').path, '/catalog/datasets/x/records/a%2Fb');
    // federated ids keep their @, other reserved characters are encoded
    assert.equal(records('trafic@rte').path, '/catalog/datasets/trafic@rte/records');
    assert.equal(records('a b?').path, '/catalog/datasets/a%20b%3F/records');
  });

  it('are immutable: each method returns a new query', () => {
    const base = records('d').where('a > 1');
    const narrowed = base.refine('type', 'Aire').limit(5);
    assert.deepEqual(params(base), [['where', 'a > 1']]);
    assert.deepEqual(params(narrowed), [['where', 'a > 1'], ['refine', 'type:"Aire"'], ['limit', '5']]);
  });

  it('give the same key whatever the call order', () => {
    const a = records('d').limit(20).where('x = 1').refine('t', 'B').where('y = 2').refine('t', 'A').select('n');
    const b = records('d').select('n').refine('t', 'A').where('y = 2').refine('t', 'B').where('x = 1').limit(20);
    assert.equal(a.key, b.key);
    assert.notEqual(a.key, b.limit(21).key);
    assert.notEqual(records('d').key, records('e').key);
  });

  it('keep repeatable where/refine/exclude/facet as separate parameters, without duplicates', () => {
    const q = datasetFacets('d').where('a = 1').where('a = 1').where('b = 2')
      .refine('com', 'Quimper').exclude('com', 'Brest').facet('com').facet('type').facet('com');
    const sp = q.toSearchParams();
    assert.deepEqual(sp.getAll('where'), ['a = 1', 'b = 2']);
    assert.deepEqual(sp.getAll('refine'), ['com:"Quimper"']);
    assert.deepEqual(sp.getAll('exclude'), ['com:"Brest"']);
    assert.deepEqual(sp.getAll('facet'), ['com', 'type']); // facet order is the display order
  });

  it('replace single-valued parameters and drop empty ones', () => {
    const q = records('d').select('a').select('b').orderBy('a').orderBy('b desc').limit(10).limit(undefined)
      .where('').where(undefined).where(false).param('lang', 'fr').lang('br').timezone('Europe/Paris').offset(NaN);
    assert.deepEqual(params(q), [['select', 'b'], ['order_by', 'b desc'], ['lang', 'br'], ['timezone', 'Europe/Paris']]);
    assert.deepEqual(q.get('select'), ['b']);
    assert.equal(records('d').param('lang', 'fr').param('lang', null).key, records('d').key);
  });

  it('encode values so a hostile refine value stays one parameter', () => {
    const q = records('d').refine('nom', 'a&where=1=1#x');
    const u = new URL('https://p.example' + q.key);
    assert.deepEqual(u.searchParams.getAll('refine'), ['nom:"a&where=1=1#x"']);
    assert.deepEqual(u.searchParams.getAll('where'), []);
  });

  it('turn records and catalog queries into exports with extra parameters', () => {
    const q = records('d').where('a = 1').limit(50);
    const e = exportQuery(q, 'csv', { delimiter: ';', with_bom: true, use_labels: undefined });
    assert.equal(e.path, '/catalog/datasets/d/exports/csv');
    assert.deepEqual(params(e), [['where', 'a = 1'], ['limit', '50'], ['delimiter', ';'], ['with_bom', 'true']]);
    assert.equal(exportQuery(catalog().where('x'), 'json').path, '/catalog/exports/json');
    assert.equal(exportUrl(q, 'geojson'), '/catalog/datasets/d/exports/geojson?where=a+%3D+1&limit=50');
    assert.equal(exportUrl('https://p.example/', q, 'json'),
      'https://p.example/api/explore/v2.1/catalog/datasets/d/exports/json?where=a+%3D+1&limit=50');
  });
});

/** Reads one ODSQL double-quoted literal back the way the spec defines it (backslash escapes). */
function readLiteral(src: string): { value: string; rest: string } {
  assert.equal(src[0], '"');
  let value = '';
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { value += src[++i]; continue; }
    if (c === '"') return { value, rest: src.slice(i + 1) };
    value += c;
  }
  throw new Error('unterminated literal');
}

describe('ODSQL helpers', () => {
  const hostile = [`it's "x" OR 1=1`, '\\" OR "1"="1', 'a\\', '"', '\\\\"', "'; --", 'back`tick', 'ligne\nnouvelle', 'Kemper ñ € 🦀'];

  it('str() keeps any text as exactly one string literal', () => {
    for (const text of hostile) {
      const { value, rest } = readLiteral(str(text));
      assert.equal(value, text);
      assert.equal(rest, '', `nothing after the literal for ${JSON.stringify(text)}`);
    }
    assert.equal(str(`it's "x" OR 1=1`), String.raw`"it's \"x\" OR 1=1"`);
  });

  it('field() back-quotes names and escapes back-quotes; plain dotted catalog names stay bare', () => {
    assert.equal(field('com_lieu'), '`com_lieu`');
    assert.equal(field('and'), '`and`');
    assert.equal(field('a`b'), '`a\\`b`');
    assert.equal(field('default.title'), 'default.title');
    assert.equal(field('custom.data-owner'), '`custom.data-owner`');
    assert.equal(field('default.year'), '`default.year`');
  });

  it('search() scopes fields and drops empty text', () => {
    assert.equal(search('Quimper'), 'search("Quimper")');
    assert.equal(search('x" OR "1', ['nom', 'com']), 'search(`nom`, `com`, "x\\" OR \\"1")');
    assert.equal(search('   '), '');
  });

  it('and()/or() parenthesise parts and skip empty ones', () => {
    assert.equal(and('a = 1', '', undefined, 'b = 2 OR c = 3'), '(a = 1) AND (b = 2 OR c = 3)');
    assert.equal(or('a', null, false), 'a');
    assert.equal(and(), '');
    assert.equal(not('a = 1'), 'not(a = 1)');
  });

  it('inList() writes literals, and an empty list matches nothing', () => {
    assert.equal(inList('type', ['Aire', 'Parking "relais"', 3, true]), '`type` IN ("Aire", "Parking \\"relais\\"", 3, true)');
    assert.equal(inList('type', []), 'false');
  });

  it('dateLit()/lit() accept only real dates and finite numbers', () => {
    assert.equal(dateLit(new Date(Date.UTC(2024, 0, 31, 12))), "date'2024-01-31T12:00:00.000Z'");
    assert.equal(dateLit('2019/08/14'), "date'2019/08/14'");
    assert.equal(dateLit('2017-04-03T08:02'), "date'2017-04-03T08:02'");
    assert.throws(() => dateLit("2020' OR 1=1"), TypeError);
    assert.throws(() => dateLit(new Date('nope')), TypeError);
    assert.throws(() => lit(Infinity), TypeError);
    assert.equal(lit(null), 'null');
    assert.equal(eq('n', null), '`n` is null');
    assert.equal(eq('n', 2.5), '`n` = 2.5');
  });
});

// ods-widgets (src/services/api-params-v1-to-v2.js) sends refine=field:"value"; the local portal accepts both forms.
describe('refine values are quoted', () => {
  it('so that :, /, commas and leading spaces survive, with " and \\ escaped; already quoted values stay', () => {
    assert.deepEqual(records('d').refine('lib', ' a:b/c, d').get('refine'), ['lib:" a:b/c, d"']);
    assert.deepEqual(records('d').refine('lib', 'say "hi" \\o/').get('refine'), ['lib:"say \\"hi\\" \\\\o/"']);
    assert.deepEqual(records('d').refine('date', '2020/11').get('refine'), ['date:"2020/11"']);
    assert.deepEqual(records('d').exclude('type', '"Aire"').get('exclude'), ['type:"Aire"']);
  });
});
