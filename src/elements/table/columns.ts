import { field, type FieldMeta } from '../../api/index.js';

/** Types the portal cannot order by (geometry, blobs). */
const UNSORTABLE = new Set(['geo_point_2d', 'geo_shape', 'json_blob', 'json', 'file', 'image']);
/** Types left out of the default columns: a polygon is no table cell. */
const HIDDEN_BY_DEFAULT = new Set(['geo_shape', 'json_blob']);

export interface Column {
  name: string;
  /** Header text: the schema's label, else the field name. */
  label: string;
  meta: FieldMeta;
  sortable: boolean;
}

/** Parses `fields="a, b,c"` (commas or spaces) into names, without duplicates. */
export function parseFieldList(attr: string | null | undefined): string[] {
  return [...new Set((attr ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/**
 * The table's columns, in the order the webmaster chose (`fields`) or the schema's order. Names the schema
 * does not know are returned in `unknown` so the element can say so instead of failing the whole query.
 */
export function pickColumns(schema: readonly FieldMeta[], fieldsAttr?: string | null): { columns: Column[]; unknown: string[] } {
  const wanted = parseFieldList(fieldsAttr);
  const byName = new Map(schema.map((f) => [f.name, f]));
  const chosen = wanted.length ? wanted.map((n) => byName.get(n)).filter((f): f is FieldMeta => !!f) : schema.filter((f) => !HIDDEN_BY_DEFAULT.has(f.type));
  return {
    columns: chosen.map((f) => ({ name: f.name, label: f.label || f.name, meta: f, sortable: !UNSORTABLE.has(f.type) })),
    unknown: wanted.filter((n) => !byName.has(n)),
  };
}

/** `select` of the columns, so the portal sends only what the table shows. */
export function selectOf(columns: readonly Column[]): string {
  return columns.map((c) => field(c.name)).join(', ');
}

/** Next sort when a header's button is pressed: ascending, then descending, then the dataset's order. */
export function nextSort(current: { field: string; desc: boolean } | null, name: string): { field: string; desc: boolean } | null {
  if (current?.field !== name) return { field: name, desc: false };
  return current.desc ? null : { field: name, desc: true };
}
