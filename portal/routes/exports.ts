/** Exports: `/catalog/datasets/{id}/exports/{json,jsonl,csv,geojson}`, `/catalog/exports/{json,csv}` and their lists. */
import { send, rateHeaders } from '../http.js';
import { pyJson } from '../json.js';
import { csvCell } from '../store/csv.js';
import { NotFoundError, RestParamError } from '../odsql/errors.js';
import { runQuery } from '../query/run.js';
import { setKey, type Dataset, type FieldDef, type Row } from '../store/types.js';
import { CATALOG_FIELD_MAP, catalogQuery } from './catalog.js';
import type { Ctx } from './context.js';
import { exportWindow, queryParams } from './params.js';
import { withTimezone } from './timezone.js';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8', jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json; charset=utf-8',
};

function links(ctx: Ctx, base: string, formats: string[]): void {
  send(ctx.res, 200, pyJson({ links: [{ rel: 'self', href: base }, ...formats.map((f) => ({ rel: f, href: `${base}/${f}` }))] }),
    { 'Content-Type': 'application/json; charset=utf-8', ...rateHeaders(ctx.quota) });
}

export function datasetFormats(ds: Dataset): string[] {
  return ds.fields.some((f) => f.type.startsWith('geo')) ? ['csv', 'json', 'jsonl', 'geojson'] : ['csv', 'json', 'jsonl'];
}

export const listDatasetExports = (ctx: Ctx, ds: Dataset) => links(ctx, `${ctx.apiRoot}/catalog/datasets/${ds.id}/exports`, datasetFormats(ds));
export const listCatalogExports = (ctx: Ctx) => links(ctx, `${ctx.apiRoot}/catalog/exports`, ['csv', 'json']);

/** Python-style geometry text as in the recorded CSV: `{"coordinates": [...], "type": "Point"}`. */
function geometryText(g: { type: string; coordinates: unknown }): string {
  return pyJson({ coordinates: g.coordinates, type: g.type });
}

function csvValue(v: unknown, f: FieldDef | undefined, listSep: string): string {
  if (v == null) return '';
  if (f?.type === 'geo_point_2d' && typeof v === 'object') { const p = v as { lat: number; lon: number }; return `${p.lat}, ${p.lon}`; }
  if (f?.type === 'geo_shape' && typeof v === 'object') return geometryText((v as { geometry: { type: string; coordinates: unknown } }).geometry);
  if (Array.isArray(v)) return v.map(String).join(listSep);
  if (typeof v === 'object') return pyJson(v);
  return String(v);
}

function toCsv(rows: Row[], columns: string[], fields: Map<string, FieldDef>, u: URLSearchParams): string {
  const delimiter = (u.get('delimiter') ?? ';').replace('\\t', '\t');
  if (![';', ',', '\t', '|'].includes(delimiter)) throw new RestParamError(`Invalid value for delimiter API parameter: ${delimiter} was found but one of ;, ,, \\t, | is expected.`);
  const quoteAll = u.get('quote_all') === 'true';
  const withBom = u.get('with_bom') !== 'false';
  const listSep = u.get('list_separator') ?? ',';
  const useLabels = u.get('use_labels') === 'true';
  const head = columns.map((c) => csvCell(useLabels ? fields.get(c)?.label ?? c : c, delimiter, quoteAll));
  const lines = [head.join(delimiter)];
  for (const r of rows) lines.push(columns.map((c) => csvCell(csvValue(r[c], fields.get(c), listSep), delimiter, quoteAll)).join(delimiter));
  return (withBom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
}

function toGeojson(rows: Row[], columns: string[], fields: Map<string, FieldDef>): string {
  const geoCol = columns.find((c) => fields.get(c)?.type === 'geo_shape') ?? columns.find((c) => fields.get(c)?.type === 'geo_point_2d');
  const feats = rows.map((r) => {
    const v = geoCol ? r[geoCol] as { lon?: number; lat?: number; geometry?: unknown } | null : null;
    const geometry = !v ? null : v.geometry ?? { type: 'Point', coordinates: [v.lon, v.lat] };
    const properties: Row = {};
    for (const c of columns) if (c !== geoCol) setKey(properties, c, r[c]);
    return { type: 'Feature', geometry, properties };
  });
  return pyJson({ type: 'FeatureCollection', features: feats });
}

function respond(ctx: Ctx, name: string, format: string, rows: Row[], columns: string[], fields: Map<string, FieldDef>): void {
  let body: string;
  switch (format) {
    case 'json': body = '[' + rows.map(pyJson).join(',') + ']'; break;
    case 'jsonl': body = rows.map(pyJson).join('\n') + (rows.length ? '\n' : ''); break;
    case 'csv': body = toCsv(rows, columns, fields, ctx.url.searchParams); break;
    case 'geojson': body = toGeojson(rows, columns, fields); break;
    default: throw new NotFoundError(`The requested export format ${format} does not exist.`);
  }
  send(ctx.res, 200, body, {
    'Content-Type': TYPES[format], 'Content-Disposition': `attachment; filename="${name}.${format}"`, ...rateHeaders(ctx.quota),
  });
}

export function exportDataset(ctx: Ctx, ds: Dataset, format: string): void {
  if (!datasetFormats(ds).includes(format)) throw new NotFoundError(`The requested export format ${format} does not exist.`);
  const u = ctx.url.searchParams;
  const r = runQuery(ds.rows, ds.fieldMap, queryParams(u), exportWindow(u));
  respond(ctx, ds.id, format, withTimezone(r.rows, ds, u.get('timezone')), r.columns, ds.fieldMap);
}

export function exportCatalog(ctx: Ctx, format: string): void {
  if (format !== 'json' && format !== 'csv') throw new NotFoundError(`The requested export format ${format} does not exist.`);
  const { results } = catalogQuery(ctx, exportWindow(ctx.url.searchParams));
  if (format === 'json') { respond(ctx, 'datasets', 'json', results as Row[], [], CATALOG_FIELD_MAP); return; }
  // Catalog CSV columns are `template.meta` names (real: `default.title;default.description;…`).
  const flat = (results as Row[]).map((d) => {
    const o: Row = { dataset_id: d.dataset_id };
    const metas = (d.metas ?? {}) as Record<string, Record<string, unknown>>;
    for (const [t, m] of Object.entries(metas)) for (const [k, v] of Object.entries(m)) o[`${t}.${k}`] = v;
    if (!d.metas) Object.assign(o, d);
    return o;
  });
  const cols = [...new Set(flat.flatMap((o) => Object.keys(o)))];
  respond(ctx, 'datasets', 'csv', flat, cols, new Map());
}
