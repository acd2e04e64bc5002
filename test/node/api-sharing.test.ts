// Request sharing, cache, abort and timeout: what many widgets of one page rely on.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { ExploreClient, records, AbortedError, TimeoutError, isAbort, type ClientOptions } from '../../src/api/index.js';
import { fakeFetch, json, hang, late, PAGE, type Step } from './api-fake-fetch.js';

const q = records('qbo-communes').limit(5);
const make = (steps: Step[], opts: ClientOptions = {}) => {
  const f = fakeFetch(...steps);
  return { f, c: new ExploreClient('https://p.example', { fetch: f, retryDelay: 1, ...opts }) };
};
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('sharing and cache', () => {
  it('identical in-flight requests share one fetch; different ones do not', async () => {
    const { f, c } = make([late(30, json(PAGE))]);
    const [a, b, d] = await Promise.all([c.records(q), c.records(records('qbo-communes').limit(5)), c.records(q.offset(5))]);
    assert.deepEqual(a, PAGE);
    assert.deepEqual(b, PAGE);
    assert.deepEqual(d, PAGE);
    assert.equal(f.calls.length, 2);
  });

  it('serves a repeat from the cache until the TTL expires', async () => {
    const { f, c } = make([json(PAGE)], { cacheTtl: 60 });
    await c.records(q);
    await c.records(q);
    assert.equal(f.calls.length, 1);
    await c.records(q, { cache: 'no-cache' });
    assert.equal(f.calls.length, 2, "'no-cache' goes to the portal");
    await tick(80);
    await c.records(q);
    assert.equal(f.calls.length, 3, 'expired entries are not served');
    c.clearCache();
    await c.records(q);
    assert.equal(f.calls.length, 4);
  });

  it('keeps only the most recently used answers', async () => {
    const { f, c } = make([json(PAGE)], { cacheSize: 2 });
    const [q1, q2, q3] = [q.offset(1), q.offset(2), q.offset(3)];
    await c.records(q1); await c.records(q2);
    await c.records(q1); // q1 is now the most recent
    await c.records(q3); // evicts q2
    assert.equal(f.calls.length, 3);
    await c.records(q1);
    assert.equal(f.calls.length, 3, 'q1 still cached');
    await c.records(q2);
    assert.equal(f.calls.length, 4, 'q2 was evicted');
  });

  it('does not cache errors', async () => {
    const { f, c } = make([json('{}', 500), json(PAGE)]);
    await assert.rejects(c.records(q));
    assert.deepEqual(await c.records(q), PAGE);
    assert.equal(f.calls.length, 2);
  });

  it('cacheTtl 0 turns the cache off', async () => {
    const { f, c } = make([json(PAGE)], { cacheTtl: 0 });
    await c.records(q); await c.records(q);
    assert.equal(f.calls.length, 2);
  });
});

describe('abort and timeout', () => {
  it('an already aborted signal rejects at once without fetching', async () => {
    const { f, c } = make([json(PAGE)]);
    const err = await c.records(q, { signal: AbortSignal.abort() }).catch((e) => e);
    assert.ok(err instanceof AbortedError && isAbort(err));
    assert.equal(err.kind, 'aborted');
    assert.equal(f.calls.length, 0);
  });

  it('aborting one caller of a shared request leaves the others served', async () => {
    const { f, c } = make([late(40, json(PAGE))]);
    const ctl = new AbortController();
    const first = c.records(q, { signal: ctl.signal });
    const second = c.records(q);
    await tick(5);
    ctl.abort();
    await assert.rejects(first, AbortedError);
    assert.deepEqual(await second, PAGE);
    assert.equal(f.calls.length, 1);
    assert.equal(f.calls[0].init.signal!.aborted, false, 'the shared fetch went on');
  });

  it('when every caller aborts, the fetch itself is aborted and a new caller starts afresh', async () => {
    const { f, c } = make([hang, json(PAGE)]);
    const a = new AbortController();
    const b = new AbortController();
    const pa = c.records(q, { signal: a.signal });
    const pb = c.records(q, { signal: b.signal });
    await tick(5);
    a.abort(); b.abort();
    await assert.rejects(pa, AbortedError);
    await assert.rejects(pb, AbortedError);
    assert.equal(f.calls[0].init.signal!.aborted, true);
    assert.deepEqual(await c.records(q), PAGE);
    assert.equal(f.calls.length, 2);
  });

  it('aborting during a retry wait stops the retries', async () => {
    const { f, c } = make([json('{}', 503, { 'Retry-After': '2' }), json(PAGE)]);
    const ctl = new AbortController();
    const p = c.records(q, { signal: ctl.signal });
    await tick(30);
    ctl.abort();
    await assert.rejects(p, AbortedError);
    await tick(30);
    assert.equal(f.calls.length, 1);
  });

  /** On the mocked clock: `p` is still pending 1 ms before `ms`, and settles at `ms`; returns its outcome. */
  async function settlesAt(t: TestContext, p: Promise<unknown>, ms: number): Promise<unknown> {
    let outcome: unknown = 'pending';
    const done = p.then((v) => { outcome = v; }, (e) => { outcome = e; });
    await Promise.resolve();
    t.mock.timers.tick(ms - 1);
    await Promise.resolve();
    assert.equal(String(outcome), 'pending', `still waiting at ${ms - 1} ms`);
    t.mock.timers.tick(1);
    await done;
    return outcome;
  }

  it('times out with TimeoutError (default per client, overridable per call) and cancels the fetch', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { f, c } = make([hang], { timeout: 50 });
    const err = await settlesAt(t, c.records(q), 50);
    assert.ok(err instanceof TimeoutError, String(err));
    assert.equal(err.kind, 'timeout');
    assert.equal(f.calls[0].init.signal!.aborted, true);
    assert.ok((await settlesAt(t, c.records(q.offset(1), { timeout: 10 }), 10)) instanceof TimeoutError);
  });

  it('the default timeout is 15 s', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { c } = make([hang]);
    assert.ok((await settlesAt(t, c.records(q), 15_000)) instanceof TimeoutError);
  });

  it('a caller timing out does not cut a slower shared request for others', async () => {
    const { f, c } = make([late(60, json(PAGE))]);
    const quick = c.records(q, { timeout: 10 });
    const patient = c.records(q, { timeout: 1000 });
    await assert.rejects(quick, TimeoutError);
    assert.deepEqual(await patient, PAGE);
    assert.equal(f.calls.length, 1);
  });

  it('AbortSignal.timeout() from the caller also gives TimeoutError', async () => {
    const { c } = make([hang]);
    await assert.rejects(c.records(q, { signal: AbortSignal.timeout(20) }), TimeoutError);
  });
});
