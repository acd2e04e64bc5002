/** Builds a dataset's full metadata body (as `GET /catalog/datasets/{id}` returns it) and its catalogue row. */
import type { DatasetInfo } from './catalog-meta.js';
import type { Dataset, FieldDef, Row } from './types.js';
import { bboxOf, positions, type Geometry } from '../odsql/geo.js';

function uid(id: string): string {
  let h = 2166136261;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return 'da_' + h.toString(36).padStart(6, '0').slice(-6);
}

const DCAT_KEYS = ['created', 'issued', 'creator', 'contributor', 'contact_name', 'contact_email', 'accrualperiodicity', 'spatial',
  'temporal', 'granularity', 'dataquality', 'publisher_type', 'conforms_to', 'temporal_coverage_start', 'temporal_coverage_end',
  'accessRights', 'relation'];

function geoSummary(fields: FieldDef[], rows: Row[]): { bbox: unknown; types: string[] | null } {
  const geoField = fields.find((f) => f.type === 'geo_shape') ?? fields.find((f) => f.type === 'geo_point_2d');
  if (!geoField) return { bbox: null, types: null };
  const pts: number[][] = [];
  const types = new Set<string>();
  for (const r of rows) {
    const v = r[geoField.name] as { lon?: number; lat?: number; geometry?: Geometry } | null;
    if (!v) continue;
    if (v.geometry) { types.add(v.geometry.type); for (const p of positions(v.geometry)) pts.push(p); }
    else { types.add('Point'); pts.push([v.lon!, v.lat!]); }
  }
  const b = bboxOf(pts);
  if (!b) return { bbox: null, types: [...types] };
  const [x0, y0, x1, y1] = b;
  const ring = [[x1, y1], [x0, y1], [x0, y0], [x1, y0], [x1, y1]];
  return { bbox: { type: 'Feature', geometry: { coordinates: [ring], type: 'Polygon' }, properties: {} }, types: [...types] };
}

export function buildDataset(id: string, fields: FieldDef[], rows: Row[], info: DatasetInfo | undefined, folder: string): Dataset {
  const { bbox, types } = geoSummary(fields, rows);
  const features: string[] = [];
  if (fields.some((f) => ['int', 'double'].includes(f.type) || f.annotations.facet)) features.push('analyze');
  if (fields.some((f) => f.type === 'date' || f.type === 'datetime')) features.push('timeserie');
  if (bbox) features.push('geo');
  const modified = info?.modified ?? '2026-11-27T00:00:00+00:00';
  const def = {
    title: info?.title ?? id, description: info?.description ?? null, theme: info?.theme ?? null,
    keyword: info?.keyword ?? null, license: info?.license ?? null, license_url: info?.license_url ?? null,
    language: 'fr', metadata_languages: ['fr'], timezone: null, modified,
    modified_updates_on_metadata_change: false, modified_updates_on_data_change: true,
    data_processed: modified, metadata_processed: '2026-11-27T05:18:00+00:00',
    geographic_reference: ['fr_40_29'], geographic_reference_auto: true, geographic_area_mode: null, geographic_area: null, territory: ['Finistère'],
    geometry_types: types, bbox, publisher: info?.publisher ?? null, references: `https://data.local/portal/data/${folder}/SOURCE.md`,
    records_count: rows.length, attributions: info?.attributions ? [info.attributions] : null,
    source_domain: null, source_domain_title: null, source_domain_address: null, source_dataset: null,
    shared_catalog: null, federated: false, parent_domain: null, update_frequency: null, oauth_scope: null,
  };
  const dcat: Record<string, unknown> = Object.fromEntries(DCAT_KEYS.map((k) => [k, null]));
  dcat.creator = info?.publisher ?? null;
  dcat.spatial = 'Finistère (29), Bretagne, France';
  const meta = {
    visibility: 'domain', fields, dataset_id: id, dataset_uid: uid(id), has_records: rows.length > 0, features,
    attachments: folder === 'synthetic' ? [] : [{ mimetype: 'text/markdown', url: 'odsfile://SOURCE.md', id: 'source_md', title: 'SOURCE.md' }],
    alternative_exports: [], data_visible: true, metas: { default: def, dcat },
  };
  const catalogRow: Row = {
    dataset_id: id, dataset_uid: meta.dataset_uid, has_records: meta.has_records, features, data_visible: true,
    title: def.title, description: def.description, theme: def.theme, keyword: def.keyword, publisher: def.publisher,
    license: def.license, modified, records_count: rows.length, language: 'fr', attributions: info?.attributions ?? null,
  };
  return { id, uid: meta.dataset_uid, folder, fields, fieldMap: new Map(fields.map((f) => [f.name, f])), rows, meta, catalogRow };
}
