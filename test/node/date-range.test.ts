import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateRangeWhere, decodeDateRange, encodeDateRange, presetBounds, todayIn } from '../../src/core/date-range.js';
import { readViewFromUrl, writeViewToUrl } from '../../src/elements/dataset/url-state.js';
import { EMPTY_VIEW, withDates } from '../../src/core/view-state.js';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('date ranges', () => {
  it('presets cover the right days (Monday-first weeks, this or next weekend)', () => {
    const wed = day('2026-12-02');
    assert.deepEqual(presetBounds('today', wed), { from: '2026-12-02', to: '2026-12-02' });
    assert.deepEqual(presetBounds('week', wed), { from: '2026-11-30', to: '2026-12-06' });
    assert.deepEqual(presetBounds('weekend', wed), { from: '2026-12-05', to: '2026-12-06' });
    assert.deepEqual(presetBounds('weekend', day('2026-12-06')), { from: '2026-12-05', to: '2026-12-06' }, 'on Sunday: this weekend');
    assert.deepEqual(presetBounds('month', day('2024-02-10')), { from: '2024-02-01', to: '2024-02-29' });
    assert.deepEqual(presetBounds('year', wed), { from: '2026-01-01', to: '2026-12-31' });
    assert.deepEqual(presetBounds('upcoming', wed), { from: '2026-12-02' });
    assert.deepEqual(presetBounds('past', wed), { before: '2026-12-02' });
  });

  it("today is the page's calendar day in its time zone", () => {
    const late = new Date('2026-12-01T23:30:00Z');
    assert.equal(todayIn(late, 'Europe/Paris'), day('2026-12-02'));
    assert.equal(todayIn(late, 'UTC'), day('2026-12-01'));
  });

  it('ODSQL: one field within the days; a start/end pair overlapping them; past events ended before today', () => {
    const types = (n: string) => (n === 'quand' ? 'datetime' : 'date');
    const wed = day('2026-12-02');
    assert.equal(dateRangeWhere('d', { from: '2026-12-01', to: '2026-12-03' }, wed, types), "(`d` >= date'2026-12-01' AND `d` < date'2026-12-04')");
    assert.equal(dateRangeWhere('d', { preset: 'upcoming', end: 'f' }, wed, types),
      "((`f` >= date'2026-12-02' OR (`f` IS NULL AND `d` >= date'2026-12-02')))");
    assert.equal(dateRangeWhere('d', { preset: 'past', end: 'f' }, wed, types), "(`f` < date'2026-12-02' OR (`f` IS NULL AND `d` < date'2026-12-02'))");
    assert.equal(dateRangeWhere('d', {}, wed, types), undefined);
    // datetime fields: the page's local midnight, as an instant
    const where = dateRangeWhere('quand', { preset: 'today' }, wed, types)!;
    assert.match(where, /^\(`quand` >= date'\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z' AND `quand` < date'/);
  });

  it('survives the URL: presets stay relative, explicit days stay days, junk is dropped', () => {
    assert.equal(encodeDateRange('d', { end: 'f', preset: 'weekend' }), 'd~f:weekend');
    assert.deepEqual(decodeDateRange('d~f:weekend'), ['d', { end: 'f', preset: 'weekend' }]);
    assert.deepEqual(decodeDateRange('d:2019-07-01..'), ['d', { from: '2019-07-01' }]);
    assert.equal(decodeDateRange("d:');DROP"), undefined);
    assert.equal(decodeDateRange('<img>:today'), undefined);
    const s = withDates(EMPTY_VIEW, 'd', { from: '2019-07-01', to: '2019-07-31' });
    const url = writeViewToUrl(new URL('https://x.fr/p'), 'ev', s);
    assert.equal(url.searchParams.get('ev.date'), 'd:2019-07-01..2019-07-31');
    assert.deepEqual(readViewFromUrl(url, 'ev').dates, { d: { from: '2019-07-01', to: '2019-07-31' } });
    assert.equal(readViewFromUrl(new URL('https://x.fr/p'), 'ev').dates, undefined);
  });
});
