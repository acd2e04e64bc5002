/**
 * Loads portal/data once per process: every CSV / GeoJSON / JSON file is a dataset named by its base name;
 * a CSV and a GeoJSON sharing a base name (in any folder) make one dataset with geo fields.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.js';
import { convert, field, inferType, normName, sourceDescriptions } from './infer.js';
import { declareFacets } from './facet-config.js';
import { DATASETS } from './catalog-meta.js';
import { FIELD_DESCRIPTIONS as FR } from './field-descriptions.js';
import { buildDataset } from './dataset.js';
import { centroid, type Geometry } from '../odsql/geo.js';
import { setKey, type Dataset, type FieldDef, type Row } from './types.js';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

interface Source { base: string; folder: string; csv?: string; geojson?: string; json?: string }
type Feature = { properties: Record<string, unknown> | null; geometry: Geometry | null };

function scan(): Map<string, Source> {
  const out = new Map<string, Source>();
  for (const folder of readdirSync(DATA_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(DATA_DIR, folder)).sort()) {
      const ext = extname(file).slice(1);
      if (!['csv', 'geojson', 'json'].includes(ext)) continue;
      const base = basename(file, '.' + ext);
      const s = out.get(base) ?? { base, folder };
      if (ext === 'csv') s.folder = folder;
      s[ext as 'csv' | 'geojson' | 'json'] = join(DATA_DIR, folder, file);
      out.set(base, s);
    }
  }
  return out;
}

function readFeatures(path: string): Feature[] {
  const g = JSON.parse(readFileSync(path, 'utf8'));
  return g.type === 'FeatureCollection' ? g.features : [g];
}

function readJsonRows(path: string): Record<string, unknown>[] {
  const j = JSON.parse(readFileSync(path, 'utf8'));
  const list = Array.isArray(j) ? j : Array.isArray(j.records) ? j.records : [j];
  // Nested member lists become their names (the portal serves flat records).
  return list.map((o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k,
    Array.isArray(v) && v.every((x) => x && typeof x === 'object') ? v.map((x) => (x as { nom?: string }).nom ?? JSON.stringify(x)).join(', ') : v])));
}

const LATLON = [['latitude', 'longitude'], ['lat', 'lon'], ['lat', 'long'], ['ylat', 'xlong']];

/** Pairs GeoJSON features with tabular rows: on a property whose values equal a column's, else by position. */
function joinFeatures(rows: Record<string, unknown>[], feats: Feature[]): (Feature | undefined)[] {
  const props = Object.keys(feats[0]?.properties ?? {});
  const cols = Object.keys(rows[0] ?? {});
  for (const p of props) {
    const fv = new Map(feats.map((f) => [String(f.properties?.[p]), f]));
    if (fv.size !== feats.length) continue;
    for (const c of cols) {
      if (rows.every((r) => fv.has(String(r[c])))) return rows.map((r) => fv.get(String(r[c])));
    }
  }
  return rows.length === feats.length ? feats : rows.map(() => undefined);
}

/** A v1 `[lat, lon]` pair as a v2.1 `{lon, lat}` point. */
function latLon(v: unknown): { lon: number; lat: number } | null {
  return Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number') ? { lon: v[1], lat: v[0] } : null;
}

function loadSource(s: Source): Dataset {
  const info = DATASETS[s.base];
  let raw: Record<string, unknown>[];
  let headers: string[];
  let feats: (Feature | undefined)[] = [];
  if (s.csv) {
    const [head, ...body] = parseCsv(readFileSync(s.csv, 'utf8'));
    headers = head;
    raw = body.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])));
    if (s.geojson) feats = joinFeatures(raw, readFeatures(s.geojson));
  } else if (s.geojson) {
    feats = readFeatures(s.geojson);
    raw = feats.map((f) => ({ ...(f?.properties ?? {}) }));
    headers = [...new Set(raw.flatMap((r) => Object.keys(r)))];
  } else {
    raw = readJsonRows(s.json!);
    headers = [...new Set(raw.flatMap((r) => Object.keys(r)))];
  }
  const mdPath = join(DATA_DIR, s.folder, 'SOURCE.md');
  const descs = existsSync(mdPath) ? sourceDescriptions(readFileSync(mdPath, 'utf8')) : new Map<string, string>();
  const facets = new Set(info?.facets ?? []);
  const forceText = new Set(info?.text ?? []);
  const points = new Set(info?.points ?? []);
  const fields: FieldDef[] = headers.map((h) => {
    const name = normName(h);
    const type = points.has(name) ? 'geo_point_2d' : inferType(name, raw.map((r) => r[h]), forceText.has(name));
    return field(name, type, FR[`${s.base}/${name}`] ?? FR[name] ?? descs.get(name) ?? null, facets.has(name) && !info?.backOfficeFacets);
  });
  const declared = info?.backOfficeFacets ? declareFacets(fields, [...facets]) : null;
  const rows: Row[] = raw.map((r) => {
    const row: Row = {};
    headers.forEach((h, i) => { setKey(row, fields[i].name, fields[i].type === 'geo_point_2d' ? latLon(r[h]) : convert(r[h], fields[i].type)); });
    return row;
  });
  const geoms = feats.map((f) => f?.geometry ?? null);
  const hasShape = geoms.some((g) => g && g.type !== 'Point');
  if (hasShape) {
    fields.push(field('geo_shape', 'geo_shape', 'Contour géographique (GeoJSON)', false));
    rows.forEach((r, i) => { r.geo_shape = geoms[i] ? { type: 'Feature', geometry: geoms[i], properties: {} } : null; });
  }
  const pair = LATLON.find(([la, lo]) => fields.some((f) => f.name === la) && fields.some((f) => f.name === lo));
  if ((geoms.some(Boolean) || pair) && !fields.some((f) => f.type === 'geo_point_2d')) {
    fields.push(field('geo_point_2d', 'geo_point_2d', 'Coordonnées WGS84 du point', false));
    rows.forEach((r, i) => {
      const g = geoms[i];
      if (g) { const c = centroid(g); r.geo_point_2d = { lon: c.lon, lat: c.lat }; return; }
      const lat = pair ? Number(r[pair[0]]) : NaN, lon = pair ? Number(r[pair[1]]) : NaN;
      r.geo_point_2d = pair && r[pair[0]] != null && Number.isFinite(lat) && Number.isFinite(lon) ? { lon, lat } : null;
    });
  }
  const ds = buildDataset(s.base, fields, rows, info, s.folder);
  if (declared) (ds.meta.metas as Record<string, unknown>).asset_content_configuration = { facets: declared };
  return ds;
}

let cache: Dataset[] | null = null;

/** The real datasets, parsed once per process. */
export function loadDatasets(): Dataset[] {
  if (!cache) cache = [...scan().values()].map(loadSource);
  return cache;
}
