/**
 * `ExploreClient`: typed calls to one portal's Explore API v2.1. Use `getClient(portal)` so that
 * all widgets of a page share one client, hence one cache and one request per distinct query.
 */
import { BadResponseError } from './errors.js';
import { normalizePortal } from './portal-url.js';
import {
  Query, dataset as datasetQuery, catalog as catalogQuery, record as recordQuery, exportQuery,
  type CatalogQuery, type DatasetQuery, type ExportFormat, type FacetsQuery, type RecordsQuery,
} from './query.js';
import { Transport, type CallOptions, type TransportOptions } from './transport.js';
import type { CatalogPage, DatasetMetadata, FacetsResult, GroupRow, OdsRecord, RecordsPage } from './types.js';

export type { CallOptions, FetchLike } from './transport.js';

export interface ClientOptions extends TransportOptions {
  /** API key, sent as `Authorization: Apikey <key>` (never put in URLs). */
  apiKey?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function bad(url: string, what: string): never {
  throw new BadResponseError(`Unexpected answer: ${what}`, { url, status: 200 });
}

/**
 * Answers are shared between callers (cache and request sharing): treat them as read-only,
 * copy before sorting or editing.
 */
export class ExploreClient {
  /** API root, e.g. `https://data.example.fr/api/explore/v2.1` (no trailing slash). */
  readonly base: string;
  private readonly transport: Transport;

  /** Same as `base` (API root URL). */
  get baseUrl(): string { return this.base; }

  /** @param portal origin, API root URL, relative URL (browser) or domain name; see `normalizePortal`. */
  constructor(portal: string, options: ClientOptions = {}) {
    this.base = normalizePortal(portal);
    const headers = { ...options.headers };
    if (options.apiKey) headers.Authorization = `Apikey ${options.apiKey}`;
    this.transport = new Transport({ ...options, headers });
  }

  /** Absolute URL of a query (or of a path relative to the API root). */
  url(query: Query | string): string {
    return this.base + (typeof query === 'string' ? query : query.key);
  }

  /** Absolute download URL of a records/catalog query in `format`, with export parameters. */
  exportUrl(query: RecordsQuery | CatalogQuery, format: ExportFormat, extra?: Record<string, string | number | boolean | undefined>): string {
    return this.url(exportQuery(query, format, extra));
  }

  /** Raw JSON of any query. */
  get<T = unknown>(query: Query | string, options?: CallOptions): Promise<T> {
    return this.transport.getJson(this.url(query), options) as Promise<T>;
  }

  /** A page of records (`total_count` + `results`). */
  async records<T = OdsRecord>(query: RecordsQuery, options?: CallOptions): Promise<RecordsPage<T>> {
    const body = await this.get(query, options);
    if (!isObj(body) || !Array.isArray(body.results)) bad(this.url(query), 'no results array');
    // Never more rows than asked for, whatever the portal sends (20,000 rows to limit=10 froze the page).
    const limit = Number(query.get('limit')[0]);
    if (limit >= 0 && body.results.length > limit) return { ...body, results: body.results.slice(0, limit) } as unknown as RecordsPage<T>;
    return body as unknown as RecordsPage<T>;
  }

  /** Rows of a `group_by` (or aggregate-only) records query. */
  async groups<T extends GroupRow = GroupRow>(query: RecordsQuery, options?: CallOptions): Promise<T[]> {
    return (await this.records<T>(query, options)).results;
  }

  /** Number of records matching a query (`limit=0`: no rows are transferred). */
  async count(query: RecordsQuery, options?: CallOptions): Promise<number> {
    const page = await this.records(query.limit(0).offset(undefined), options);
    return typeof page.total_count === 'number' ? page.total_count : 0;
  }

  /**
   * Every matching record (or group row) through `exports/json`, which has no 100-row page
   * limit. Use a `select` and a `limit` to keep it small: the whole answer is held in memory.
   */
  async exportJson<T = OdsRecord>(query: RecordsQuery, options?: CallOptions): Promise<T[]> {
    const url = this.exportUrl(query, 'json');
    const body = await this.get(url.slice(this.base.length), options);
    if (!Array.isArray(body)) bad(url, 'export is not an array');
    return body as T[];
  }

