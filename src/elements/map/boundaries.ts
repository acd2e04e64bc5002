import type { FeatureCollection } from './geojson.js';
import { decodeRing } from './polyline.js';
import type { EncodedArea } from './boundaries/finistere.data.js';

/** Which bundled boundary set a choropleth or the basemap uses. */
export type AreaLevel = 'communes' | 'epci' | 'departement';

/** Attribution of the bundled boundaries (shown as text under the map). */
export const BOUNDARIES_ATTRIBUTION = 'IGN – ADMIN EXPRESS COG 2018';

export interface Boundaries {
  communes: FeatureCollection;
  epci: FeatureCollection;
  departement: FeatureCollection;
}

function toCollection(areas: EncodedArea[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: areas.map(([code, name, polys]) => ({
      type: 'Feature',
      properties: { code, name },
      geometry: { type: 'MultiPolygon', coordinates: polys.map((rings) => rings.map(decodeRing)) },
    })),
  };
}

let cached: Promise<Boundaries> | undefined;

/** The Finistère boundaries, decoded once per page (the data module is a lazy chunk of the map). */
export function loadBoundaries(): Promise<Boundaries> {
  cached ??= import('./boundaries/finistere.data.js').then((m) => ({
    communes: toCollection(m.COMMUNES),
    epci: toCollection(m.EPCI),
    departement: toCollection([m.DEPARTMENT]),
  }));
  return cached;
}
