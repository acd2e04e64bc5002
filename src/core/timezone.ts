/**
 * The time zone in which widgets ask the portal to cut dates (year/month/day groups, date facets and refinements):
 * the page's `<meta name="od-timezone" content="…">`, else Europe/Paris (French public sites). Sent as `timezone`,
 * so a record at 00:30 Paris time falls on its Paris day rather than on the previous UTC day.
 */
export const DEFAULT_TIMEZONE = 'Europe/Paris';

export function pageTimezone(doc: Document | undefined = globalThis.document): string {
  const tz = doc?.querySelector('meta[name="od-timezone"]')?.getAttribute('content')?.trim();
  if (!tz) return DEFAULT_TIMEZONE;
  try { new Intl.DateTimeFormat('fr', { timeZone: tz }); return tz; } catch { return DEFAULT_TIMEZONE; }
}
