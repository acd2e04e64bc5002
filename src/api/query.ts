/**
 * Immutable query builders for the Explore API v2.1. Every method returns a new query, so a base
 * query can be shared and specialised by many widgets. `key` is canonical: two queries that ask the
 * same thing give the same URL whatever the call order (used for caching and request sharing).
 */
import { refineValue } from './facets.js';

export type QueryKind = 'records' | 'catalog' | 'dataset' | 'dataset-facets' | 'catalog-facets' | 'export' | 'catalog-export' | 'record';

type ParamValue = string | number | boolean;

/** Parameters that may repeat; their values are sorted and deduplicated (they combine with AND). */
const SET_PARAMS = new Set(['where', 'refine', 'exclude']);
/** Canonical parameter order; others follow alphabetically. */
const ORDER = ['select', 'where', 'refine', 'exclude', 'facet', 'group_by', 'order_by', 'limit', 'offset', 'lang', 'timezone'];

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
}

const int = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? undefined : Math.trunc(n));

/** Encodes a path segment; `@` (federated ids) stays readable. */
function seg(s: string): string {
  return encodeURIComponent(s).replace(/%40/g, '@');
}

/** A query of one endpoint. Build it with `records()`, `catalog()`, `dataset()`, … */
export class Query<K extends QueryKind = QueryKind> {
  /** Which endpoint this query targets. */
  readonly kind: K;
  /** Path relative to the API root `/api/explore/v2.1`, starting with `/`. */
  readonly path: string;
  /** Dataset id for dataset endpoints (unencoded). */
  readonly datasetId?: string;
  private readonly params: ReadonlyMap<string, readonly string[]>;

  constructor(kind: K, path: string, datasetId?: string, params: ReadonlyMap<string, readonly string[]> = new Map()) {
    this.kind = kind;
    this.path = path;
    this.datasetId = datasetId;
    this.params = params;
  }

  private set(name: string, values: readonly string[]): Query<K> {
    const next = new Map(this.params);
    if (values.length) next.set(name, values); else next.delete(name);
    return new Query(this.kind, this.path, this.datasetId, next);
  }

  private add(name: string, value: string | undefined | null | false): Query<K> {
    if (value == null || value === false || value.trim() === '') return this;
    const old = this.params.get(name) ?? [];
    if (SET_PARAMS.has(name)) {
      if (old.includes(value)) return this;
      return this.set(name, [...old, value].sort());
    }
    return this.set(name, [...old, value]);
  }

  /** `select`: fields, expressions, aggregations (`count(*) as n`). Replaces the previous select. */
  select(expr: string): Query<K> { return this.param('select', expr); }
  /** Adds a `where` condition; several are ANDed by the portal. Empty/undefined is ignored. */
  where(condition: string | undefined | null | false): Query<K> { return this.add('where', condition); }
  /** `group_by` (replaces). */
  groupBy(expr: string): Query<K> { return this.param('group_by', expr); }
  /** `order_by`, e.g. `n desc, name` (replaces). */
  orderBy(expr: string): Query<K> { return this.param('order_by', expr); }
  /** `limit` (records: −1…100, 10 by default on the portal); undefined or NaN removes it. */
  limit(n: number | undefined): Query<K> { return this.param('limit', int(n)); }
  /** `offset` (index of the first row; offset+limit ≤ 10000 on /records). */
  offset(n: number | undefined): Query<K> { return this.param('offset', int(n)); }
  /** Adds `refine=field:"value"` (facet selection; quoted as ods-widgets sends it, so `:` `/` `,` survive). */
  refine(fieldName: string, value: ParamValue): Query<K> { return this.add('refine', refineValue(fieldName, value)); }
  /** Adds `exclude=field:"value"`. */
  exclude(fieldName: string, value: ParamValue): Query<K> { return this.add('exclude', refineValue(fieldName, value)); }
  /** Adds a `facet` (a field name or a `facet(name="f", …)` expression); order is kept. */
  facet(nameOrExpr: string): Query<K> {
    const old = this.params.get('facet') ?? [];
    return old.includes(nameOrExpr) ? this : this.add('facet', nameOrExpr);
  }
  /** `lang` (fr, en…): language of `date_format` and labels. */
  lang(code: string | undefined): Query<K> { return this.param('lang', code); }
  /** `timezone` (CLDR id, e.g. Europe/Paris) in which datetimes are rendered. */
  timezone(tz: string | undefined): Query<K> { return this.param('timezone', tz); }

