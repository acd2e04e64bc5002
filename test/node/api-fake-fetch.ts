// Test helper (not a test file): a scripted fetch that records every call.
export type Step = (url: string, init: RequestInit) => Response | Error | Promise<Response | Error>;

export interface Call { url: string; init: RequestInit; at: number }

/** Each call plays the next step; the last step repeats. */
export function fakeFetch(...steps: Step[]) {
  const calls: Call[] = [];
  const fn = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push({ url, init, at: Date.now() }); // Date: follows node:test's mocked clock
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    const r = await step(url, init);
    if (r instanceof Error) throw r;
    return r;
  };
  return Object.assign(fn, { calls });
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Step =>
  () => new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status, headers: { 'content-type': 'application/json', ...headers },
  });

/** Never answers; rejects like fetch when its signal aborts. */
export const hang: Step = (_url, init) => new Promise((_resolve, reject) => {
  init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
});

/** Answers after `ms` (honouring abort). */
export const late = (ms: number, step: Step): Step => (url, init) => new Promise((resolve, reject) => {
  const t = setTimeout(() => resolve(step(url, init)), ms);
  init.signal?.addEventListener('abort', () => { clearTimeout(t); reject(init.signal!.reason); });
});

export const netDown: Step = () => new TypeError('fetch failed');

export const PAGE = { total_count: 2, results: [{ nom: 'Quimper' }, { nom: 'Ergué-Gabéric' }] };