  /** One record by id. */
  async record<T = OdsRecord>(datasetId: string, recordId: string, options?: CallOptions): Promise<T> {
    const q = recordQuery(datasetId, recordId);
    const body = await this.get(q, options);
    if (!isObj(body)) bad(this.url(q), 'record is not an object');
    return body as T;
  }

  /** Dataset metadata (fields with type/label/annotations, `metas.default`…). */
  async dataset(idOrQuery: string | DatasetQuery, options?: CallOptions): Promise<DatasetMetadata> {
    const q = typeof idOrQuery === 'string' ? datasetQuery(idOrQuery) : idOrQuery;
    const body = await this.get(q, options);
    if (!isObj(body) || typeof body.dataset_id !== 'string') bad(this.url(q), 'no dataset_id');
    return withDefaults(body);
  }

  /** A page of the catalog (datasets with their metadata). */
  async catalog(query: CatalogQuery = catalogQuery(), options?: CallOptions): Promise<CatalogPage> {
    const body = await this.get(query, options);
    if (!isObj(body) || !Array.isArray(body.results)) bad(this.url(query), 'no results array');
    const limit = Number(query.get('limit')[0]);
    const rows = limit >= 0 ? body.results.slice(0, limit) : body.results;
    return { ...body, total_count: Number(body.total_count ?? body.results.length), results: rows.filter(isObj).map(withDefaults) };
  }

  /** Facets of a dataset or of the catalog. */
  async facets(query: FacetsQuery, options?: CallOptions): Promise<FacetsResult> {
    const body = await this.get(query, options);
    if (!isObj(body) || !Array.isArray(body.facets)) bad(this.url(query), 'no facets array');
    return body as unknown as FacetsResult;
  }

  /** Forgets cached answers (e.g. a "refresh" button). */
  clearCache(): void { this.transport.clearCache(); }

  /** fetch() calls made so far, retries included. */
  get fetchCount(): number { return this.transport.fetchCount; }
  /** Answers read to the end (see Transport.answeredCount). */
  get answeredCount(): number { return this.transport.answeredCount; }
  /** Requests not finished yet (see Transport.inFlight). */
  get inFlight(): number { return this.transport.inFlight; }
}

/** Fills what real portals may omit, so widgets can read `fields`, `features`, `metas.default` safely. */
function withDefaults(body: Record<string, unknown>): DatasetMetadata {
  const metas = isObj(body.metas) ? body.metas : {};
  const def = isObj(metas.default) ? metas.default : {};
  const title = typeof def.title === 'string' ? def.title : String(body.dataset_id);
  return {
    ...body,
    fields: Array.isArray(body.fields) ? body.fields : [],
    features: Array.isArray(body.features) ? body.features : [],
    metas: { ...metas, default: { ...def, title } },
  } as DatasetMetadata;
}

const clients = new Map<string, ExploreClient>();

/**
 * The shared client of a portal (+ API key). Options other than `apiKey` apply when the client is
 * first created; pass `new ExploreClient()` for a private one.
 */
export function getClient(portal: string, options: ClientOptions = {}): ExploreClient {
  const key = `${normalizePortal(portal)}\n${options.apiKey ?? ''}`;
  let c = clients.get(key);
  if (!c) { c = new ExploreClient(portal, options); clients.set(key, c); }
  return c;
}

/** Drops all shared clients (tests). */
export function resetClients(): void { clients.clear(); }

/**
 * Download URL of a query. With a portal (URL, domain…) first, an absolute URL; with the query
 * first, the path relative to the API root (`/catalog/datasets/x/exports/csv?…`).
 */
export function exportUrl(portal: string, query: RecordsQuery | CatalogQuery, format: ExportFormat, extra?: Record<string, string | number | boolean | undefined>): string;
export function exportUrl(query: RecordsQuery | CatalogQuery, format: ExportFormat, extra?: Record<string, string | number | boolean | undefined>): string;
export function exportUrl(a: string | RecordsQuery | CatalogQuery, b: any, c?: any, d?: any): string {
  if (typeof a === 'string') return normalizePortal(a) + exportQuery(b, c, d).key;
  return exportQuery(a, b, c).key;
}
