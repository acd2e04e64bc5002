/** The portal's catalogue: real datasets (loaded once) plus `synthetic-points` of the requested size (cached per size). */
import { loadDatasets } from './load.js';
import { buildSynthetic, buildSyntheticEvents, type Commune } from './synthetic.js';
import type { Dataset, GeoPoint } from './types.js';
import { buildXssCorpus } from '../fixtures/xss-corpus.js';

export interface Store { datasets: Dataset[]; byId: Map<string, Dataset> }

const synthetic = new Map<number, Dataset>();
let xssCorpus: Dataset | undefined;
let events: Dataset | undefined;

function communes(real: Dataset[]): Commune[] {
  const shapes = real.find((d) => d.id === 'communes-29-finistere');
  const names = real.find((d) => d.id === 'finistere-communes');
  const qbo = new Set(real.find((d) => d.id === 'qbo-communes')?.rows.map((r) => String(r.code_insee)) ?? []);
  const current = new Map(names?.rows.map((r) => [String(r.code_insee), String(r.nom)]) ?? []);
  return (shapes?.rows ?? [])
    .filter((r) => current.has(String(r.code)) && r.geo_point_2d)
    .map((r) => ({ code: String(r.code), nom: current.get(String(r.code))!, ...(r.geo_point_2d as GeoPoint), qbo: qbo.has(String(r.code)) }));
}

/** `xss`: also serve the `xss-corpus` security test dataset (tests only). */
export function getStore(syntheticCount: number, opts: { xss?: boolean } = {}): Store {
  const real = loadDatasets();
  const datasets = [...real];
  const n = Math.max(0, Math.min(200000, Math.floor(syntheticCount)));
  if (n > 0) {
    let s = synthetic.get(n);
    if (!s) { s = buildSynthetic(n, communes(real)); synthetic.set(n, s); }
    datasets.push(s);
  }
  datasets.push((events ??= buildSyntheticEvents(communes(real))));
  if (opts.xss) datasets.push((xssCorpus ??= buildXssCorpus()));
  return { datasets, byId: new Map(datasets.map((d) => [d.id, d])) };
}
