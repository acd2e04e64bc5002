// Pure helpers of <od-map>: boundaries encoding, geo fields, clusters, choropleth classes and colours, locale.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { records } from '../../src/api/index.js';
import { decodeRing, encodeRing } from '../../src/elements/map/polyline.js';
import { loadBoundaries } from '../../src/elements/map/boundaries.js';
import { boundsOf, findGeoFields, recordsToFeatures, toGeometry, toLonLat } from '../../src/elements/map/geojson.js';
import { clusterQuery, clusterZoom, containsBbox, inBbox, padBbox, parseClusters } from '../../src/elements/map/clusters.js';
import { LAND, PALETTE, classBreaks, classColors, classOf, joinAreas, joinKey, rowsToValues } from '../../src/elements/map/choropleth.js';
import { contrast as contrastRatio } from '../../src/core/colour.js';
import { MAPLIBRE_LOCALES } from '../../src/elements/map/maplibre-locale.js';
import { fetchViewport, STREET_ZOOM } from '../../src/elements/map/map-data.js';
import { ViewportLoader } from '../../src/elements/map/map-viewport.js';

describe('map: bundled boundaries', () => {
  it('polyline text round-trips coordinates at 1e-4°', () => {
    const ring = [[-4.1023, 47.9961], [-4.0987, 48.0012], [-4.2, 48.1], [-4.1023, 47.9961]];
    assert.deepEqual(decodeRing(encodeRing(ring)), ring);
    assert.deepEqual(decodeRing(encodeRing([[-4.10236, 47.99614]])), [[-4.1024, 47.9961]]);
  });

  it('decodes the 279 communes, the 22 EPCI features and the department, inside Finistère', async () => {
    const b = await loadBoundaries();
    assert.equal(b.communes.features.length, 279);
    assert.equal(b.epci.features.length, 22);
    assert.equal(b.departement.features.length, 1);
    const quimper = b.communes.features.find((f) => f.properties.code === '29232');
    assert.equal(quimper?.properties.name, 'Quimper');
    const qbo = b.epci.features.find((f) => f.properties.code === '200068120');
    assert.ok(qbo, 'QBO (SIREN 200068120) is an EPCI feature');
    const [w, s, e, n] = boundsOf(b.departement.features)!;
    assert.ok(w > -5.2 && e < -3.3 && s > 47.6 && n < 48.9, `bounds ${[w, s, e, n]}`);
    for (const f of b.communes.features) {
      for (const poly of f.geometry.coordinates) for (const ring of poly) {
        assert.ok(ring.length >= 4, `ring of ${f.properties.name}`);
        assert.deepEqual(ring[0], ring[ring.length - 1], `closed ring of ${f.properties.name}`);
      }
    }
  });

  it('keeps the source and licence notice beside the data', () => {
    const notice = readFileSync('src/elements/map/boundaries/SOURCE.md', 'utf8');
    assert.match(notice, /ADMIN EXPRESS/);
    assert.match(notice, /Licence Ouverte/);
  });
});

describe('map: geo fields and features', () => {
  const meta = { fields: [
    { name: 'nom', label: 'Nom', type: 'text', description: null, annotations: {} },
    { name: 'geom', label: 'Forme', type: 'geo_shape', description: null, annotations: {} },
    { name: 'geo_point_2d', label: 'Point', type: 'geo_point_2d', description: null, annotations: {} },
  ] };

  it('finds point and shape fields, or only the one named', () => {
    assert.deepEqual(findGeoFields(meta), { point: { name: 'geo_point_2d', type: 'geo_point_2d' }, shape: { name: 'geom', type: 'geo_shape' } });
    assert.deepEqual(findGeoFields(meta, 'geom'), { point: undefined, shape: { name: 'geom', type: 'geo_shape' } });
    assert.deepEqual(findGeoFields(meta, 'nom'), { point: undefined, shape: undefined });
  });

  it('reads points in the API shapes and rejects impossible ones', () => {
    assert.deepEqual(toLonLat({ lon: -4.1, lat: 48 }), [-4.1, 48]);
    assert.deepEqual(toLonLat('48, -4.1'), [-4.1, 48]);
    assert.deepEqual(toLonLat([48, -4.1]), [-4.1, 48]);
    assert.equal(toLonLat({ lon: 200, lat: 48 }), undefined);
    assert.equal(toLonLat(null), undefined);
    assert.deepEqual(toGeometry({ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] } }), { type: 'Point', coordinates: [1, 2] });
    assert.equal(toGeometry({ type: 'Circle', coordinates: [1, 2] }), undefined);
  });

  it('turns records into features that carry only their index, and counts those without location', () => {
    const rows = [{ nom: '<img src=x>', geo_point_2d: { lon: -4, lat: 48 } }, { nom: 'b', geo_point_2d: null }, { nom: 'c', geo_point_2d: { lon: -4.2, lat: 48.3 } }];
    const { collection, missing } = recordsToFeatures(rows, { name: 'geo_point_2d', type: 'geo_point_2d' });
    assert.equal(missing, 1);
    assert.deepEqual(collection.features.map((f) => f.properties), [{ i: 0 }, { i: 2 }]);
    assert.deepEqual(boundsOf(collection.features), [-4.2, 48, -4, 48.3]);
  });
});