  /** Sets (replaces) any parameter; `undefined`/`null`/'' removes it. */
  param(name: string, value: ParamValue | undefined | null): Query<K> {
    if (value === undefined || value === null || value === '') return this.set(name, []);
    return this.set(name, [String(value)]);
  }

  /** Values of a parameter (empty array when unset). */
  get(name: string): readonly string[] { return this.params.get(name) ?? []; }

  /** Canonical URLSearchParams. */
  toSearchParams(): URLSearchParams {
    const sp = new URLSearchParams();
    const names = [...this.params.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) for (const v of this.params.get(name)!) sp.append(name, v);
    return sp;
  }

  /** Path plus canonical query string: the identity of the request. */
  get key(): string {
    const qs = this.toSearchParams().toString();
    return qs ? `${this.path}?${qs}` : this.path;
  }

  /** Same as `key`. */
  toString(): string { return this.key; }

  /** Same parameters on another endpoint (used by `exportQuery`). */
  withPath<K2 extends QueryKind>(kind: K2, path: string): Query<K2> {
    return new Query(kind, path, this.datasetId, this.params);
  }
}

export type RecordsQuery = Query<'records'>;
export type CatalogQuery = Query<'catalog'>;
export type DatasetQuery = Query<'dataset'>;
export type FacetsQuery = Query<'dataset-facets' | 'catalog-facets'>;
export type DatasetFacetsQuery = Query<'dataset-facets'>;
export type CatalogFacetsQuery = Query<'catalog-facets'>;
export type ExportQuery = Query<'export' | 'catalog-export'>;

const ds = (id: string) => `/catalog/datasets/${seg(id)}`;

/** Records of a dataset: `/catalog/datasets/{id}/records`. */
export function records(datasetId: string): RecordsQuery {
  return new Query('records', `${ds(datasetId)}/records`, datasetId);
}
/** One record: `/catalog/datasets/{id}/records/{recordId}`. */
export function record(datasetId: string, recordId: string): Query<'record'> {
  return new Query('record', `${ds(datasetId)}/records/${seg(recordId)}`, datasetId);
}
/** The dataset catalog: `/catalog/datasets`. */
export function catalog(): CatalogQuery {
  return new Query('catalog', '/catalog/datasets');
}
/** A dataset's metadata: `/catalog/datasets/{id}`. */
export function dataset(datasetId: string): DatasetQuery {
  return new Query('dataset', ds(datasetId), datasetId);
}
/** Facets of a dataset's records: `/catalog/datasets/{id}/facets`. */
export function datasetFacets(datasetId: string): DatasetFacetsQuery {
  return new Query('dataset-facets', `${ds(datasetId)}/facets`, datasetId);
}
/** Facets of the catalog: `/catalog/facets`. */
export function catalogFacets(): CatalogFacetsQuery {
  return new Query('catalog-facets', '/catalog/facets');
}

/** Export formats of the API (dataset exports; availability per dataset may vary). */
export type ExportFormat = 'csv' | 'json' | 'jsonl' | 'geojson' | 'xlsx' | 'parquet' | 'shp' | 'kml' | 'gpx' | 'fgb' | 'jsonld' | 'rdfxml' | 'turtle' | 'n3' | 'ov2' | (string & {});

/**
 * The export (file download) of a records or catalog query, keeping its filters, with extra
 * export parameters (`delimiter`, `with_bom`, `use_labels`, …); `undefined` values are skipped.
 */
export function exportQuery(query: RecordsQuery | CatalogQuery, format: ExportFormat,
  extra: Record<string, ParamValue | undefined> = {}): ExportQuery {
  const fmt = seg(format);
  let q: ExportQuery = query.kind === 'catalog'
    ? query.withPath('catalog-export', `/catalog/exports/${fmt}`)
    : query.withPath('export', `${ds(query.datasetId!)}/exports/${fmt}`);
  for (const [k, v] of Object.entries(extra)) q = q.param(k, v);
  return q;
}
