/**
 * Response types of the Explore API v2.1, written from real recorded bodies (see
 * /work/shared/ods-samples and docs/explore-api-v2.1 §5). Portals may add keys at any time, and
 * many metadata are null on real portals: optional/nullable types say so.
 */

/** A record: a flat object of field values (no v2.0 `record.fields` wrapper). */
export type OdsRecord = Record<string, unknown>;

/** `{lon, lat}` as in record values of `geo_point_2d` fields. */
export interface GeoPoint { lon: number; lat: number }

/** A GeoJSON Feature as in `geo_shape` values and `metas.default.bbox`. */
export interface GeoShape { type: 'Feature'; geometry: { type: string; coordinates: unknown }; properties?: Record<string, unknown> }

/** `/records` page. `total_count` is absent on group_by answers. */
export interface RecordsPage<T = OdsRecord> {
  total_count?: number;
  results: T[];
}

/** One group_by row: group keys first, then the selected aggregates, keyed by label or expression text. */
export type GroupRow = Record<string, unknown>;

/** ODS field types (records). */
export type FieldType =
  | 'text' | 'int' | 'double' | 'boolean' | 'date' | 'datetime' | 'geo_point_2d' | 'geo_shape'
  | 'file' | 'json_blob' | 'image' | 'json' | (string & {});

/**
 * Field annotations. Real 2026 portals send booleans/strings (`{"facet": true, "facetsort": "-count"}`),
 * the spec examples arrays (`{"facet": [], "facetsort": ["-count"]}`): read them with `annotation()`.
 */
export type FieldAnnotations = Record<string, unknown>;

export interface FieldMeta {
  name: string;
  label: string;
  type: FieldType;
  description: string | null;
  annotations: FieldAnnotations;
}

/** `metas.default`: the standard metadata template (all nullable on real portals). */
export interface DefaultMetas {
  title: string;
  /** HTML: sanitise before display. */
  description?: string | null;
  theme?: string[] | null;
  keyword?: string[] | null;
  publisher?: string | null;
  license?: string | null;
  license_url?: string | null;
  language?: string | null;
  modified?: string | null;
  data_processed?: string | null;
  metadata_processed?: string | null;
  records_count?: number | null;
  attributions?: string | string[] | null;
  references?: string | null;
  territory?: string[] | null;
  geographic_reference?: string[] | null;
  geometry_types?: string[] | null;
  bbox?: GeoShape | null;
  timezone?: string | null;
  update_frequency?: string | null;
  federated?: boolean;
  [key: string]: unknown;
}

export interface DatasetAttachment { id?: string; title?: string; mimetype?: string; url?: string; description?: string }

/** `/catalog/datasets/{id}` and each item of the catalog list. */
export interface DatasetMetadata {
  dataset_id: string;
  dataset_uid?: string;
  visibility?: 'domain' | 'restricted' | (string & {});
  has_records?: boolean;
  data_visible?: boolean;
  /** Seen: analyze, geo, timeserie, calendar, image, custom_view, apiproxy, aggregate. */
  features: string[];
  fields: FieldMeta[];
  attachments?: DatasetAttachment[];
  alternative_exports?: DatasetAttachment[];
  /** Keyed by metadata template: `default` always, plus `dcat`, `custom`, `inspire`… */
  metas: { default: DefaultMetas; [template: string]: Record<string, unknown> | undefined };
  [key: string]: unknown;
}

/** `/catalog/datasets` page. */
export interface CatalogPage {
  total_count: number;
  results: DatasetMetadata[];
}

export type FacetState = 'displayed' | 'refined' | 'excluded';

/** One facet value; `count` is missing on excluded values; refined hierarchical parents nest `facets`. */
export interface FacetValue {
  name: string;
  value: string;
  count?: number;
  state: FacetState;
  facets?: FacetValue[];
}

/** One facet (a field) and its values. */
export interface FacetGroup {
  name: string;
  facets: FacetValue[];
}

/** `/facets` answer (dataset or catalog). */
export interface FacetsResult {
  links?: { rel: string; href: string }[];
  /** The spec examples name it `_links`. */
  _links?: { rel: string; href: string }[];
  facets: FacetGroup[];
}

/**
 * Reads one annotation in either encoding: `true`/`[]` → true, `"x"`/`["x"]` → "x",
 * missing/false → undefined.
 */
export function annotation(fieldMeta: Pick<FieldMeta, 'annotations'>, name: string): true | string | undefined {
  const v = fieldMeta.annotations?.[name];
  if (v === undefined || v === null || v === false) return undefined;
  if (Array.isArray(v)) return v.length && v[0] != null ? String(v[0]) : true;
  if (v === true) return true;
  return String(v);
}