describe('map: server-side clusters', () => {
  it('writes in_bbox with lat/lon corners (GeoJSON bboxes are lon/lat)', () => {
    assert.equal(inBbox('geo_point_2d', [-4.3, 47.9, -4, 48.1]), 'in_bbox(`geo_point_2d`, 47.9, -4.3, 48.1, -4)');
  });

  it('asks for geo_cluster groups with a count, in the viewport, with an integer precision', () => {
    const q = clusterQuery(records('synthetic-points'), 'geo_point_2d', 9.6, [-4.3, 47.9, -4, 48.1]);
    assert.equal(q.get('group_by')[0], 'geo_cluster(`geo_point_2d`, 10)');
    assert.equal(q.get('select')[0], 'count(*) as n');
    assert.match(q.get('where')[0], /^in_bbox/);
    assert.equal(clusterZoom(40), 25);
    assert.equal(clusterZoom(NaN), 0);
  });

  it('reads cluster rows whatever the key name, skipping broken ones', () => {
    const rows = [
      { 'GEO_CLUSTER(coordonnees_geo,10)': { cluster_centroid: { lat: 48.8, lon: 2.3 } }, n: 609 },
      { 'geo_cluster(`g`, 3)': { cluster_centroid: { lat: 48 } }, n: 3 },
      { c: { cluster_centroid: { lat: 48, lon: -4 } }, n: 0 },
    ];
    assert.deepEqual(parseClusters(rows), [{ lon: 2.3, lat: 48.8, count: 609 }]);
  });

  it('pads and compares bboxes within the world', () => {
    assert.deepEqual(padBbox([-179, -89, 179, 89], 0.5), [-180, -90, 180, 90]);
    assert.ok(containsBbox(padBbox([-4.3, 47.9, -4, 48.1]), [-4.3, 47.9, -4, 48.1]));
    assert.ok(!containsBbox([-4.3, 47.9, -4, 48.1], [-4.4, 47.9, -4, 48.1]));
  });
});

describe('map: choropleth', () => {
  it('every palette colour has 3:1 contrast against white and the basemap land', () => {
    for (const c of PALETTE) {
      assert.ok(contrastRatio(c, '#ffffff') >= 3, `${c} on white: ${contrastRatio(c, '#ffffff').toFixed(2)}`);
      assert.ok(contrastRatio(c, LAND) >= 3, `${c} on land: ${contrastRatio(c, LAND).toFixed(2)}`);
    }
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(0), '21');
    assert.deepEqual(classColors(2), [PALETTE[0], PALETTE[PALETTE.length - 1]]);
    assert.equal(new Set(classColors(5)).size, 5);
  });

  it('computes quantile and equal-interval breaks and classes', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert.deepEqual(classBreaks(v, 2, 'equal'), [1, 5.5, 10]);
    assert.deepEqual(classBreaks(v, 5, 'quantile'), [1, 3, 5, 7, 9, 10]);
    assert.deepEqual(classBreaks([5, 5, 5, 9], 3), [5, 9], 'duplicate limits collapse');
    assert.equal(classOf(1, [1, 5.5, 10]), 0);
    assert.equal(classOf(5.5, [1, 5.5, 10]), 1);
    assert.equal(classOf(10, [1, 5.5, 10]), 1);
    assert.equal(classOf(11, [1, 5.5, 10]), -1);
  });

  it('joins group rows on INSEE codes written as numbers or text', () => {
    const values = rowsToValues([{ insee: 29232, v: 10 }, { '`id_terr`': '29051', v: 3 }, { insee: null, v: 7 }, { insee: '29020', v: null }]);
    assert.deepEqual([...values], [['29232', 10], ['29051', 3]]);
    assert.equal(joinKey(' 2a004 '), '2A004');
    const areas = { type: 'FeatureCollection' as const, features: ['29232', '29051', '29020'].map((code) => ({
      type: 'Feature' as const, properties: { code, name: code }, geometry: { type: 'Point', coordinates: [0, 0] } })) };
    const joined = joinAreas(areas, values, [3, 10], ['#111111']);
    assert.deepEqual(joined.features.map((f) => [f.properties.value, f.properties.color]), [[10, '#111111'], [3, '#111111'], [undefined, LAND]]);
  });
});

