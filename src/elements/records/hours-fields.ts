// Which fields of a schema hold opening hours: decided before the hours code (opening-hours.ts) is loaded.
import type { FieldMeta } from '../../api/index.js';

const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const DAY_FIELD = new RegExp(`(^|_)(${DAYS.join('|')})$`, 'i');

/** The hours fields of a dataset: one per weekday, Monday first, or one OSM `opening_hours` field. */
export interface HoursSource { days?: (string | undefined)[]; osm?: string }

/** Fields holding the hours: one per weekday (`h_lundi` … `h_dimanche`), or an OSM `opening_hours` field. */
export function findHoursFields(schema: readonly FieldMeta[], attr?: string | null): HoursSource | undefined {
  if (attr) {
    const f = schema.find((x) => x.name === attr);
    return f ? { osm: f.name } : undefined;
  }
  const days = DAYS.map((d) => schema.find((f) => f.type === 'text' && DAY_FIELD.test(f.name) && f.name.toLowerCase().endsWith(d))?.name);
  if (days.filter(Boolean).length >= 5) return { days };
  const osm = schema.find((f) => f.type === 'text' && /^(opening_hours|horaires_osm|horaires_opening_hours)$/i.test(f.name));
  return osm ? { osm: osm.name } : undefined;
}
