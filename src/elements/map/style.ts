import type { Boundaries } from './boundaries.js';
import { LAND } from './choropleth.js';
import type { FeatureCollection } from './geojson.js';

/** Colours of the built-in basemap: sea, land, boundaries (no text: no glyphs to fetch). */
export const SEA = '#dde8ef';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** IDs of the sources and layers the widget adds on top of any basemap. */
export const IDS = {
  data: 'od-data', clusters: 'od-clusters', areas: 'od-areas',
  fill: 'od-shapes-fill', line: 'od-shapes-line', points: 'od-points', clusterCircles: 'od-cluster-circles',
  areaFill: 'od-areas-fill', areaLine: 'od-areas-line',
} as const;

/** Layers that answer clicks and hovers. */
export const INTERACTIVE = [IDS.points, IDS.fill, IDS.line, IDS.clusterCircles, IDS.areaFill];

/**
 * The built-in light basemap: the bundled department, EPCI and commune boundaries as GeoJSON sources. No tiles,
 * glyphs or sprites, so the map requests nothing from anyone.
 */
export function builtinStyle(b: Boundaries): any {
  return {
    version: 8,
    sources: {
      'od-departement': { type: 'geojson', data: b.departement },
      'od-epci': { type: 'geojson', data: b.epci },
      'od-communes': { type: 'geojson', data: b.communes },
    },
    layers: [
      { id: 'od-sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'od-land', type: 'fill', source: 'od-departement', paint: { 'fill-color': LAND } },
      { id: 'od-communes-line', type: 'line', source: 'od-communes', minzoom: 8,
        paint: { 'line-color': '#c4c4bb', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.3, 12, 1] } },
      { id: 'od-epci-line', type: 'line', source: 'od-epci', paint: { 'line-color': '#9a9a90', 'line-width': 1 } },
      { id: 'od-departement-line', type: 'line', source: 'od-departement', paint: { 'line-color': '#6f6f66', 'line-width': 1.2 } },
    ],
  };
}

/** Colours of the data layers (read from `--od-map-*` custom properties by the element). */
export interface DataColors { point: string; stroke: string; cluster: string }

/** Adds the data sources and layers (idempotent), above whatever basemap the style has. */
export function addDataLayers(map: any, c: DataColors): void {
  for (const id of [IDS.data, IDS.clusters, IDS.areas]) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  }
  const layers: any[] = [
    { id: IDS.areaFill, type: 'fill', source: IDS.areas, paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.9 } },
    { id: IDS.areaLine, type: 'line', source: IDS.areas, paint: { 'line-color': '#ffffff', 'line-width': 0.8 } },
    { id: IDS.fill, type: 'fill', source: IDS.data, filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': c.point, 'fill-opacity': 0.25 } },
    { id: IDS.line, type: 'line', source: IDS.data, filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': c.point, 'line-width': 2 } },
    { id: IDS.clusterCircles, type: 'circle', source: IDS.clusters,
      paint: {
        'circle-color': c.cluster, 'circle-opacity': 1, 'circle-stroke-color': c.stroke, 'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'count'], 10, 10, 13, 100, 16, 1000, 20, 10000, 24],
      } },
    { id: IDS.points, type: 'circle', source: IDS.data, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': ['coalesce', ['get', 'color'], c.point], 'circle-radius': 6, 'circle-stroke-color': c.stroke, 'circle-stroke-width': 1.5 } },
  ];
  for (const l of layers) if (!map.getLayer(l.id)) map.addLayer(l);
}

/** Replaces the data of one of our sources. */
export function setData(map: any, id: string, data: FeatureCollection): void {
  map.getSource(id)?.setData(data);
}
