/** `timezone=Europe/Paris`: datetime values are rendered with that zone's offset (UTC by default, `+00:00`). */
import type { Dataset, Row } from '../store/types.js';

function offsetMinutes(ms: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
  const g = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Math.round((Date.UTC(g('year'), g('month') - 1, g('day'), g('hour'), g('minute'), g('second')) - Math.floor(ms / 1000) * 1000) / 60000);
}

export function formatInZone(iso: string, tz: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const off = offsetMinutes(ms, tz);
  const local = new Date(ms + off * 60000).toISOString().slice(0, 19);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

export function withTimezone(rows: Row[], ds: Dataset, tz: string | null): Row[] {
  if (!tz || tz.toUpperCase() === 'UTC') return rows;
  try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); } catch { return rows; }
  const dt = ds.fields.filter((f) => f.type === 'datetime').map((f) => f.name);
  if (!dt.length) return rows;
  return rows.map((r) => {
    const o = { ...r };
    for (const k of dt) if (typeof o[k] === 'string') o[k] = formatInZone(o[k] as string, tz);
    return o;
  });
}
