import { exportQuery, field, type ExploreClient, type FieldMeta, type OdsRecord, type RecordsQuery, checkAggregate, GROUP_LIMIT, parseAggregate } from '../../api/index.js';
import { ConfigError } from '../../core/config-error.js';
import type { DatasetSource } from '../../core/dataset-link.js';
import { loadBoundaries, type AreaLevel } from './boundaries.js';
import { classBreaks, classColors, choroplethQuery, joinAreas, rowsToValues, type ClassMethod } from './choropleth.js';
import { clusterQuery, clusteredCount, inBbox, parseClusters, type Bbox, type Cluster } from './clusters.js';
import { boundsOf, findGeoFields, recordsToFeatures, type FeatureCollection, type GeoField } from './geojson.js';

/** What the map shows: records (points or shapes), server-side clusters, or coloured areas. */
export type MapData =
  | { kind: 'features'; geo: GeoField; records: OdsRecord[]; collection: FeatureCollection; missing: number; total: number }
  | { kind: 'clusters'; geo: GeoField; clusters: Cluster[]; total: number }
  | { kind: 'areas'; collection: FeatureCollection; breaks: number[]; colors: string[]; truncated?: boolean };

/** No geographic field to show: a misnamed `geo-field` (with the geo fields it could be), or none at all. */
function geoProblem(fields: readonly FieldMeta[], wanted: string | undefined): ConfigError {
  const geo = fields.filter((f) => f.type === 'geo_point_2d' || f.type === 'geo_shape').map((f) => f.name);
  return wanted && geo.length ? new ConfigError('badGeoField', wanted, geo) : new ConfigError('noGeo', wanted ?? '');
}

/** Map zoom from which a viewport always shows records. */
export const STREET_ZOOM = 17;

export interface FeatureOptions { geoField?: string; fields: string[]; pointLimit: number }

/** Records with only the fields the map needs, through the JSON export (one request up to `limit` records). */
export function fetchRecords(client: ExploreClient, base: RecordsQuery, geo: GeoField, fields: string[], limit: number,
  signal: AbortSignal): Promise<OdsRecord[]> {
  const select = [...new Set([geo.name, ...fields])].map(field).join(', ');
  return client.get<OdsRecord[]>(exportQuery(base.select(select), 'json', { limit }), { signal })
    .then((rows) => (Array.isArray(rows) ? rows : []));
}

function features(geo: GeoField, records: OdsRecord[], total: number): MapData {
  const { collection, missing } = recordsToFeatures(records, geo);
  return { kind: 'features', geo, records, collection, missing, total };
}

/**
 * First view after every filter change: counts the filtered records, then downloads them when there are few
 * (shapes are preferred to points when a dataset has both), or asks the server for coarse clusters otherwise.
 * Never downloads more than `pointLimit` records, whatever the dataset's size.
 */
export async function fetchOverview(ctx: DatasetSource, o: FeatureOptions, signal: AbortSignal): Promise<{ data: MapData; base: RecordsQuery }> {
  const client = ctx.client!;
  const meta = await ctx.metadata(signal);
  const { point, shape } = findGeoFields(meta, o.geoField);
  if (!point && !shape) throw geoProblem(meta.fields, o.geoField);
  // A misspelt field would make the portal refuse the whole query (400): named here, with the close names.
  const names = meta.fields.map((f) => f.name);
  const unknown = o.fields.filter((f) => !names.includes(f));
  if (unknown.length) throw new ConfigError('unknownFields', unknown.join(', '), names);
  const base = await ctx.recordsQuery({ signal });
  const total = (await client.records(base.limit(0), { signal })).total_count ?? 0;
  if (total <= o.pointLimit || !point) {
    const geo = (shape ?? point)!;
    return { base, data: features(geo, await fetchRecords(client, base, geo, o.fields, o.pointLimit, signal), total) };
  }
  // Precision 8 (cells of ~0.2°): a few dozen clusters for a département, whose centroids span the data's extent.
  const rows = await client.groups(clusterQuery(base, point.name, 8), { signal });
  return { base, data: { kind: 'clusters', geo: point, clusters: parseClusters(rows), total } };
}

/** What a viewport holds: clusters while the bbox has more than `pointLimit` records, then the records. */
export async function fetchViewport(client: ExploreClient, base: RecordsQuery, geo: GeoField, bbox: Bbox, mapZoom: number,
  o: FeatureOptions, signal: AbortSignal): Promise<MapData> {
  // maplibre's zoom counts 512 px tiles, geo_cluster's 256 px ones: asking for the map's zoom gives cells about
  // twice the nominal radius on screen, so the discs (at most 48 px wide) do not overlap.
  const clusters = parseClusters(await client.groups(clusterQuery(base, geo.name, mapZoom, bbox), { signal }));
  const inView = clusteredCount(clusters);
  // At street level records are shown even when there are too many (the first `pointLimit`, said in the status):
  // zooming further cannot split the clusters any more.
  if (inView > o.pointLimit && mapZoom < STREET_ZOOM) return { kind: 'clusters', geo, clusters, total: inView };
  const records = await fetchRecords(client, base.where(inBbox(geo.name, bbox)), geo, o.fields, o.pointLimit, signal);
  return features(geo, records, inView);
}

export interface AreaOptions { level: AreaLevel; joinField: string; value?: string; classes: number; method: ClassMethod }

/** One aggregate per commune or EPCI (same filters as the context), joined to the bundled boundaries. */
export async function fetchAreas(ctx: DatasetSource, o: AreaOptions, signal: AbortSignal): Promise<{ data: MapData; base: RecordsQuery }> {
  const agg = parseAggregate(o.value ?? 'count(*)');
  if (!agg) throw new ConfigError('badValue', o.value ?? '');
  // The schema decides before the portal does (a real portal answers 400 to sum() of text).
  const { fields } = await ctx.metadata(signal);
  const problem = checkAggregate(agg, fields);
  if (problem) throw ConfigError.aggregate(problem, fields.map((f) => f.name));
  const base = await ctx.recordsQuery({ signal });
  const [rows, b] = await Promise.all([ctx.client!.groups(choroplethQuery(base, o.joinField, agg), { signal }), loadBoundaries()]);
  const values = rowsToValues(rows);
  const areas = o.level === 'epci' ? b.epci : b.communes;
  const shown = areas.features.map((f) => values.get(String(f.properties.code))).filter((v): v is number => v !== undefined);
  const breaks = classBreaks(shown, o.classes, o.method);
  const colors = classColors(Math.max(1, breaks.length - 1));
  return { base, data: { kind: 'areas', collection: joinAreas(areas, values, breaks, colors), breaks, colors, truncated: rows.length >= GROUP_LIMIT } };
}

/** Bounds to fit after a filter change. */
export function dataBounds(data: MapData): Bbox | undefined {
  if (data.kind === 'features') return boundsOf(data.collection.features);
  if (data.kind === 'areas') return boundsOf(data.collection.features.filter((f) => f.properties.value !== undefined));
  return boundsOf(data.clusters.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } })));
}
