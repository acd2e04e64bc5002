/** Response helpers: the headers real Explore API v2.1 responses carry, JSON bodies in ODS style, error bodies. */
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { prettyJson, pyJson } from './json.js';

export const CORS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Max-Age': '1000',
  'Access-Control-Allow-Headers': 'Authorization, X-Requested-With, Origin, ODS-API-Analytics-App, ODS-API-Analytics-Embed-Type, ODS-API-Analytics-Embed-Referrer, ODS-Widgets-Version, Accept',
  'Access-Control-Expose-Headers': 'ODS-Explore-API-Deprecation, Link, X-RateLimit-Remaining, X-RateLimit-Limit, X-RateLimit-Reset, X-RateLimit-dataset-Remaining, X-RateLimit-dataset-Limit, X-RateLimit-dataset-Reset',
};

const COMMON: Record<string, string> = {
  Server: 'openresty',
  'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
  Vary: 'Accept-Language, Cookie, Host',
  'Content-Language': 'fr-fr',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  ...CORS,
};

export const CALL_LIMIT = 10000;

/** Next midnight UTC, in the recorded `YYYY-MM-DD HH:MM:SS+00:00` form (not an epoch). */
export function nextReset(now = Date.now()): { text: string; iso: string; seconds: number } {
  const d = new Date(now);
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  const iso = new Date(next).toISOString();
  return { text: iso.slice(0, 10) + ' 00:00:00+00:00', iso: iso.slice(0, 19) + 'Z', seconds: Math.ceil((next - now) / 1000) };
}

export interface Quota { remaining: number }

export function rateHeaders(q: Quota): Record<string, string> {
  q.remaining = Math.max(0, q.remaining - 1);
  return { 'X-RateLimit-Limit': String(CALL_LIMIT), 'X-RateLimit-Remaining': String(q.remaining), 'X-RateLimit-Reset': nextReset().text };
}

/** Answers smaller than this go uncompressed (gzip would not save a packet). */
const GZIP_MIN = 1024;

/** Whether the request accepts gzip (`Accept-Encoding: gzip`, not refused with `q=0`). */
export function acceptsGzip(accept: string | string[] | undefined): boolean {
  return String(accept ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

/**
 * Sends a whole body. Like a real portal (nginx in front), an answer of 1 KB or more is gzip-compressed when the
 * request accepts it, with `Content-Length` the compressed size: what the network carries. `compress: false` for
 * the hostile answers, whose declared size is what they test.
 */
export function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string>, { compress = true } = {}): void {
  if (res.headersSent || res.destroyed) return;
  const size = Buffer.byteLength(body);
  const gzip = compress && status === 200 && size >= GZIP_MIN && acceptsGzip(res.req?.headers['accept-encoding']);
  const wire = gzip ? gzipSync(body, { level: 6 }) : body;
  const encoding: Record<string, string> = gzip ? { 'Content-Encoding': 'gzip', Vary: `${COMMON.Vary}, Accept-Encoding` } : {};
  res.writeHead(status, { ...COMMON, 'Content-Length': String(Buffer.byteLength(wire)), ...encoding, ...headers });
  res.end(wire);
}

export function sendJson(res: ServerResponse, body: unknown, quota: Quota, extra: Record<string, string> = {}): void {
  send(res, 200, pyJson(body), { 'Content-Type': 'application/json; charset=utf-8', ...rateHeaders(quota), ...extra });
}

/** Errors: pretty-printed `{error_code, message}`, `application/json` without charset, no rate-limit headers (as recorded). */
export function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  send(res, status, prettyJson({ error_code: code, message }), { 'Content-Type': 'application/json', ...extra });
}

export function send429(res: ServerResponse, retryAfter?: string): void {
  const r = nextReset();
  const body = { errorcode: 10002, reset_time: r.iso, limit_time_unit: 'day', call_limit: CALL_LIMIT, error: 'Too many requests on the domain. Please contact the domain administrator.' };
  send(res, 429, prettyJson(body), {
    'Content-Type': 'application/json', 'X-RateLimit-Limit': String(CALL_LIMIT), 'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': r.text, 'Retry-After': retryAfter ?? '1',
  });
}
