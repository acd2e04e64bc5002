// Checks widget options that name fields against the chosen dataset's schema, so the builder never hands out
// code that shows a configuration error. Pure: works on the field list of the dataset metadata.

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

const NUMERIC = new Set(['int', 'double', 'decimal']);
const DATES = new Set(['date', 'datetime']);

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
  if (/^count\(\*\)$/i.test(v)) return [];
  const m = /^(count|sum|avg|min|max|median)\((.+)\)$/i.exec(v);
  if (!m) return [`agrégat attendu : count(*), sum(champ), avg(champ), min(champ), max(champ) ou median(champ)`];
  const f = byName.get(m[2].trim());
  if (!f) return [unknown(m[2].trim())];
  if (m[1].toLowerCase() !== 'count' && !NUMERIC.has(f.type)) return [`${m[1]}() demande un champ numérique : ${f.name} est de type ${f.type}`];
  return [];
}

/** Suggestions for an input of this kind (shown in a datalist). */
export function suggestions(attribute: string, fields: SchemaField[]): string[] {
  const kind = fieldKind(attribute);
  if (!kind) return [];
  if (kind === 'aggregate') {
    return ['count(*)', ...fields.filter((f) => NUMERIC.has(f.type)).flatMap((f) => [`sum(${f.name})`, `avg(${f.name})`, `max(${f.name})`])];
  }
  if (kind === 'field-or-date') {
    return [...fields.map((f) => f.name), ...fields.filter((f) => DATES.has(f.type)).flatMap((f) => [`year(${f.name})`, `month(${f.name})`])];
  }
  return fields.map((f) => f.name);
}
