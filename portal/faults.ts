/**
 * Fault injection (docs/architecture.md): `status=429|500|503`, `latency=ms`, `badjson`, `reset`, `times=N`,
 * `retry-after=s`, `;`-separated, per request (`/__fault/<spec>` prefix) or per server. `times=N` is counted per spec string.
 * Targets: `path=<end>` (the API path ends with `/<end>`, e.g. `records`, `facets`, or the dataset id for its
 * metadata) and `query=<text>` (the decoded query string contains it): other requests pass untouched and do not
 * count towards `times=N`, so a page's other requests (the shared metadata, a neighbour) cannot use up a fault.
 * Hostile answers (the security suites): `huge=N` (any path: one value of N bytes, streamed without Content-Length);
 * on `/records` only, `flood=N` (N rows whatever the limit) and `deep=N` (one value nested N arrays deep).
 */
export interface Fault {
  status?: number; latency?: number; badjson?: boolean; reset?: boolean; times?: number; retryAfter?: string;
  flood?: number; huge?: number; deep?: number; path?: string; query?: string;
}

/** Longest injected latency (ms): a spec cannot hold a request for days. */
export const MAX_LATENCY = 60_000;
/** Bounds of the hostile answers (rows, bytes, nesting), so a spec cannot exhaust the dev server itself. */
const MAX_FLOOD = 1_000_000, MAX_HUGE = 200 * 1024 * 1024, MAX_DEEP = 100_000;
const bounded = (v: string, max: number) => Math.min(max, Math.max(0, Math.floor(Number(v) || 0)));

/** Distinct specs counted at once; the oldest is forgotten first (a spec per request cannot grow memory). */
export const MAX_COUNTERS = 1000;

export function parseFault(spec: string): Fault {
  const f: Fault = {};
  // `path=` and `query=` take the rest of their `;` part (a query holds `=` and `,`); the other keys may also be `,`-separated.
  const parts = spec.split(';').flatMap((p) => (/^\s*(path|query)=/i.test(p) ? [p] : p.split(',')));
  for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const k = (eq < 0 ? part : part.slice(0, eq)).trim();
    const v = eq < 0 ? '' : part.slice(eq + 1).trim();
    switch (k.toLowerCase()) {
      case 'status': f.status = Number(v); break;
      case 'latency': f.latency = Math.min(MAX_LATENCY, Math.max(0, Number(v) || 0)); break;
      case 'badjson': f.badjson = true; break;
      case 'reset': f.reset = true; break;
      case 'times': f.times = Math.max(0, Math.floor(Number(v) || 0)); break;
      case 'retry-after': f.retryAfter = v; break;
      case 'flood': f.flood = bounded(v, MAX_FLOOD); break;
      case 'huge': f.huge = bounded(v, MAX_HUGE); break;
      case 'deep': f.deep = bounded(v, MAX_DEEP); break;
      case 'path': f.path = v.replace(/^\/+|\/+$/g, ''); break;
      case 'query': f.query = v; break;
    }
  }
  return f;
}

/** Whether the fault applies to this request: `apiPath` after the API base, `search` the raw query string. */
export function targets(f: Fault, apiPath: string, search: string): boolean {
  if (f.path !== undefined && !apiPath.replace(/\/+$/, '').endsWith(`/${f.path}`)) return false;
  if (f.query !== undefined) {
    let q = search.replace(/^\?/, '').replace(/\+/g, ' ');
    try { q = decodeURIComponent(q); } catch { /* kept raw */ }
    if (!q.includes(f.query)) return false;
  }
  return true;
}

export class FaultCounters {
  private readonly seen = new Map<string, number>();
  /** Number of specs counted (bounded by `MAX_COUNTERS`). */
  get size(): number { return this.seen.size; }
  /** Whether this request (the n-th with this spec) must still fail. */
  active(spec: string, f: Fault): boolean {
    const n = (this.seen.get(spec) ?? 0) + 1;
    this.seen.delete(spec);
    this.seen.set(spec, n);
    if (this.seen.size > MAX_COUNTERS) this.seen.delete(this.seen.keys().next().value!);
    return f.times === undefined || n <= f.times;
  }
  reset(): void { this.seen.clear(); }
}
