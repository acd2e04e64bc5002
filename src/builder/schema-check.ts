// Checks widget options that name fields against the chosen dataset's schema, so the builder never hands out
// code that shows a configuration error. Pure: works on the field list of the dataset metadata. Aggregates use the
// widgets' one grammar and type rules (src/api/aggregate.ts): sum/avg/median of numbers, min/max of numbers or dates.
import { aggregatableFields, checkAggregate, parseAggregate, type FieldMeta } from '../api/index.js';
import { aggregateProblemText } from '../i18n/aggregate.js';

export interface SchemaField { name: string; label: string; type: string }
export type FieldKind = 'field-list' | 'field' | 'field-or-date' | 'aggregate';

/** Which attributes take field names, and how (by attribute name, as the elements document them). */
export function fieldKind(attribute: string): FieldKind | undefined {
  if (attribute === 'fields') return 'field-list';
  if (attribute === 'series') return 'field';
  if (attribute === 'x') return 'field-or-date';
  if (attribute === 'y' || attribute === 'value') return 'aggregate';
  return undefined;
}

const DATES = new Set(['date', 'datetime']);

const asMeta = (fields: SchemaField[]): FieldMeta[] => fields.map((f) => ({ ...f, description: null, annotations: {} }));

/** French problems with `value` for `attribute`, given the dataset's fields (empty: fine). */
export function checkFieldValue(attribute: string, value: string, fields: SchemaField[]): string[] {
  const kind = fieldKind(attribute);
  const v = value.trim();
  if (!kind || !v) return [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const unknown = (name: string) => `champ inconnu dans ce jeu de données : ${name}`;
  if (kind === 'field-list') {
    return v.split(',').map((s) => s.trim()).filter(Boolean).filter((n) => !byName.has(n)).map(unknown);
  }
  if (kind === 'field') return byName.has(v) ? [] : [unknown(v)];
  if (kind === 'field-or-date') {
    const m = /^(year|month|day)\((.+)\)$/.exec(v);
    if (!m) return byName.has(v) ? [] : [unknown(v)];
    const f = byName.get(m[2].trim());
    if (!f) return [unknown(m[2].trim())];
    return DATES.has(f.type) ? [] : [`${m[1]}() demande un champ date : ${f.name} est de type ${f.type}`];
  }
  const agg = parseAggregate(v);
  if (!agg) return [`agrégat attendu : count(*), sum(champ), avg(champ), min(champ), max(champ) ou median(champ)`];
  const problem = checkAggregate(agg, asMeta(fields));
  if (problem?.kind === 'unknown-field') return [unknown(problem.field)];
  return problem ? [aggregateProblemText(problem, 'fr')] : [];
}

/** Suggestions for an input of this kind (shown in a datalist). */
export function suggestions(attribute: string, fields: SchemaField[]): string[] {
  const kind = fieldKind(attribute);
  if (!kind) return [];
  if (kind === 'aggregate') {
    const metas = asMeta(fields);
    const of = (fn: 'sum' | 'avg' | 'max') => aggregatableFields(fn, metas).map((f) => `${fn}(${f.name})`);
    return ['count(*)', ...of('sum'), ...of('avg'), ...of('max')];
  }
  if (kind === 'field-or-date') {
    return [...fields.map((f) => f.name), ...fields.filter((f) => DATES.has(f.type)).flatMap((f) => [`year(${f.name})`, `month(${f.name})`])];
  }
  return fields.map((f) => f.name);
}