describe('map: maplibre locale', () => {
  it('has every key of maplibre’s default locale, in French, English and Breton', () => {
    const dts = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.d.ts', 'utf8');
    const block = /declare const defaultLocale: \{([^}]*)\}/.exec(dts)?.[1] ?? '';
    const keys = [...block.matchAll(/"([^"]+)":/g)].map((m) => m[1]);
    assert.ok(keys.length >= 20, `upstream keys found: ${keys.length}`);
    for (const lang of ['fr', 'en', 'br'] as const) {
      for (const k of keys) assert.ok((MAPLIBRE_LOCALES[lang] as Record<string, string>)[k]?.trim(), `${lang}: ${k}`);
    }
    assert.equal(MAPLIBRE_LOCALES.fr['NavigationControl.ZoomIn'], 'Zoomer');
    assert.notEqual(MAPLIBRE_LOCALES.br['Popup.Close'], MAPLIBRE_LOCALES.en['Popup.Close']);
  });
});

describe('map: viewport loading', () => {
  const geo = { name: 'geo_point_2d', type: 'geo_point_2d' as const };
  const rows = [{ c: { cluster_centroid: { lat: 48, lon: -4.1 } }, n: 1500 }, { c: { cluster_centroid: { lat: 48.1, lon: -4 } }, n: 700 }];
  const fake = () => {
    const calls: string[] = [];
    const client = {
      groups: async (q: { key: string }) => { calls.push(q.key); return rows; },
      get: async (q: { key: string }) => { calls.push(q.key); return [{ geo_point_2d: { lon: -4.1, lat: 48 } }]; },
    };
    return { calls, client: client as any };
  };

  it('asks only for clusters while the viewport holds more than the point limit', async () => {
    const { calls, client } = fake();
    const d = await fetchViewport(client, records('x'), geo, [-4.2, 47.9, -3.9, 48.2], 12, { fields: ['nom'], pointLimit: 1000 }, new AbortController().signal);
    assert.equal(d.kind, 'clusters');
    assert.equal(calls.length, 1);
    assert.match(decodeURIComponent(calls[0]), /group_by=geo_cluster/);
  });

  it('downloads the records of the viewport (only the needed fields, capped) when few, or at street level', async () => {
    for (const [limit, zoom] of [[5000, 12], [1000, STREET_ZOOM]]) {
      const { calls, client } = fake();
      const d = await fetchViewport(client, records('x'), geo, [-4.2, 47.9, -3.9, 48.2], zoom, { fields: ['nom'], pointLimit: limit }, new AbortController().signal);
      assert.equal(d.kind, 'features');
      assert.equal(d.kind === 'features' && d.total, 2200);
      const url = decodeURIComponent(calls[1]).replace(/\+/g, ' ');
      assert.match(url, /\/exports\/json\?select=`geo_point_2d`, `nom`&where=in_bbox/);
      assert.match(url, new RegExp(`limit=${limit}`));
    }
  });
});

describe('map: viewport loader (moves, errors, stale answers)', () => {
  const geo = { name: 'geo_point_2d', type: 'geo_point_2d' as const };
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  const view = (bbox: number[], zoom: number) => {
    const v = { cleared: 0, bbox, map: { getZoom: () => zoom }, clear: () => { v.cleared++; } };
    return v;
  };
  const answer = (n: number) => [{ c: { cluster_centroid: { lat: 48, lon: -4 } }, n }];

  it('shows an error (and clears the old clusters), then recovers on retry', async () => {
    let fail = true;
    const client = { groups: async () => { if (fail) throw new Error('500'); return answer(5000); } } as any;
    const drawn: unknown[] = [];
    const loader = new ViewportLoader(host, (d) => drawn.push(d));
    const v = view([-4.2, 47.9, -3.9, 48.2], 10);
    const source = { client, base: records('x'), geo, fields: [], pointLimit: 1000 };
    await loader.load(v as any, source);
    assert.ok(loader.error);
    assert.equal(v.cleared, 1);
    assert.equal(loader.pending, false);
    fail = false;
    await loader.load(v as any, source);
    assert.equal(loader.error, undefined);
    assert.equal(drawn.length, 1);
  });

  it('draws only the latest of two overlapping moves, and skips a move inside the last area', async () => {
    const client = {
      groups: (q: { key: string }, { signal }: { signal: AbortSignal }) => new Promise((resolve, reject) => {
        const slow = q.key.includes('%2C+10'); // the first move's precision answers late
        const t = setTimeout(() => resolve(answer(slow ? 1111 : 2222)), slow ? 80 : 10);
        signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); });
      }),
    } as any;
    const drawn: any[] = [];
    const loader = new ViewportLoader(host, (d) => drawn.push(d));
    const source = { client, base: records('x'), geo, fields: [], pointLimit: 1000 };
    const first = loader.load(view([-4.2, 47.9, -3.9, 48.2], 10) as any, source);
    const second = loader.load(view([-4.1, 47.95, -4, 48.05], 12) as any, source);
    await Promise.all([first, second]);
    assert.deepEqual(drawn.map((d) => d.total), [2222]);
    await loader.load(view([-4.09, 47.96, -4.01, 48.04], 12) as any, source);
    assert.equal(drawn.length, 1, 'no request for a move inside the fetched area');
  });
});
