import { field, type ExploreClient, type DatasetMetadata } from '../../api/index.js';
import type { RecordsQuery } from '../../api/index.js';
import type { ViewState } from '../../core/view-state.js';

export type DownloadFormat = 'csv' | 'json' | 'geojson' | 'xlsx';

/** One download link: format, absolute URL, MIME type and file name. */
export interface ExportLink {
  format: DownloadFormat;
  href: string;
  type: string;
  filename: string;
}

const MIME: Record<DownloadFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  geojson: 'application/geo+json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** True when the dataset has a point or shape field (GeoJSON then makes sense). */
export function hasGeo(meta: DatasetMetadata): boolean {
  return meta.fields.some((f) => f.type === 'geo_point_2d' || f.type === 'geo_shape');
}

/** Format names of a `/exports` answer (`{links: [{rel: 'csv', href}, …]}`); undefined when unreadable. */
export function exportFormats(body: unknown): Set<string> | undefined {
  const links = (body as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) return undefined;
  return new Set(links.map((l) => String((l as { rel?: unknown })?.rel ?? '')).filter((r) => r && r !== 'self'));
}

/** The view's records query with the visitor's sort, so files come in the order the table shows. */
export function withViewSort(q: RecordsQuery, state: ViewState): RecordsQuery {
  return state.sort ? q.orderBy(`${field(state.sort.field)} ${state.sort.desc ? 'desc' : 'asc'}`) : q;
}

/**
 * Links for exactly the current view: CSV with `;` and a BOM (French Excel opens it right), JSON, GeoJSON when the
 * dataset has geo fields, XLSX when the portal lists it. `formats` undefined (list unavailable) keeps the safe set.
 */
export function exportLinks(client: ExploreClient, q: RecordsQuery, meta: DatasetMetadata, formats: Set<string> | undefined): ExportLink[] {
  const offered = (f: string) => !formats || formats.has(f);
  const id = meta.dataset_id;
  const out: ExportLink[] = [];
  const add = (format: DownloadFormat, extra?: Record<string, string>) =>
    out.push({ format, href: client.exportUrl(q, format, extra), type: MIME[format], filename: `${id}.${format}` });
  if (offered('csv')) add('csv', { delimiter: ';', with_bom: 'true', use_labels: 'true' });
  if (offered('json')) add('json');
  if (hasGeo(meta) && offered('geojson')) add('geojson');
  if (formats?.has('xlsx')) add('xlsx', { use_labels: 'true' });
  return out;
}
