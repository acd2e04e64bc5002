// Retries: 429/503 and network errors are retried with exponential backoff + jitter, honouring
// Retry-After; other statuses fail at once; after the last retry the caller gets a typed error.
import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { ExploreClient, records, QuotaError, ServerError, NetworkError, type ClientOptions } from '../../src/api/index.js';
import { fakeFetch, json, netDown, PAGE, type Step } from './api-fake-fetch.js';

const q = records('qbo-communes');
const make = (steps: Step[], opts: ClientOptions = {}) => {
  const f = fakeFetch(...steps);
  return { f, c: new ExploreClient('https://p.example', { fetch: f, retryDelay: 5, ...opts }) };
};
const gaps = (f: ReturnType<typeof fakeFetch>) => f.calls.slice(1).map((c, i) => c.at - f.calls[i].at);

/**
 * Runs `p` on node:test's mocked clock (setTimeout and Date), 1 ms at a time, letting the fake fetch's promises
 * settle between ticks: waits are measured exactly, whatever the machine's load.
 */
async function onMockedClock<T>(t: TestContext, start: () => Promise<T>, maxMs = 5000): Promise<T> {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: Date.parse('2026-12-01T12:00:00Z') });
  let settled = false;
  const p = start();
  p.then(() => (settled = true), () => (settled = true));
  const flush = () => new Promise<void>((r) => setImmediate(r));
  for (let ms = 0; !settled && ms <= maxMs; ms++) {
    await flush();
    await flush();
    if (!settled && ms < maxMs) t.mock.timers.tick(1);
  }
  return p;
}

describe('retries', () => {
  it('retries a 429 after Retry-After seconds, then succeeds', async (t) => {
    const { f, c } = make([json({ errorcode: 10005, error: 'quota' }, 429, { 'Retry-After': '1' }), json(PAGE)]);
    const page = await onMockedClock(t, () => c.records(q));
    assert.deepEqual(page, PAGE);
    assert.equal(f.calls.length, 2);
    assert.equal(gaps(f)[0], 1000, 'waited Retry-After: 1');
  });

  it('honours Retry-After given as an HTTP date', async (t) => {
    const { f, c } = make([(url, init) => json('{}', 503, { 'Retry-After': new Date(Date.now() + 2000).toUTCString() })(url, init), json(PAGE)]);
    await onMockedClock(t, () => c.records(q));
    assert.equal(gaps(f)[0], 2000);
  });

  it('retries a 503 with exponential backoff, at most twice by default, then ServerError', async (t) => {
    const { f, c } = make([json('{}', 503)], { retryDelay: 60, random: () => 0.5 });
    const err = await onMockedClock(t, () => c.records(q).catch((e) => e));
    assert.ok(err instanceof ServerError);
    assert.equal(err.status, 503);
    assert.equal(f.calls.length, 3, 'one try + 2 retries');
    assert.deepEqual(gaps(f), [60, 120], 'the second wait is doubled');
  });

  it('adds jitter to the backoff', async (t) => {
    const low = make([json('{}', 503), json(PAGE)], { retryDelay: 100, random: () => 0 });
    const high = make([json('{}', 503), json(PAGE)], { retryDelay: 100, random: () => 0.99 });
    await onMockedClock(t, () => Promise.all([low.c.records(q), high.c.records(q)]));
    assert.deepEqual([gaps(low.f)[0], gaps(high.f)[0]], [50, 149], 'retryDelay × (0.5 + random)');
  });

  it('the retry count is configurable', async () => {
    const { f, c } = make([json('{}', 503)], { retries: 4, retryDelay: 1 });
    await assert.rejects(c.records(q), ServerError);
    assert.equal(f.calls.length, 5);
  });

  it('does not wait for a Retry-After longer than maxRetryDelay: QuotaError at once', async (t) => {
    const { f, c } = make([json({ errorcode: 10002, error: 'quota' }, 429, { 'Retry-After': '86400' }), json(PAGE)]);
    const err = await onMockedClock(t, () => c.records(q).catch((e) => e), 0); // no time may pass
    assert.ok(err instanceof QuotaError, String(err));
    assert.equal(err.retryAfter, 86400);
    assert.equal(f.calls.length, 1);
  });

  it('does not retry 500, 400 or 404', async () => {
    for (const status of [500, 400, 404]) {
      const { f, c } = make([json('{}', status), json(PAGE)]);
      await assert.rejects(c.records(q));
      assert.equal(f.calls.length, 1, String(status));
    }
  });

  it('retries network errors, then NetworkError', async () => {
    const ok = make([netDown, json(PAGE)]);
    assert.deepEqual(await ok.c.records(q), PAGE);
    assert.equal(ok.f.calls.length, 2);
    const down = make([netDown]);
    const err = await down.c.records(q).catch((e) => e);
    assert.ok(err instanceof NetworkError);
    assert.equal(err.kind, 'network');
    assert.equal(err.status, 0);
    assert.equal(down.f.calls.length, 3);
  });

  it('sends Accept, the API key header when set, and never cookies', async () => {
    const { f, c } = make([json(PAGE)], { apiKey: 'k-123' });
    await c.records(q);
    const init = f.calls[0].init;
    const h = new Headers(init.headers);
    assert.equal(h.get('authorization'), 'Apikey k-123');
    assert.equal(h.get('accept'), 'application/json');
    assert.equal(init.credentials, 'omit');
    assert.equal(init.method, 'GET');
    const anon = make([json(PAGE)]);
    await anon.c.records(q);
    assert.equal(new Headers(anon.f.calls[0].init.headers).get('authorization'), null);
    assert.ok(!anon.f.calls[0].url.includes('k-123'));
  });
});
