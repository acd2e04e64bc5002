import type { DateRange } from '../../core/date-range.js';
import type { daterangeMessages } from './daterange.i18n.js';

type Messages = (typeof daterangeMessages)['fr'];

/** How a date filter reads: the preset's name in lower case, or "du … au …" with days formatted by `day`. */
export function dateRangeText(r: DateRange, t: Messages, day: (iso: string) => string): string {
  if (r.preset) return t[r.preset].toLocaleLowerCase();
  if (r.from && r.to) return t.between(day(r.from), day(r.to));
  if (r.from) return t.since(day(r.from));
  return r.to ? t.until(day(r.to)) : t.all;
}

/** A calendar day `YYYY-MM-DD` written in the UI language ("20 mars 2019"), whatever the time zone. */
export function formatDay(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}
