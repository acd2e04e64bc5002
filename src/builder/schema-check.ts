// Checks widget options against their declared type and the chosen dataset's schema, so the builder never hands
// out code that shows a configuration error. Pure: works on the option table and the dataset's field list.
import type { FieldUse, OptionSpec } from './option-spec.js';
import { checkAggregate, parseAggregate as parseWidgetAggregate, type FieldMeta } from '../api/index.js';
import { aggregateProblemText } from '../i18n/aggregate.js';

export interface SchemaField { name: string; label: string; type: string }

export const NUMERIC_TYPES = new Set(['int', 'double', 'decimal']);
export const DATE_TYPES = new Set(['date', 'datetime']);
export const GEO_TYPES = new Set(['geo_point_2d', 'geo_shape']);
export const AGG_FUNCTIONS = ['count', 'sum', 'avg', 'min', 'max', 'median'] as const;
export const DATE_PARTS = ['year', 'month', 'day'] as const;

/** The fields an option may name (numbers only for sums, geo fields for a map, text for filters…). */
export function fieldsFor(use: FieldUse | undefined, fields: SchemaField[]): SchemaField[] {
  if (!use || use.kind === 'aggregate') return fields.filter((f) => NUMERIC_TYPES.has(f.type));
  if (use.kind === 'axis') return fields.filter((f) => !GEO_TYPES.has(f.type));
  switch (use.accepts) {
    case 'geo': return fields.filter((f) => GEO_TYPES.has(f.type));
    case 'date': return fields.filter((f) => DATE_TYPES.has(f.type));
    case 'numeric': return fields.filter((f) => NUMERIC_TYPES.has(f.type));
    // Category filters: values to pick from, not measures.
    case 'text': return fields.filter((f) => !GEO_TYPES.has(f.type) && f.type !== 'double');
    default: return fields.filter((f) => !GEO_TYPES.has(f.type));
  }
}

/** `sum(population)` → `{ fn: 'sum', field: 'population' }`; `count(*)` → `{ fn: 'count', field: '*' }`. */
export function parseAggregate(value: string): { fn: string; field: string } | undefined {
  const m = /^\s*([a-z]+)\(\s*(\*|[\w.-]+)\s*\)\s*$/i.exec(value);
  return m ? { fn: m[1].toLowerCase(), field: m[2] } : undefined;
}

/** `year(date_maj)` → `{ part: 'year', field: 'date_maj' }`; `nom` → `{ field: 'nom' }`. */
export function parseAxis(value: string): { part?: string; field: string } {
  const m = /^\s*(year|month|day)\((.+)\)\s*$/i.exec(value);
  return m ? { part: m[1].toLowerCase(), field: m[2].trim() } : { field: value.trim() };
}

export const splitList = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

const unknown = (name: string) => `champ inconnu dans ce jeu de données : ${name}`;

/** French problems with a value that names fields (empty: fine). */
export function checkFieldValue(use: FieldUse, value: string, fields: SchemaField[]): string[] {
  const v = value.trim();
  if (!v || !fields.length) return [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const fits = new Set(fieldsFor(use, fields).map((f) => f.name));
  const wrongType = (f: SchemaField) => {
    const want = use.kind !== 'aggregate' && 'accepts' in use ? use.accepts : undefined;
    return `${f.name} est de type ${f.type} : ${want === 'geo' ? 'un champ géographique' : want === 'date' ? 'un champ date' : want === 'numeric' ? 'un champ numérique' : 'un autre champ'} est attendu`;
  };
  const one = (name: string): string[] => {
    const f = byName.get(name);
    if (!f) return [unknown(name)];
    return fits.has(name) ? [] : [wrongType(f)];
  };
  if (use.kind === 'fields') return splitList(v).flatMap(one);
  if (use.kind === 'field') return one(v);
  if (use.kind === 'axis') {
    const { part, field } = parseAxis(v);
    const f = byName.get(field);
    if (!f) return [unknown(field)];
    if (part && !DATE_TYPES.has(f.type)) return [`${part}() demande un champ date : ${f.name} est de type ${f.type}`];
    return GEO_TYPES.has(f.type) ? [`${f.name} est un champ géographique : choisissez une catégorie ou une date`] : [];
  }
  const agg = parseAggregate(v);
  if (agg?.fn === 'count' && agg.field === '*') return [];
  if (!agg || !(AGG_FUNCTIONS as readonly string[]).includes(agg.fn)) {
    return ['agrégat attendu : count(*), sum(champ), avg(champ), min(champ), max(champ) ou median(champ)'];
  }
  if (!byName.has(agg.field)) return [unknown(agg.field)];
  // The widgets' own grammar and type rules (src/api/aggregate.ts): what the builder accepts, the widget shows.
  const parsed = parseWidgetAggregate(v);
  const metas: FieldMeta[] = fields.map((x) => ({ ...x, description: null, annotations: {} }));
  const problem = parsed ? checkAggregate(parsed, metas) : undefined;
  return problem ? [aggregateProblemText(problem, 'fr')] : [];
}

/** The choices of an enum option: the table's list, or a literal union of the manifest type (`'a' | 'b'`). */
export function enumValues(spec: OptionSpec | undefined, type: string | undefined): string[] | undefined {
  if (spec?.values) return spec.values;
  const parts = (type ?? '').split('|').map((s) => s.trim()).filter((s) => s !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

/** French problems with one option's value: choice list, bounded integer, schema fields. */
export function checkOption(spec: OptionSpec | undefined, type: string | undefined, value: string, fields: SchemaField[]): string[] {
  const v = value.trim();
  if (!v || v === 'true' || v === 'false') return [];
  const values = enumValues(spec, type);
  if (values && !values.includes(v)) return [`valeur inconnue « ${v} » : choisissez ${values.join(', ')}`];
  if (/^number/.test(type ?? '') || spec?.min !== undefined) {
    const n = Number(v);
    if (!Number.isInteger(n)) return ['nombre entier attendu'];
    if (spec?.min !== undefined && n < spec.min) return [`au moins ${spec.min}`];
    if (spec?.max !== undefined && n > spec.max) return [`au plus ${spec.max}`];
    return [];
  }
  return spec?.field ? checkFieldValue(spec.field, v, fields) : [];
}
