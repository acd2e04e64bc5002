/** Dates: ODSQL date literals, date parts, Joda-style date_format() with French/English names. */
import { OdsqlError } from './errors.js';

/** `2019`, `2019-08`, `2019/08/14`, ISO datetimes (UTC when no offset) → epoch ms. */
export function parseDateLiteral(s: string): number {
  const t = s.trim();
  const m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(t);
  if (m) return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  const iso = /[T ]\d{2}:\d{2}/.test(t) && !/(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(' ', 'T') + 'Z' : t;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new OdsqlError(`Invalid date: ${s}`);
  return ms;
}

/** A date value (string from a date/datetime field, ms number) → epoch ms, NaN if none. */
export function toMs(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || !v) return NaN;
  if (v.length === 10) return Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10));
  return Date.parse(v);
}

/** Minutes east of UTC of zone `tz` at instant `ms` (0 for UTC or an unknown zone). */
export function zoneOffset(ms: number, tz: string | undefined): number {
  if (!tz || tz.toUpperCase() === 'UTC') return 0;
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
    const g = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    return Math.round((Date.UTC(g('year'), g('month') - 1, g('day'), g('hour'), g('minute'), g('second')) - Math.floor(ms / 1000) * 1000) / 60000);
  } catch { return 0; }
}

/** A date part; a datetime's parts are read in `tz` (a record at 00:30 in Paris is on that Paris day), a date's as is. */
export function datePart(part: string, v: unknown, tz?: string): number | null {
  const ms = toMs(v);
  if (Number.isNaN(ms)) return null;
  const dateOnly = typeof v === 'string' && v.length === 10;
  const d = new Date(dateOnly ? ms : ms + zoneOffset(ms, tz) * 60000);
  switch (part) {
    case 'year': return d.getUTCFullYear();
    case 'month': return d.getUTCMonth() + 1;
    case 'day': return d.getUTCDate();
    case 'hour': return d.getUTCHours();
    case 'minute': return d.getUTCMinutes();
    case 'second': return d.getUTCSeconds();
    case 'millisecond': return d.getUTCMilliseconds();
    case 'quarter': return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'dayofweek': return d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    default: return null;
  }
}

const NAMES: Record<string, { months: string[]; days: string[] }> = {
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Joda-like patterns: yyyy yy MM MMM MMMM M dd d HH H mm m ss s EEEE E D w, 'quoted text'. */
export function dateFormat(v: unknown, pattern: string, lang = 'fr'): string | null {
  const ms = toMs(v);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const names = NAMES[lang] ?? NAMES.en;
  const dow = (d.getUTCDay() + 6) % 7;
  const doy = Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - dow + 3));
  const week = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 604800000) + 1;
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      const j = pattern.indexOf("'", i + 1);
      out += j < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, j) || "'";
      i = j < 0 ? pattern.length : j + 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'y': case 'Y': case 'x': out += n === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), n); break;
      case 'M': out += n >= 4 ? names.months[d.getUTCMonth()] : n === 3 ? names.months[d.getUTCMonth()].slice(0, 3) : pad(d.getUTCMonth() + 1, n); break;
      case 'd': out += pad(d.getUTCDate(), n); break;
      case 'D': out += pad(doy, n); break;
      case 'H': out += pad(d.getUTCHours(), n); break;
      case 'm': out += pad(d.getUTCMinutes(), n); break;
      case 's': out += pad(d.getUTCSeconds(), n); break;
      case 'E': out += n >= 4 ? names.days[dow] : names.days[dow].slice(0, 3); break;
      case 'e': out += String(dow + 1); break;
      case 'w': out += pad(week, n); break;
      default: out += c.repeat(n);
    }
  }
  return out;
}
