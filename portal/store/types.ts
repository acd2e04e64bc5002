/** Shapes shared by the portal's store and query engine. */
export type FieldType = 'text' | 'int' | 'double' | 'date' | 'datetime' | 'boolean' | 'geo_point_2d' | 'geo_shape';

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  description: string | null;
  annotations: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** `o[k] = v`, also for a field named `__proto__` (an own key, not the prototype). */
export function setKey(o: Row, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

export interface GeoPoint { lon: number; lat: number }

export interface Dataset {
  id: string;
  uid: string;
  fields: FieldDef[];
  fieldMap: Map<string, FieldDef>;
  /** Rows, or a thunk that builds them on first use (synthetic data). */
  rows: Row[];
  /** The `GET /catalog/datasets/{id}` body (records_count etc. filled in). */
  meta: Record<string, unknown>;
  /** Folder of portal/data holding the files and SOURCE.md. */
  folder: string;
  /** Flat view of the metadata used by catalog where/refine/order_by/facets. */
  catalogRow: Row;
}
