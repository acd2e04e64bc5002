/**
 * GET-JSON transport: timeout, retries with backoff, sharing of identical in-flight requests and a
 * small LRU cache. Framework-free; `fetch` is injectable so node tests run without a network.
 */
import { AbortedError, ApiError, BadResponseError, NetworkError, TimeoutError, errorFromStatus } from './errors.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** fetch implementation (default: the global one, looked up at call time). */
  fetch?: FetchLike;
  /** Extra request headers (e.g. `Authorization`). */
  headers?: Record<string, string>;
  /** Per-call timeout in ms (default 15000; 0 = none). */
  timeout?: number;
  /** Retries after the first try, for 429/503 and network errors (default 2). */
  retries?: number;
  /** Base backoff in ms, doubled on each retry, with ±50 % jitter (default 400). */
  retryDelay?: number;
  /** Longest wait in ms before a retry; a longer `Retry-After` fails at once (default 10000). */
  maxRetryDelay?: number;
  /** How long a successful answer is served from memory, in ms (default 30000; 0 = no cache). */
  cacheTtl?: number;
  /** Number of answers kept (default 64). */
  cacheSize?: number;
  /** Random source in [0, 1) for jitter (tests pin it). */
  random?: () => number;
  /** Largest answer read, in bytes (default 20 MiB): a bigger one is refused (`errorCode` 'too-large'), never parsed. */
  maxBytes?: number;
}

/** Default `maxBytes`: far above any page of 100 records, far below what freezes or crashes a tab. */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

function tooLarge(url: string, status: number, max: number): BadResponseError {
  return new BadResponseError(`The portal's answer is larger than ${max} bytes`, { url, status, errorCode: 'too-large' });
}

/**
 * The body as text, refused as soon as its declared or read size passes `max` (the rest is not downloaded).
 * The bytes are counted as they stream, after decompression: a gzip answer's `Content-Length` is its compressed size.
 */
