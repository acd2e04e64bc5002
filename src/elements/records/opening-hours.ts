/**
 * Opening hours, computed in Europe/Paris whatever the visitor's clock: per-weekday columns ("09:00 - 12:00 /
 * 14:00 - 17:00", as in the France services list) are read here; an OpenStreetMap `opening_hours` value is read by
 * the `opening_hours` library, loaded only when such a field is shown. This module itself is loaded only for a
 * dataset with hours (`findHoursFields`).
 */
import type { OdsRecord } from '../../api/index.js';

export const HOURS_TZ = 'Europe/Paris';

/** Minutes since midnight, `[open, close)`. */
export type Interval = [number, number];
/** Intervals for Monday (0) to Sunday (6). */
export type Week = Interval[][];

/** What the card says: open until a time, or closed and when it opens next (days from today, 0 = today). */
export type HoursState = { open: true; closes: string } | { open: false; opens?: { inDays: number; day: number; at: string } };

const TIME = /(\d{1,2})\s*[h:.]\s*(\d{2})?/gi;

/** "09:00 - 12:00 / 14:00 - 17:00", "9h-12h et 14h-17h30" → intervals; text without times (Fermé) → none. */
export function parseDayHours(text: unknown): Interval[] {
  if (typeof text !== 'string') return [];
  const times = [...text.matchAll(TIME)].map((m) => Number(m[1]) * 60 + Number(m[2] ?? 0)).filter((n) => n <= 24 * 60);
  const out: Interval[] = [];
  for (let i = 0; i + 1 < times.length; i += 2) if (times[i + 1] > times[i]) out.push([times[i], times[i + 1]]);
  return out;
}

export const weekOf = (r: OdsRecord, days: (string | undefined)[]): Week => days.map((f) => (f ? parseDayHours(r[f]) : []));

/** Weekday (Monday 0) and minutes of `now` in Europe/Paris. */
export function parisClock(now: Date): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: HOURS_TZ, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { day: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')), minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Open or closed at `now`, from a week of intervals. */
export function weekState(week: Week, now: Date): HoursState {
  const { day, minutes } = parisClock(now);
  const current = week[day]?.find(([a, b]) => minutes >= a && minutes < b);
  if (current) return { open: true, closes: hhmm(current[1]) };
  for (let k = 0; k < 8; k++) {
    const d = (day + k) % 7;
    const next = (week[d] ?? []).find(([a]) => k > 0 || a > minutes);
    if (next) return { open: false, opens: { inDays: k, day: d, at: hhmm(next[0]) } };
  }
  return { open: false };
}

/** A Date whose local fields read the Paris wall clock (the library computes in local time). */
function parisWallClock(now: Date): Date {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: HOURS_TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const g = (t: string) => Number(p.find((x) => x.type === t)!.value);
  return new Date(g('year'), g('month') - 1, g('day'), g('hour'), g('minute'), g('second'));
}

type OhModule = typeof import('opening_hours');
let ohModule: Promise<OhModule> | undefined;

/** The OSM `opening_hours` state (loads the library once); undefined when the value does not parse. */
export async function osmState(value: unknown, now: Date): Promise<HoursState | undefined> {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  ohModule ??= import('opening_hours');
  const mod = await ohModule;
  const OH = (mod as unknown as { default: OhModule['default'] }).default ?? mod;
  let oh: InstanceType<OhModule['default']>;
  try {
    oh = new OH(value, null);
  } catch {
    return undefined;
  }
  const wall = parisWallClock(now);
  const next = oh.getNextChange(wall, new Date(wall.getTime() + 8 * 86400000));
  if (oh.getState(wall)) return { open: true, closes: next ? hhmm(next.getHours() * 60 + next.getMinutes()) : '24:00' };
  if (!next) return { open: false };
  const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const inDays = Math.round((startOfDay(next) - startOfDay(wall)) / 86400000);
  return { open: false, opens: { inDays, day: (next.getDay() + 6) % 7, at: hhmm(next.getHours() * 60 + next.getMinutes()) } };
}
