// Error parsing and typed errors, with the real recorded error bodies, through the client.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ExploreClient, records, dataset, parseErrorBody, parseRetryAfter, errorFromStatus, isAbort,
  ApiError, BadRequestError, NotFoundError, QuotaError, ServerError, AuthError, BadResponseError,
} from '../../src/api/index.js';
import { fakeFetch, json } from './api-fake-fetch.js';

const sample = (name: string) => readFileSync(new URL(`../fixtures/ods-samples/${name}`, import.meta.url), 'utf8');
const client = (f: ReturnType<typeof fakeFetch>) => new ExploreClient('https://p.example', { fetch: f, retries: 0 });

describe('API errors', () => {
  it('reads both body styles of the recordings', () => {
    assert.deepEqual(parseErrorBody(sample('error-400-odsqlerror-vancouver.json')), {
      errorCode: 'ODSQLError',
      message: 'ODSQL query is malformed: Unknown field: no_such_field. Clause(s) containing the error(s): select.',
    });
    assert.deepEqual(parseErrorBody(sample('docexample-error-429-quota-v2.1.json')), {
      errorCode: '10002', message: 'Too many requests on the domain. Please contact the domain administrator.',
    });
    assert.deepEqual(parseErrorBody('<html>502 Bad Gateway</html>'), {});
    assert.deepEqual(parseErrorBody('[1]'), {});
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    assert.equal(parseRetryAfter('2', now), 2);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 10:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });

  it('maps statuses to classes and kinds', () => {
    const cases: [number, new (...a: any[]) => ApiError, string][] = [
      [400, BadRequestError, 'bad-request'], [410, BadRequestError, 'bad-request'], [401, AuthError, 'auth'],
      [404, NotFoundError, 'not-found'], [429, QuotaError, 'quota'], [500, ServerError, 'server'], [503, ServerError, 'server'],
    ];
    for (const [status, cls, kind] of cases) {
      const e = errorFromStatus(status, '', 'u');
      assert.ok(e instanceof cls && e instanceof ApiError && e instanceof Error, String(status));
      assert.equal(e.kind, kind);
      assert.equal(e.status, status);
    }
  });

  it('a bad ODSQL query rejects with BadRequestError carrying the portal message', async () => {
    const f = fakeFetch(json(sample('error-400-odsqlerror-vancouver.json'), 400));
    const err = await client(f).records(records('public-trees').select('no_such_field')).catch((e) => e);
    assert.ok(err instanceof BadRequestError);
    assert.equal(err.errorCode, 'ODSQLError');
    assert.match(err.portalMessage ?? '', /Unknown field: no_such_field/);
    assert.equal(err.url, 'https://p.example/api/explore/v2.1/catalog/datasets/public-trees/records?select=no_such_field');
    assert.equal(f.calls.length, 1, '400 is not retried');
  });

  it('an unknown dataset rejects with NotFoundError', async () => {
    const f = fakeFetch(json(sample('error-404-notfoundresource-vancouver.json'), 404));
    const err = await client(f).dataset('does-not-exist').catch((e) => e);
    assert.ok(err instanceof NotFoundError);
    assert.equal(err.portalMessage, 'The requested dataset does-not-exist does not exist.');
  });

  it('a quota answer rejects with QuotaError carrying code and Retry-After', async () => {
    const f = fakeFetch(json(sample('docexample-error-429-quota-v2.1.json'), 429, { 'Retry-After': '3600' }));
    const err = await client(f).records(records('d')).catch((e) => e);
    assert.ok(err instanceof QuotaError);
    assert.equal(err.errorCode, '10002');
    assert.equal(err.retryAfter, 3600);
  });

  it('malformed JSON or an unexpected shape on 200 rejects with BadResponseError', async () => {
    for (const body of ['{"total_count": 3, "results": [', 'null', '{"total_count": 1}', '<html></html>']) {
      const err = await client(fakeFetch(json(body))).records(records('d')).catch((e) => e);
      assert.ok(err instanceof BadResponseError, body);
      assert.equal(err.kind, 'bad-response');
    }
    const err = await client(fakeFetch(json({ fields: [] }))).dataset(dataset('d')).catch((e) => e);
    assert.ok(err instanceof BadResponseError);
  });

  it('isAbort() recognises our and the DOM abort errors only', () => {
    assert.equal(isAbort(new DOMException('x', 'AbortError')), true);
    assert.equal(isAbort(new ServerError()), false);
    assert.equal(isAbort(null), false);
  });
});
