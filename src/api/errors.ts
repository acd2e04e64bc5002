/**
 * Typed errors of the Explore API client. Every failure a widget can see is an `ApiError` with a
 * stable `kind`, so the UI chooses a message by `kind` and never parses English text.
 */

/** What went wrong, independent of the HTTP details. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'quota'
  | 'not-found'
  | 'bad-request'
  | 'auth'
  | 'server'
  | 'bad-response'
  | 'aborted';

export interface ApiErrorInit {
  status?: number;
  portalMessage?: string;
  errorCode?: string;
  url?: string;
  /** Seconds the portal asked us to wait (`Retry-After`), when it said so. */
  retryAfter?: number;
  cause?: unknown;
}

/** Base class: `kind` for the UI, HTTP status and the portal's own words for logs and details. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status, 0 when no response arrived. */
  readonly status: number;
  /** The portal's human text (`message` or, on 429, `error`). */
  readonly portalMessage?: string;
  /** The portal's code (`error_code`, or the numeric `errorcode` of quota errors, as text). */
  readonly errorCode?: string;
  readonly url?: string;
  /** Seconds to wait before retrying, from `Retry-After` (seconds or HTTP date). */
  readonly retryAfter?: number;

  constructor(kind: ApiErrorKind, message: string, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status ?? 0;
    this.portalMessage = init.portalMessage;
    this.errorCode = init.errorCode;
    this.url = init.url;
    this.retryAfter = init.retryAfter;
  }
}

/** No response: DNS, connection refused or reset, CORS refusal, offline. */
export class NetworkError extends ApiError {
  constructor(message = 'Network error', init?: ApiErrorInit) { super('network', message, init); this.name = 'NetworkError'; }
}
/** The request took longer than the client's timeout. */
export class TimeoutError extends ApiError {
  constructor(message = 'Request timed out', init?: ApiErrorInit) { super('timeout', message, init); this.name = 'TimeoutError'; }
}
/** HTTP 429: the portal's call quota is exhausted. */
export class QuotaError extends ApiError {
  constructor(message = 'Too many requests', init?: ApiErrorInit) { super('quota', message, init); this.name = 'QuotaError'; }
}
/** HTTP 404: unknown dataset or record. */
export class NotFoundError extends ApiError {
  constructor(message = 'Not found', init?: ApiErrorInit) { super('not-found', message, init); this.name = 'NotFoundError'; }
}
/** HTTP 400 (and other 4xx): bad ODSQL or parameter; `portalMessage` says which. */
export class BadRequestError extends ApiError {
  constructor(message = 'Bad request', init?: ApiErrorInit) { super('bad-request', message, init); this.name = 'BadRequestError'; }
}
/** HTTP 401/403: private data without (valid) API key. */
export class AuthError extends ApiError {
  constructor(message = 'Not authorised', init?: ApiErrorInit) { super('auth', message, init); this.name = 'AuthError'; }
}
/** HTTP 5xx. */
export class ServerError extends ApiError {
  constructor(message = 'Server error', init?: ApiErrorInit) { super('server', message, init); this.name = 'ServerError'; }
}
/** A 2xx answer whose body is not the JSON we expect. */
export class BadResponseError extends ApiError {
  constructor(message = 'Malformed response', init?: ApiErrorInit) { super('bad-response', message, init); this.name = 'BadResponseError'; }
}
/** The caller aborted. `name` is 'AbortError' like the DOM's, so generic abort checks keep working. */
export class AbortedError extends ApiError {
  constructor(message = 'Request aborted', init?: ApiErrorInit) { super('aborted', message, init); this.name = 'AbortError'; }
}

/** True for an error caused by an abort (ours or the DOM's), which a UI should ignore silently. */
export function isAbort(err: unknown): boolean {
  return (err instanceof ApiError && err.kind === 'aborted') || (err as { name?: unknown } | null)?.name === 'AbortError';
}

export interface PortalErrorBody { errorCode?: string; message?: string }

/**
 * Reads both error body styles: `{error_code, message}` (400/404…) and the quota style
 * `{errorcode, error}` (429). Returns {} for anything else (HTML error pages, empty bodies).
 */
export function parseErrorBody(text: string): PortalErrorBody {
  let body: unknown;
  try { body = JSON.parse(text); } catch { return {}; }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const b = body as Record<string, unknown>;
  const code = b.error_code ?? b.errorcode;
  const msg = b.message ?? b.error;
  return {
    errorCode: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    message: typeof msg === 'string' ? msg : undefined,
  };
}

/** `Retry-After` in seconds (delta-seconds or HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, (t - now) / 1000);
}

/** Builds the typed error for a non-2xx response. */
export function errorFromStatus(status: number, bodyText: string, url: string, retryAfterHeader?: string | null): ApiError {
  const { errorCode, message } = parseErrorBody(bodyText);
  const init: ApiErrorInit = { status, url, errorCode, portalMessage: message, retryAfter: parseRetryAfter(retryAfterHeader) };
  const text = message ? `${status}: ${message}` : `HTTP ${status}`;
  if (status === 429) return new QuotaError(text, init);
  if (status === 404) return new NotFoundError(text, init);
  if (status === 401 || status === 403) return new AuthError(text, init);
  if (status >= 500) return new ServerError(text, init);
  return new BadRequestError(text, init);
}
