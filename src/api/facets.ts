/**
 * Facet declarations and facet filters. A dataset's facets are either field annotations (`annotations.facet`,
 * older portals) or declared in the back office, `metas.asset_content_configuration.facets` (what ods-widgets
 * 2.1.2 reads; each entry a field name or an object with `name`, possibly wrapped in `{value: …}`).
 * `refine` is only sent for declared facets: its behaviour on other fields is unverified on real portals, so those
 * are filtered with ODSQL equality instead. Refine values are quoted (`field:"value"`, as ods-widgets sends them).
 */
import { field, lit } from './odsql.js';
import { annotation, type DatasetMetadata } from './types.js';

/** Names of the facets declared in the back office, in their order (empty when the metadata has none). */
export function backOfficeFacets(meta: Pick<DatasetMetadata, 'metas'>): string[] {
  let list: unknown = (meta.metas?.asset_content_configuration as { facets?: unknown } | undefined)?.facets;
  if (list && typeof list === 'object' && !Array.isArray(list) && 'value' in list) list = (list as { value: unknown }).value;
  if (!Array.isArray(list)) return [];
  return list.map((x) => (typeof x === 'string' ? x : String((x as { name?: unknown; field?: unknown })?.name ?? (x as { field?: unknown })?.field ?? '')))
    .filter((n) => n && /^[\w.-]+$/.test(n));
}

/** Every facet of the dataset: back-office declarations first, then annotated fields; only names in the schema. */
export function datasetFacetNames(meta: Pick<DatasetMetadata, 'metas' | 'fields'>): string[] {
  const known = new Set((meta.fields ?? []).map((f) => f.name));
  const out = backOfficeFacets(meta).filter((n) => known.has(n));
  for (const f of meta.fields ?? []) if (annotation(f, 'facet') && !out.includes(f.name)) out.push(f.name);
  return out;
}

/**
 * `field:"value"`: quotes keep `:`, `/`, commas and leading spaces inside the value. A value a webmaster already
 * quoted (`refine="type:\"Aire\""`) is kept as written.
 */
export function refineValue(fieldName: string, value: string | number | boolean): string {
  const v = String(value);
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return `${fieldName}:${v}`;
  return `${fieldName}:"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** ODSQL equality for a field that is not a facet, typed from the schema (numbers unquoted). */
export function equalsWhere(meta: Pick<DatasetMetadata, 'fields'>, fieldName: string, value: string): string {
  const type = meta.fields?.find((f) => f.name === fieldName)?.type;
  const n = Number(value);
  const literal = (type === 'int' || type === 'double') && value.trim() !== '' && Number.isFinite(n) ? lit(n)
    : type === 'boolean' && (value === 'true' || value === 'false') ? value : lit(value);
  return `${field(fieldName)} = ${literal}`;
}