async function readBounded(res: Response, url: string, max: number): Promise<string> {
  const header = res.headers.get('Content-Length');
  const declared = header === null ? NaN : Number(header);
  if (declared > max) {
    res.body?.cancel().catch(() => {});
    throw tooLarge(url, res.status, max);
  }
  const reader = res.body?.getReader();
  if (!reader) {
    const text = await res.text();
    if (text.length > max) throw tooLarge(url, res.status, max);
    return text;
  }
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > max) {
      reader.cancel().catch(() => {});
      throw tooLarge(url, res.status, max);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export interface CallOptions {
  /** Aborting it rejects this call with an `AbortedError` (other callers of a shared request go on). */
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call (ms). */
  timeout?: number;
  /** 'no-cache' skips the cache lookup (the fresh answer still refreshes it). */
  cache?: 'default' | 'no-cache';
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  refs: number;
  settled: boolean;
}

function abortError(reason: unknown, url: string): ApiError {
  if ((reason as { name?: string } | undefined)?.name === 'TimeoutError') return new TimeoutError('Request timed out', { url, cause: reason });
  return new AbortedError('Request aborted', { url, cause: reason });
}

/** Resolves after `ms`, or rejects when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) { reject(abortError(signal.reason, url)); return; }
    const onAbort = () => { clearTimeout(t); reject(abortError(signal.reason, url)); };
    const t = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Milliseconds until an `X-RateLimit-Reset` instant (recorded as `2026-08-18 00:00:00+00:00`), 0 when past;
 * undefined when absent or unreadable.
 */
export function untilReset(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const ms = Date.parse(header.trim().replace(' ', 'T'));
  return Number.isNaN(ms) ? undefined : Math.max(0, ms - now);
}

export class Transport {
  private readonly opts: Required<Omit<TransportOptions, 'fetch' | 'headers'>>;
  private readonly fetchFn: FetchLike;
  private readonly headers: Record<string, string>;
  private readonly inflight = new Map<string, Shared>();
  private readonly cache = new Map<string, { value: unknown; expires: number }>();
  /** Number of fetch() calls made, retries included (for tests and the bench). */
  fetchCount = 0;
  /** Number of answers whose body was read to the end, the point where the browser lists the request (tests). */
  answeredCount = 0;
  /** fetch() calls not finished yet (tests wait for 0: no late answer can arrive). */
  inFlight = 0;

  constructor(options: TransportOptions = {}) {
    this.opts = {
      timeout: options.timeout ?? 15000,
      retries: options.retries ?? 2,
      retryDelay: options.retryDelay ?? 400,
      maxRetryDelay: options.maxRetryDelay ?? 10000,
      cacheTtl: options.cacheTtl ?? 30000,
      cacheSize: options.cacheSize ?? 64,
      random: options.random ?? Math.random,
      maxBytes: options.maxBytes ?? MAX_RESPONSE_BYTES,
    };
    this.fetchFn = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.headers = { Accept: 'application/json', ...options.headers };
  }

  /** Forgets cached answers (in-flight requests are not affected). */
  clearCache(): void { this.cache.clear(); }

  /** GETs `url` and parses JSON, with sharing, cache, retries and the caller's timeout/abort. */
  getJson(url: string, call: CallOptions = {}): Promise<unknown> {
    const { signal } = call;
    if (signal?.aborted) return Promise.reject(abortError(signal.reason, url));
    if (call.cache !== 'no-cache') {
      const hit = this.cacheGet(url);
      if (hit) return Promise.resolve(hit.value);
    }
    const shared = this.inflight.get(url) ?? this.start(url);
    shared.refs++;
    const timeoutMs = call.timeout ?? this.opts.timeout;
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (): boolean => {
        if (done) return false;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        shared.refs--;
        return true;
      };
      // This caller leaves; the fetch stops only when nobody waits for it any more.
      const leave = (err: ApiError) => {
        if (!finish()) return;
        if (shared.refs === 0 && !shared.settled) {
          if (this.inflight.get(url) === shared) this.inflight.delete(url);
          shared.controller.abort();
        }
        reject(err);
      };
      const onAbort = () => leave(abortError(signal!.reason, url));
      const timer = timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => leave(new TimeoutError(`No answer within ${timeoutMs} ms`, { url })), timeoutMs)
        : undefined;
      signal?.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (v) => { if (finish()) resolve(v); },
        (e) => { if (finish()) reject(e); },
      );
    });
  }

  private start(url: string): Shared {
    const controller = new AbortController();
    const shared: Shared = { controller, refs: 0, settled: false, promise: Promise.resolve() };
    shared.promise = this.run(url, controller.signal)
      .then((value) => { this.cacheSet(url, value); return value; })
      .finally(() => {
        shared.settled = true;
        if (this.inflight.get(url) === shared) this.inflight.delete(url);
      });
    shared.promise.catch(() => {}); // callers get the error; never an unhandled rejection
    this.inflight.set(url, shared);
    return shared;
  }

  private backoff(attempt: number): number {
    const d = this.opts.retryDelay * 2 ** attempt * (0.5 + this.opts.random());
    return Math.min(d, this.opts.maxRetryDelay);
  }

  private async run(url: string, signal: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < this.opts.retries;
      let res: Response;
      let text: string;
      try {
        this.fetchCount++;
        this.inFlight++;
        res = await this.fetchFn(url, {
          method: 'GET', headers: this.headers, signal, credentials: 'omit', referrerPolicy: 'strict-origin-when-cross-origin',
        });
        text = await readBounded(res, url, this.opts.maxBytes);
        this.answeredCount++;
      } catch (e) {
        if (signal.aborted) throw abortError(signal.reason, url);
        if (e instanceof BadResponseError) throw e; // too large: retrying would download it again
        if (canRetry) { await sleep(this.backoff(attempt), signal, url); continue; }
        throw new NetworkError(`Network error: ${(e as Error)?.message ?? e}`, { url, cause: e });
      } finally {
        this.inFlight--;
      }
      if (res.ok) {
        try { return JSON.parse(text); } catch (e) {
          throw new BadResponseError('The portal sent malformed JSON', { url, status: res.status, cause: e });
        }
      }
      const err = errorFromStatus(res.status, text, url, res.headers.get('Retry-After'));
      if (canRetry && (res.status === 429 || res.status === 503)) {
        // Real portals do not expose Retry-After cross-origin (only same-origin or through a proxy can read it);
        // they expose X-RateLimit-Reset, the end of the quota period. Without either: exponential backoff.
        const reset = err.retryAfter === undefined ? untilReset(res.headers.get('X-RateLimit-Reset')) : undefined;
        const wait = err.retryAfter !== undefined ? err.retryAfter * 1000 : reset ?? this.backoff(attempt);
        if (wait <= this.opts.maxRetryDelay) { await sleep(wait, signal, url); continue; }
      }
      throw err;
    }
  }

  private cacheGet(key: string): { value: unknown } | undefined {
    const e = this.cache.get(key);
    if (!e) return undefined;
    this.cache.delete(key);
    if (e.expires <= Date.now()) return undefined;
    this.cache.set(key, e); // most recently used goes last
    return e;
  }

  private cacheSet(key: string, value: unknown): void {
    if (this.opts.cacheTtl <= 0 || this.opts.cacheSize <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, { value, expires: Date.now() + this.opts.cacheTtl });
    while (this.cache.size > this.opts.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
