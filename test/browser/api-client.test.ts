// The API client in a real browser against the local portal mounted on the same origin:
// relative portal URLs, real fetch + abort, fault recovery, typed errors.
import { expect } from '@open-wc/testing';
import {
  ExploreClient, getClient, records, dataset, datasetFacets, field, str,
  AbortedError, NotFoundError, BadRequestError, ServerError, TimeoutError,
} from '../../src/api/index.js';

const origin = location.origin;
// A fault spec must be unique per test run: the portal counts `times=N` per exact spec string.
const run = Math.random().toString(36).slice(2, 8);
const faulty = (spec: string) => new ExploreClient(`${origin}/__fault/${spec};run=${run}`, { retryDelay: 20, cacheTtl: 0 });

describe('API client in the browser', () => {
  it('resolves a relative portal URL against the page and reads records', async () => {
    const c = new ExploreClient('/');
    expect(c.baseUrl).to.equal(`${origin}/api/explore/v2.1`);
    const page = await c.records(records('qbo-communes').select('nom, population_totale').orderBy('population_totale desc').limit(3));
    expect(page.total_count).to.be.a('number').greaterThan(3);
    expect(page.results).to.have.length(3);
    expect(page.results[0]).to.have.property('nom', 'Quimper');
  });

  it('getClient shares a client between the origin and its API root URL', () => {
    expect(getClient(origin)).to.equal(getClient(`${origin}/api/explore/v2.1`));
  });

  it('reads dataset metadata and facets', async () => {
    const c = getClient(origin);
    const meta = await c.dataset(dataset('qbo-communes'));
    expect(meta.dataset_id).to.equal('qbo-communes');
    expect(meta.fields.map((f) => f.name)).to.include('nom');
    expect(meta.metas.default.title).to.be.a('string').and.not.equal('');
    const facets = await c.facets(datasetFacets('qbo-communes').facet('nom_epci'));
    expect(facets.facets[0].name).to.equal('nom_epci');
    expect(facets.facets[0].facets[0]).to.include.keys('name', 'value', 'count', 'state');
  });

  it('a visitor text with quotes stays a string literal (no 400, exact match)', async () => {
    const c = getClient(origin);
    const hostile = await c.records(records('qbo-communes').where(`${field('nom')} = ${str('Quimper" OR "1"="1')}`));
    expect(hostile.total_count).to.equal(0);
    const exact = await c.records(records('qbo-communes').where(`${field('nom')} = ${str('Quimper')}`));
    expect(exact.total_count).to.equal(1);
  });

  it('aborting a request rejects with AbortedError', async () => {
    const c = faulty('latency=2000');
    const ctl = new AbortController();
    const p = c.records(records('qbo-communes'), { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    const err = await p.catch((e) => e);
    expect(err).to.be.instanceOf(AbortedError);
  });

  it('times out on a slow portal', async () => {
    const err = await faulty('latency=1500').records(records('qbo-communes'), { timeout: 200 }).catch((e) => e);
    expect(err).to.be.instanceOf(TimeoutError);
  });

  it('recovers from one 503', async () => {
    const c = faulty('status=503;times=1');
    const page = await c.records(records('qbo-communes').limit(1));
    expect(page.results).to.have.length(1);
  });

  it('gives typed errors for 500, unknown datasets and bad ODSQL', async () => {
    const e500 = await faulty('status=500').records(records('qbo-communes')).catch((e) => e);
    expect(e500).to.be.instanceOf(ServerError);
    const c = getClient(origin);
    const e404 = await c.dataset('no-such-dataset').catch((e) => e);
    expect(e404).to.be.instanceOf(NotFoundError);
    const e400 = await c.records(records('qbo-communes').where('nom = = 1')).catch((e) => e);
    expect(e400).to.be.instanceOf(BadRequestError);
    expect(e400.portalMessage).to.be.a('string').and.not.equal('');
  });
});
