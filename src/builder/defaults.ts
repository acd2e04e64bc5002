// Options that work on the chosen dataset, derived from its schema: a category or date for a chart's axis,
// count(*) for a value, its geo field for a map, a few readable columns for a table. Pure.
import { OPTION_SPECS } from './option-spec.js';
import { DATE_TYPES, GEO_TYPES, checkOption, type SchemaField } from './schema-check.js';

export interface SchemaFieldWithHints extends SchemaField { facet?: boolean }

const isGeo = (f: SchemaField) => GEO_TYPES.has(f.type);
const readable = (f: SchemaField) => !isGeo(f) && !/^(id|code|siren|geo|x|y)(_|$)|^(xlong|ylat|latitude|longitude)$/.test(f.name);
const nameLike = (f: SchemaField) => /(^|_)(nom|name|libelle|titre|title)(_|$)/.test(f.name);

/** A category (facet-annotated text), else a date's year, else the first readable text field. */
function axisOf(fields: SchemaFieldWithHints[]): string | undefined {
  const cat = fields.find((f) => f.facet && f.type === 'text' && readable(f));
  if (cat) return cat.name;
  const date = fields.find((f) => DATE_TYPES.has(f.type));
  if (date) return `year(${date.name})`;
  return fields.find((f) => f.type === 'text' && readable(f))?.name;
}

/** Default option values of `tag` for a dataset with `fields` (only options that need a value). */
export function defaultsFor(tag: string, fields: SchemaFieldWithHints[]): Record<string, string> {
  const texts = fields.filter((f) => f.type === 'text' && readable(f));
  const title = texts.find(nameLike) ?? texts[0];
  switch (tag) {
    case 'od-table': return { fields: fields.filter(readable).slice(0, 5).map((f) => f.name).join(','), 'page-size': '10' };
    case 'od-chart': {
      const x = axisOf(fields);
      return x ? { type: x.startsWith('year(') ? 'line' : 'bar', x, y: 'count(*)', ...(x.startsWith('year(') ? {} : { top: '10' }) } : { y: 'count(*)' };
    }
    case 'od-kpi': return { value: 'count(*)' };
    case 'od-map': {
      const geo = fields.find((f) => f.type === 'geo_point_2d') ?? fields.find(isGeo);
      if (!geo) return {};
      const popup = texts.filter((f) => f !== title).slice(0, 2).map((f) => f.name);
      return { 'geo-field': geo.name, ...(title ? { 'title-field': title.name } : {}), ...(popup.length ? { 'popup-fields': popup.join(',') } : {}) };
    }
    case 'od-facets': {
      // The portal's own facet annotations are the default; without any, two category fields.
      if (fields.some((f) => f.facet)) return {};
      return { fields: texts.slice(0, 2).map((f) => f.name).join(',') };
    }
    case 'od-daterange': {
      // Events: a start and an end date give overlap semantics; else the first date.
      const dates = fields.filter((f) => f.type === 'date' || f.type === 'datetime');
      if (!dates.length) return {};
      const end = dates.find((f) => /fin|end/i.test(f.name));
      const start = dates.find((f) => f !== end) ?? dates[0];
      return { field: start.name, ...(end && end !== start ? { 'end-field': end.name } : {}) };
    }
    case 'od-select': {
      const pick = fields.find((f) => f.facet && f.type === 'text') ?? texts.find((f) => f !== title) ?? texts[0];
      return pick ? { field: pick.name } : {};
    }
    default: return {};
  }
}

/** A problem of the widget with this dataset that no option can fix (e.g. a map without geo field). */
export function datasetProblem(tag: string, fields: SchemaField[]): string | undefined {
  if (!fields.length) return undefined;
  if (tag === 'od-daterange' && !fields.some((f) => f.type === 'date' || f.type === 'datetime')) return 'Ce jeu de données n’a pas de champ date : un filtre de dates ne peut rien y filtrer. Choisissez un autre jeu ou un autre widget.';
  if (tag === 'od-map' && !fields.some(isGeo)) return 'Ce jeu de données n’a pas de champ géographique : une carte ne peut rien y montrer. Choisissez un autre jeu ou un autre widget.';
  return undefined;
}

/**
 * After a dataset change: the options whose value no longer fits the new schema are replaced by that dataset's
 * default (or cleared). Returns the new values and the names of the options that changed.
 */
export function refit(tag: string, values: Record<string, string>, fields: SchemaFieldWithHints[]): { values: Record<string, string>; changed: string[] } {
  const specs = OPTION_SPECS[tag] ?? {};
  const defaults = defaultsFor(tag, fields);
  const out: Record<string, string> = {};
  const changed: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const spec = specs[name];
    if (spec?.field && value.trim() && checkOption(spec, undefined, value, fields).length) {
      changed.push(name);
      if (defaults[name]) out[name] = defaults[name];
      continue;
    }
    out[name] = value;
  }
  // Options a widget needs to show anything (a map's geo field, a chart's axis) come back when missing.
  for (const [name, value] of Object.entries(defaults)) {
    if (!out[name] && specs[name]?.field && ['x', 'geo-field'].includes(name)) {
      out[name] = value;
      if (!changed.includes(name)) changed.push(name);
    }
  }
  return { values: out, changed };
}
