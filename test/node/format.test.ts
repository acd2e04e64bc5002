// Type-aware value formatting: what a visitor reads in a table cell, in fr/en/br.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue, linkText } from '../../src/core/format.js';

const NNBSP = '\u202f';
const f = (type: string, name = 'x', extra: Record<string, unknown> = {}) => ({ name, type, label: name, ...extra });

describe('formatValue', () => {
  it('groups numbers the French way and keeps decimals', () => {
    assert.equal(formatValue(102542, f('int', 'population')).text, `102${NNBSP}542`);
    assert.equal(formatValue(1234.5678, f('double', 'montant')).text, `1${NNBSP}234,57`);
    assert.equal(formatValue(1234.5, f('double'), { lang: 'en' }).text, '1,234.5');
    assert.equal(formatValue(3, f('double'), { decimals: 2 }).text, '3,00');
    assert.equal(formatValue(42, f('int')).numeric, true);
  });

  it('never groups codes and years written with digits', () => {
    assert.equal(formatValue(29232, f('int', 'code_insee')).text, '29232');
    assert.equal(formatValue(200068120, f('int', 'siren_epci')).text, '200068120');
    assert.equal(formatValue(2019, f('int', 'annee')).text, '2019');
    assert.equal(formatValue(2019, f('int', 'millesime')).text, '2019');
    assert.equal(formatValue(2019, f('int', 'y', { label: 'Année' })).text, '2019');
  });

  it('appends the unit annotation', () => {
    assert.equal(formatValue(12, f('int', 'nbre_pl', { annotations: { unit: 'places' } })).text, `12${NNBSP}places`);
  });

  it('writes dates as calendar days, whatever the time zone', () => {
    assert.equal(formatValue('2019-08-29', f('date')).text, '29 août 2019');
    assert.equal(formatValue('2019-08-29', f('date'), { lang: 'en' }).text, '29 Aug 2019');
    assert.match(formatValue('2024-03-01T10:30:00+00:00', f('datetime')).text, /^1 mars 2024/);
    // Dates and datetimes come as YYYY-MM-DD or ISO with an offset (spec §6): both read, on the right day.
    assert.equal(formatValue('2019-08-29T00:00:00+02:00', f('date')).text, '29 août 2019');
    assert.equal(formatValue('2019-08-29T23:30:00-05:00', f('date')).text, '29 août 2019');
    // 23:30 UTC on 30 Nov is 00:30 on 1 Dec in Paris (the default page zone), whatever the machine's zone.
    assert.match(formatValue('2020-11-30T23:30:00+00:00', f('datetime')).text, /^1 déc\. 2020.*00:30/);
    assert.match(formatValue('2020-12-01T00:30:00+01:00', f('datetime')).text, /^1 déc\. 2020.*00:30/);
    // invalid dates seen in KerOfis stay as written rather than becoming "Invalid Date"
    assert.equal(formatValue('0000-00-00', f('date')).text, '0000-00-00');
  });

  it('says yes/no in each language', () => {
    assert.equal(formatValue(true, f('boolean')).text, 'oui');
    assert.equal(formatValue('false', f('boolean')).text, 'non');
    assert.equal(formatValue(true, f('boolean'), { lang: 'en' }).text, 'yes');
    assert.equal(formatValue(false, f('boolean'), { lang: 'br' }).text, 'nann');
  });

  it('puts a text placeholder in empty cells', () => {
    for (const v of [null, undefined, '', '   ', []]) {
      const out = formatValue(v, f('text'));
      assert.equal(out.text, 'non renseigné');
      assert.equal(out.empty, true);
    }
    assert.equal(formatValue(null, f('int'), { lang: 'en' }).text, 'not provided');
    assert.equal(formatValue(null, f('int'), { lang: 'br' }).text, 'titour ebet');
    assert.equal(formatValue(0, f('int')).text, '0');
  });

  it('turns http(s), mailto and tel values into links with readable text, never other schemes', () => {
    const web = formatValue('https://www.quimper.bzh/fr/mairie/', f('text', 'site'));
    assert.equal(web.href, 'https://www.quimper.bzh/fr/mairie/');
    assert.equal(web.text, 'quimper.bzh/fr/mairie');
    const mail = formatValue('mailto:contact@quimper.bzh', f('text'));
    assert.equal(mail.text, 'contact@quimper.bzh');
    assert.deepEqual(formatValue('accueil@mairie-briec.fr', f('text', 'mail')), { text: 'accueil@mairie-briec.fr', href: 'mailto:accueil@mairie-briec.fr' });
    assert.equal(formatValue('a@b <script>', f('text')).href, undefined);
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:window.__xss=1', 'data:text/html,<script>x</script>']) {
      const out = formatValue(bad, f('text'));
      assert.equal(out.href, undefined);
      assert.equal(out.text, bad);
    }
  });

  it('shortens long link text in the middle but keeps the host', () => {
    const t = linkText('https://data.example.fr/explore/dataset/finistere-aires-covoiturage/information/?sort=x');
    assert.ok(t.startsWith('data.example.fr/…'), t);
    assert.ok(t.length <= 60);
  });

  it('writes geo values as text', () => {
    assert.equal(formatValue({ lon: -4.1028, lat: 47.99612 }, f('geo_point_2d')).text, '47,99612° N, 4,1028° O');
    assert.equal(formatValue({ lon: -4.1, lat: 48 }, f('geo_point_2d'), { lang: 'br' }).text, '48° N, 4,1° K');
    assert.equal(formatValue({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] } }, f('geo_shape')).text,
      'Forme géographique (Polygon)');
  });

  it('joins multivalued fields and links files by name', () => {
    assert.equal(formatValue(['29000', '29500'], f('text', 'codes_postaux')).text, '29000, 29500');
    const file = formatValue({ url: 'https://x.fr/a.pdf', filename: 'a.pdf' }, f('file'));
    assert.deepEqual(file, { text: 'a.pdf', href: 'https://x.fr/a.pdf' });
    assert.deepEqual(formatValue({ url: 'javascript:x', filename: 'a.pdf' }, f('image')), { text: 'a.pdf' });
  });

  it('treats markup as text and unknown types as text', () => {
    assert.equal(formatValue('<img src=x onerror=alert(1)>', f('text')).text, '<img src=x onerror=alert(1)>');
    assert.equal(formatValue({ a: 1 }, f('json_blob')).text, '{"a":1}');
    assert.equal(formatValue('abc', f('int')).text, 'abc');
  });

  it('stays bounded on hostile values: deep nesting, huge arrays, long text (issue 18)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20000; i++) deep = [deep];
    const d = formatValue(deep, f('text'));
    assert.ok(d.text.length <= 301, `${d.text.length} chars`);
    assert.match(d.text, /^\[\[\[.*…/);
    const many = formatValue(Array.from({ length: 100000 }, (_, i) => `v${i}`), f('text'));
    assert.ok(many.text.length <= 301 && many.text.endsWith('…'), many.text.slice(-20));
    const long = formatValue('a'.repeat(5000), f('text'));
    assert.equal(long.text.length, 301);
    assert.ok(long.text.endsWith('…') && long.cut);
    assert.equal(formatValue('a'.repeat(5000), f('text'), { maxLength: Infinity }).text.length, 5000);
  });

  it('links say where they go: mail address only, bidi controls shown, relative URLs against the portal (issue 18)', () => {
    const mail = formatValue('mailto:mairie@quimper.bzh?cc=x@evil.example&body=Bonjour', f('text'));
    assert.deepEqual(mail, { text: 'mairie@quimper.bzh', href: 'mailto:mairie@quimper.bzh' });
    const file = formatValue({ url: '/api/explore/v2.1/catalog/datasets/x/files/1', filename: '\u202Efdp.exe' }, f('file'),
      { base: 'https://data.quimper.bzh/' });
    assert.deepEqual(file, { text: '⟨U+202E⟩fdp.exe', href: 'https://data.quimper.bzh/api/explore/v2.1/catalog/datasets/x/files/1' });
    // Without the portal's URL, a relative URL is no link (it would point into the host site).
    assert.deepEqual(formatValue({ url: '/files/1', filename: 'a.pdf' }, f('file')), { text: 'a.pdf' });
    assert.equal(linkText('https://x.fr/\u202Efdp.exe'), 'x.fr/⟨U+202E⟩fdp.exe');
  });
});
