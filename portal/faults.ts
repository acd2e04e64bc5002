/**
 * Fault injection (docs/architecture.md): `status=429|500|503`, `latency=ms`, `badjson`, `reset`, `times=N`,
 * `retry-after=s`, `;`-separated, per request (`/__fault/<spec>` prefix) or per server. `times=N` is counted per spec string.
 * Hostile answers (the security suites): `huge=N` (any path: one value of N bytes, streamed without Content-Length);
 * on `/records` only, `flood=N` (N rows whatever the limit) and `deep=N` (one value nested N arrays deep).
 */
export interface Fault {
  status?: number; latency?: number; badjson?: boolean; reset?: boolean; times?: number; retryAfter?: string;
  flood?: number; huge?: number; deep?: number;
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
  for (const part of spec.split(/[;,]/).map((s) => s.trim()).filter(Boolean)) {
    const [k, v = ''] = part.split('=').map((s) => s.trim());
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
    }
  }
  return f;
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
