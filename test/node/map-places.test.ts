// Where a cluster is: the commune holding a point, and the commune holding most of a cluster's points.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadBoundaries } from '../../src/elements/map/boundaries.js';
import { clusterPlaces, placeOf } from '../../src/elements/map/places.js';

describe('cluster places', () => {
  it('names the commune holding a point, the nearest one just off the coast, and none far out at sea', async () => {
    const { communes } = await loadBoundaries();
    assert.equal(placeOf([-4.1024, 47.996], communes), 'Quimper');
    assert.equal(placeOf([-4.486, 48.39], communes), 'Brest');
    assert.equal(placeOf([-6.5, 47.5], communes), undefined); // far out at sea
    // Two squares, the second with a hole: inside, in the hole, just off a shore (~2 km), and too far (~20 km).
    const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
    const areas = { type: 'FeatureCollection' as const, features: [
      { type: 'Feature' as const, properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] } },
      { type: 'Feature' as const, properties: { name: 'B' }, geometry: { type: 'MultiPolygon', coordinates: [[square(2, 0, 3, 1), square(2.4, 0.4, 2.6, 0.6)]] } },
    ] };
    assert.equal(placeOf([0.5, 0.5], areas), 'A');
    assert.equal(placeOf([2.2, 0.5], areas), 'B');
    assert.equal(placeOf([2.5, 0.5], areas), undefined); // in B's hole (an enclave would be its own area), 10 km from B
    assert.equal(placeOf([1.02, 0], areas), 'A');
    assert.equal(placeOf([1.5, 0.5], areas), undefined);
  });

  it('names a cluster by the commune with most of its finer clusters’ points, not by where its centre falls', async () => {
    const { communes } = await loadBoundaries();
    // A wide cluster whose centre lies in Ergué-Gabéric: 30 points in Quimper, 5 around its own centre.
    const centre = { lon: -4.02, lat: 48.0, count: 35 };
    const brest = { lon: -4.486, lat: 48.39, count: 10 };
    const fine = [{ lon: -4.1024, lat: 47.996, count: 30 }, { lon: -4.02, lat: 48.0, count: 5 }, { lon: -4.49, lat: 48.39, count: 10 }];
    assert.notEqual(placeOf([centre.lon, centre.lat], communes), 'Quimper');
    assert.deepEqual(clusterPlaces([centre, brest], fine, communes), ['Quimper', 'Brest']);
    // Without finer clusters, a cluster is named by its centre.
    assert.deepEqual(clusterPlaces([brest], [], communes), ['Brest']);
  });
});
