// Fault injection of the local portal: per request (/__fault/<spec>) and per server, counters and reset.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { withPortal } from './portal-helpers.js';

let P: Awaited<ReturnType<typeof withPortal>>;
before(async () => { P = await withPortal({ synthetic: 100 }); });
after(() => P.close());
const path = '/api/explore/v2.1/catalog/datasets?limit=1&select=dataset_id';

test('status=429 answers like the real quota error, with Retry-After and X-RateLimit-*', async () => {
  const r = await P.get(`/__fault/status=429;retry-after=2${path}`);
  assert.equal(r.status, 429);
  assert.deepEqual(Object.keys(r.json), ['errorcode', 'reset_time', 'limit_time_unit', 'call_limit', 'error']);
  assert.equal(r.json.errorcode, 10002);
  assert.equal(r.headers.get('retry-after'), '2');
  assert.equal(r.headers.get('x-ratelimit-remaining'), '0');
  assert.match(r.headers.get('x-ratelimit-reset')!, /^\d{4}-\d{2}-\d{2} 00:00:00\+00:00$/);
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
});

test('times=N fails only the first N requests carrying that exact spec; reset clears the counters', async () => {
  const spec = '/__fault/status=503;times=2';
  assert.equal((await P.get(spec + path)).status, 503);
  assert.equal((await P.get(spec + path)).status, 503);
  const ok = await P.get(spec + path);
  assert.equal(ok.status, 200);
  assert.equal(ok.json.total_count > 0, true);
  assert.equal((await P.get('/__fault/status=503;times=3' + path)).status, 503, 'another spec string has its own counter');
  assert.equal((await P.get('/__portal/reset', { method: 'POST' })).status, 204);
  assert.equal((await P.get(spec + path)).status, 503);
});

test('status=500, latency, badjson and reset', async () => {
  const e = await P.get('/__fault/status=500' + path);
  assert.equal(e.status, 500);
  const t0 = Date.now();
  const slow = await P.get('/__fault/latency=250' + path);
  assert.equal(slow.status, 200);
  assert.ok(Date.now() - t0 >= 240);
  const bad = await P.get('/__fault/badjson' + path);
  assert.equal(bad.status, 200);
  assert.throws(() => JSON.parse(bad.text));
  await assert.rejects(P.get('/__fault/reset' + path));
});

test('the fault prefix keeps links on the faulty base', async () => {
  const r = await P.get('/__fault/latency=1/api/explore/v2.1/catalog/datasets/qbo-communes/facets');
  assert.match(r.json.links[0].href, /\/__fault\/latency=1\/api\/explore\/v2\.1\/catalog\/datasets\/qbo-communes\/facets$/);
});

test('server-wide faults (option) and server latency', async () => {
  const S = await withPortal({ synthetic: 0, faults: 'status=503;times=1' });
  try {
    assert.equal((await S.get(path)).status, 503);
    assert.equal((await S.get(path)).status, 200);
  } finally { await S.close(); }
  const L = await withPortal({ synthetic: 0, latency: 150 });
  try {
    const t0 = Date.now();
    assert.equal((await L.get(path)).status, 200);
    assert.ok(Date.now() - t0 >= 140);
  } finally { await L.close(); }
});

test('path= and query= aim a fault at some requests: the others pass and do not use up times=N', async () => {
  const ds = '/api/explore/v2.1/catalog/datasets/synthetic-points';
  const spec = '/__fault/status=500;times=1;path=records;query=group_by=commune';
  assert.equal((await P.get(spec + ds)).status, 200, 'the metadata is not aimed at');
  assert.equal((await P.get(`${spec}${ds}/records?limit=1`)).status, 200, 'a records query without the text');
  assert.equal((await P.get(`${spec}${ds}/facets?facet=commune`)).status, 200, 'another path');
  const aimed = `${spec}${ds}/records?select=count(*)&group_by=commune`;
  assert.equal((await P.get(aimed)).status, 500, 'the aimed request fails first…');
  assert.equal((await P.get(aimed)).status, 200, '…once');
  const meta = '/__fault/status=503;times=1;path=synthetic-points';
  assert.equal((await P.get(`${meta}${ds}/records?limit=1`)).status, 200);
  assert.equal((await P.get(meta + ds)).status, 503, 'path= names the metadata by the dataset id');
});

test('answers are gzip-compressed when the request accepts it, and only then', async () => {
  const { request } = await import('node:http');
  const raw = (encoding?: string) => new Promise<{ headers: Record<string, unknown>; bytes: number }>((done, fail) => {
    const req = request(`${P.url}/api/explore/v2.1/catalog/datasets/synthetic-points/records?limit=50`,
      { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => (bytes += d.length));
        res.on('end', () => done({ headers: res.headers, bytes }));
      });
    req.on('error', fail);
    req.end();
  });
  const plain = await raw();
  const gz = await raw('gzip, deflate, br');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(Number(gz.headers['content-length']), gz.bytes, 'Content-Length is the size on the wire');
  assert.ok(gz.bytes < plain.bytes / 3, `${gz.bytes} compressed bytes for ${plain.bytes}`);
  assert.equal((await raw('gzip;q=0')).headers['content-encoding'], undefined);
  const r = await P.get('/api/explore/v2.1/catalog/datasets/synthetic-points/records?limit=50');
  assert.equal(r.json.results.length, 50, 'a client that accepts gzip reads the same JSON');
});
