import { dateLit, field as f } from '../api/index.js';

/** Presets of `<od-daterange>`, computed on the day of the query in the page's time zone. */
export const DATE_PRESETS = ['upcoming', 'today', 'weekend', 'week', 'month', 'year', 'past'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/** One date filter of the visitor's view: a preset (kept relative in shared links) or explicit days `YYYY-MM-DD`. */
export interface DateRange {
  /** Field of the last day of a start/end pair: records match when their span overlaps the range. */
  readonly end?: string;
  readonly preset?: DatePreset;
  readonly from?: string;
  readonly to?: string;
}

/** Concrete bounds: inclusive days, or `before` (records that ended before that day). */
export interface Bounds { from?: string; to?: string; before?: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isDay = (s: unknown): s is string => typeof s === 'string' && DAY.test(s) && !Number.isNaN(Date.parse(s));

/** `YYYY-MM-DD` of a calendar day given as UTC midnight ms. */
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today's calendar day in the page's time zone (or `timeZone`), as UTC midnight ms. */
export function todayIn(now: Date = new Date(), timeZone?: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'));
}

const D = 86400000;

/** The days a preset covers on `today` (UTC midnight ms of the page's day). */
export function presetBounds(preset: DatePreset, today: number): Bounds {
  const d = new Date(today);
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  switch (preset) {
    case 'upcoming': return { from: iso(today) };
    case 'today': return { from: iso(today), to: iso(today) };
    // On Saturday or Sunday, this weekend; otherwise the next one.
    case 'weekend': return dow >= 5 ? { from: iso(today - (dow - 5) * D), to: iso(today + (6 - dow) * D) } : { from: iso(today + (5 - dow) * D), to: iso(today + (6 - dow) * D) };
    case 'week': return { from: iso(today - dow * D), to: iso(today + (6 - dow) * D) };
    case 'month': return { from: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)), to: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)) };
    case 'year': return { from: `${d.getUTCFullYear()}-01-01`, to: `${d.getUTCFullYear()}-12-31` };
    case 'past': return { before: iso(today) };
  }
}

export function boundsOf(r: DateRange, today: number): Bounds {
  if (r.preset) return presetBounds(r.preset, today);
  return { from: isDay(r.from) ? r.from : undefined, to: isDay(r.to) ? r.to : undefined };
}

/**
 * The start of a calendar day as a `date'…'` literal: the bare day for `date` fields, the page's local midnight
 * (with its offset, so summer and winter time are right) for `datetime` fields.
 */
function startOf(day: string, type: string | undefined): string {
  if (type !== 'datetime') return dateLit(day);
  const [y, m, dd] = day.split('-').map(Number);
  return dateLit(new Date(y, m - 1, dd));
}
const nextDay = (day: string) => iso(Date.parse(day) + D);

/**
 * ODSQL of a date filter. One field: the value falls within the days. A start/end pair: the span
 * `[start, end]` overlaps them (a record without an end lasts its start day). "Passés": ended before today.
 */
export function dateRangeWhere(name: string, r: DateRange, today: number, typeOf: (field: string) => string | undefined): string | undefined {
  const b = boundsOf(r, today);
  const start = f(name);
  const st = typeOf(name);
  if (!r.end) {
    if (b.before) return `${start} < ${startOf(b.before, st)}`;
    const parts = [b.from ? `${start} >= ${startOf(b.from, st)}` : '', b.to ? `${start} < ${startOf(nextDay(b.to), st)}` : ''].filter(Boolean);
    return parts.length ? `(${parts.join(' AND ')})` : undefined;
  }
  const end = f(r.end);
  const et = typeOf(r.end);
  if (b.before) return `(${end} < ${startOf(b.before, et)} OR (${end} IS NULL AND ${start} < ${startOf(b.before, st)}))`;
  const parts: string[] = [];
  if (b.to) parts.push(`${start} < ${startOf(nextDay(b.to), st)}`);
  if (b.from) parts.push(`(${end} >= ${startOf(b.from, et)} OR (${end} IS NULL AND ${start} >= ${startOf(b.from, st)}))`);
  return parts.length ? `(${parts.join(' AND ')})` : undefined;
}

/** `field[~end]:preset` or `field[~end]:from..to` (URL form of one date filter). */
export function encodeDateRange(name: string, r: DateRange): string {
  const key = r.end ? `${name}~${r.end}` : name;
  return `${key}:${r.preset ?? `${r.from ?? ''}..${r.to ?? ''}`}`;
}

export function decodeDateRange(s: string): [string, DateRange] | undefined {
  const m = /^([\w-]+)(?:~([\w-]+))?:(.*)$/.exec(s);
  if (!m) return undefined;
  const [, name, end, value] = m;
  const base = end ? { end } : {};
  if ((DATE_PRESETS as readonly string[]).includes(value)) return [name, { ...base, preset: value as DatePreset }];
  const [from, to] = value.split('..');
  const r = { ...base, ...(isDay(from) ? { from } : {}), ...(isDay(to) ? { to } : {}) };
  return r.from || r.to ? [name, r] : undefined;
}
