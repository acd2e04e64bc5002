/** One event as an iCalendar file (RFC 5545): all-day events for date fields, UTC times for datetime fields. */

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    const limit = out.length ? 74 : 75; // continuation lines start with a space
    if (bytes.encode(cur + ch).length > limit) {
      out.push(cur);
      cur = ch;
    } else cur += ch;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

export interface IcsEvent {
  uid: string;
  title: string;
  /** `YYYY-MM-DD` (all day) or an ISO datetime. */
  start: string;
  end?: string;
  location?: string;
  description?: string;
  url?: string;
}

/** DTSTART/DTEND lines: a day's DTEND is the day after the last one (exclusive, §3.6.1). */
function when(e: IcsEvent): string[] | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (day.test(e.start)) {
    const last = e.end && day.test(e.end.slice(0, 10)) && e.end.slice(0, 10) >= e.start ? e.end.slice(0, 10) : e.start;
    const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
    return [`DTSTART;VALUE=DATE:${e.start.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${next.replace(/-/g, '')}`];
  }
  const s = new Date(e.start);
  if (Number.isNaN(s.getTime())) return undefined;
  const en = e.end ? new Date(e.end) : undefined;
  return [`DTSTART:${utc(s)}`, ...(en && !Number.isNaN(en.getTime()) && en > s ? [`DTEND:${utc(en)}`] : [])];
}

/** The file's text (CRLF line ends), or undefined when the start is not a date. */
export function icsFile(e: IcsEvent, now: Date = new Date()): string | undefined {
  const dates = when(e);
  if (!dates) return undefined;
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//opendata-widgets//od-records//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT', `UID:${icsText(e.uid)}`, `DTSTAMP:${utc(now)}`, ...dates, `SUMMARY:${icsText(e.title)}`,
    ...(e.location ? [`LOCATION:${icsText(e.location)}`] : []),
    ...(e.description ? [`DESCRIPTION:${icsText(e.description)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    'END:VEVENT', 'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Saves `text` as a file through a temporary blob link (no server round trip, no third party). */
export function download(text: string, filename: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
