import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { osmState, parseDayHours, weekState, type Week } from '../../src/elements/records/opening-hours.js';
import { fold, icsFile, icsText } from '../../src/elements/records/ics.js';
import { addressLines, pickCardFields, telUrl, websiteUrl } from '../../src/elements/records/record-fields.js';
import type { FieldMeta } from '../../src/api/index.js';

const fm = (name: string, type = 'text'): FieldMeta => ({ name, type, label: name, description: null, annotations: {} });

describe('opening hours (Europe/Paris)', () => {
  const fs: Week = ['09:00 - 12:00 / 14:00 - 17:00', '09:00 - 12:00 / 14:00 - 16:30', '', '9h-12h et 14h-17h30', '09:00 - 12:00', '', 'Fermé'].map(parseDayHours);

  it('reads "09:00 - 12:00 / 14:00 - 17:00" and "9h-12h et 14h-17h30"; text without times is closed', () => {
    assert.deepEqual(fs[0], [[540, 720], [840, 1020]]);
    assert.deepEqual(fs[3], [[540, 720], [840, 1050]]);
    assert.deepEqual(fs[6], []);
  });

  it('open until the end of the current slot; closed: the next opening, today, tomorrow or a weekday', () => {
    // Monday 1 December 2025 (winter: UTC+1)
    assert.deepEqual(weekState(fs, new Date('2025-12-01T09:30:00Z')), { open: true, closes: '12:00' }); // 10:30 in Paris
    assert.deepEqual(weekState(fs, new Date('2025-12-01T11:30:00Z')), { open: false, opens: { inDays: 0, day: 0, at: '14:00' } });
    assert.deepEqual(weekState(fs, new Date('2025-12-02T17:00:00Z')), { open: false, opens: { inDays: 2, day: 3, at: '09:00' } }); // Tue 18:00 → Thu
    assert.deepEqual(weekState(fs, new Date('2025-12-05T12:00:00Z')), { open: false, opens: { inDays: 3, day: 0, at: '09:00' } }); // Fri 13:00 → Mon
    // summer time (UTC+2): 07:30 UTC is 09:30 in Paris
    assert.deepEqual(weekState(fs, new Date('2026-06-01T07:30:00Z')), { open: true, closes: '12:00' });
    assert.deepEqual(weekState([[], [], [], [], [], [], []], new Date()), { open: false });
  });

  it('OpenStreetMap opening_hours through the library, in Paris time', async () => {
    assert.deepEqual(await osmState('Mo-Fr 09:00-12:00,14:00-17:00', new Date('2025-12-01T09:30:00Z')), { open: true, closes: '12:00' });
    assert.deepEqual(await osmState('Mo-Fr 09:00-12:00,14:00-17:00', new Date('2025-12-06T09:30:00Z')), { open: false, opens: { inDays: 2, day: 0, at: '09:00' } });
    assert.equal(await osmState('pas des horaires', new Date()), undefined);
  });
});

describe('iCalendar (RFC 5545)', () => {
  it('an all-day event ends the day after its last day; text is escaped; long lines folded at 75 octets', () => {
    const ics = icsFile({ uid: 'CD080@festivals', title: 'FESTIVAL ELECTR()CUTION, Brest; 2019', start: '2019-03-20', end: '2019-03-23', location: 'Brest' },
      new Date('2026-12-01T10:00:00Z'))!;
    const lines = ics.split('\r\n');
    assert.ok(ics.endsWith('\r\n'));
    assert.deepEqual(lines.slice(0, 2), ['BEGIN:VCALENDAR', 'VERSION:2.0']);
    assert.ok(lines.includes('DTSTART;VALUE=DATE:20190320'));
    assert.ok(lines.includes('DTEND;VALUE=DATE:20190324'));
    assert.ok(lines.includes('DTSTAMP:20261201T100000Z'));
    assert.ok(lines.includes('SUMMARY:FESTIVAL ELECTR()CUTION\\, Brest\\; 2019'));
    assert.equal(icsText('a\\b\nc'), 'a\\\\b\\nc');
    const long = fold('DESCRIPTION:' + 'é'.repeat(80));
    assert.ok(long.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75));
    assert.equal(long.split('\r\n ').join(''), 'DESCRIPTION:' + 'é'.repeat(80));
    assert.equal(icsFile({ uid: 'x', title: 'x', start: 'pas une date' }), undefined);
  });
});

describe('card fields from the schema', () => {
  it('France services: the structure name as title, address lines, phone, e-mail', () => {
    const schema = ['id_fs', 'insee_dep', 'lib_fs', 'adresse', 'complement_adresse', 'insee_com', 'code_postal', 'lib_com', 'mail', 'telephone'].map((n) => fm(n));
    const c = pickCardFields(schema);
    assert.equal(c.title?.name, 'lib_fs');
    assert.deepEqual(c.address.map((f) => f.name), ['adresse', 'complement_adresse', 'code_postal', 'lib_com']);
    assert.equal(c.phone?.name, 'telephone');
    assert.equal(c.email?.name, 'mail');
    const r = { adresse: '2 Rue de l’Ile de Man', complement_adresse: '', code_postal: '29000', lib_com: 'Quimper' };
    assert.deepEqual(addressLines(r, c.address, (f) => String(r[f.name as keyof typeof r])), ['2 Rue de l’Ile de Man', '29000 Quimper']);
  });

  it('phones become tel: (a leading 0 restored), websites get https:// and never another scheme', () => {
    assert.equal(telUrl('02 98 52 77 50'), 'tel:0298527750');
    assert.equal(telUrl(298526060), 'tel:0298526060');
    assert.equal(telUrl('n/a'), undefined);
    assert.equal(websiteUrl('www.ensemblesillages.com'), 'https://www.ensemblesillages.com/');
    assert.equal(websiteUrl('javascript:alert(1)'), undefined);
    assert.equal(websiteUrl('data:text/html,x'), undefined);
  });
});
