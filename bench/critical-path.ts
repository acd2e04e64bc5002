// Critical paths of a page load, from the DevTools protocol's request log: for each widget, the portal requests
// made in series before its first data, and the code chunks loaded in series before it could render.
import { WIDGET_QUERIES } from './dashboard-page.js';

export interface Timed {
  url: string;
  /** ms since the document request. */
  start: number;
  end: number;
  /** URL of the script (or document) that started the request. */
  by?: string;
  api: boolean;
  type?: string;
}

/**
 * A request follows an earlier answer when it starts within this many ms of that answer's end: the client's own
 * work between an answer and the next request. Meaningful under portal latency (on loopback, answers overlap).
 * The answers a widget can wait for are the dataset's metadata and its own earlier requests: another widget's
 * answer that happens to end just before is not a step of this one's path.
 */
export const SLACK_MS = 50;

/** The dataset metadata request (decoded URL). */
const METADATA = /\/catalog\/datasets\/[^/?]+$/;

const isScript = (r: Timed) => !r.api && (r.type === 'Script' || /\.m?js(\?|$)/.test(r.url));

export function criticalPaths(requests: Timed[], firstReady: Record<string, number>): Record<string, { api: number; chunks: number }> {
  const api = requests.filter((r) => r.api && Number.isFinite(r.end));
  const decoded = (r: Timed) => decodeURIComponent(r.url);
  const chain = (d: Timed, mine: Timed[]): number => {
    const before = mine.filter((p) => p !== d && p.end <= d.start && d.start - p.end <= SLACK_MS);
    return 1 + Math.max(0, ...before.map((p) => chain(p, mine)));
  };
  const scripts = requests.filter(isScript);
  const byUrl = new Map(scripts.map((s) => [s.url, s]));
  const page = requests.find((r) => r.type === 'Document')?.url;
  // A chunk waits for its initiator, and for the chunks its initiator loaded before it (an entry runs, and so
  // starts its lazy imports, only once its static imports are there).
  const depthOf = new Map<Timed, number>();
  const depth = (s: Timed): number => {
    let d = depthOf.get(s);
    if (d === undefined) {
      depthOf.set(s, 1); // cycle guard
      const parent = s.by ? byUrl.get(s.by) : undefined;
      // Started by the HTML parser: first in line. Started by an element a script inserted (a preload link: the
      // protocol names no script): after the scripts already there.
      const fromScript = !parent && s.by !== page;
      // (Preload links inserted together do not wait for one another.)
      const before = scripts.filter((p) => p !== s && p.end <= s.start && (fromScript ? p.by !== s.by : p.by !== undefined && p.by === s.by));
      d = 1 + Math.max(0, ...[...(parent ? [parent] : []), ...before].map(depth));
      depthOf.set(s, d);
    }
    return d;
  };
  /** The initiator chain of a script: the element chunk that (indirectly) asked for it. */
  const chainUrls = (s: Timed): string[] => {
    const urls = [s.url];
    for (let p = s.by ? byUrl.get(s.by) : undefined; p && !urls.includes(p.url); p = p.by ? byUrl.get(p.by) : undefined) urls.push(p.url);
    return urls;
  };
  const out: Record<string, { api: number; chunks: number }> = {};
  for (const [tag, readyAt] of Object.entries(firstReady)) {
    const match = WIDGET_QUERIES[tag];
    const own = api.filter((r) => r.end <= readyAt && match?.test(decoded(r)));
    const mine = api.filter((r) => own.includes(r) || METADATA.test(decoded(r)));
    const chunk = new RegExp(`/chunks/${tag.slice(3)}-[\\w-]+\\.js$`);
    const code = scripts.filter((s) => s.start <= readyAt && chainUrls(s).some((u) => chunk.test(u)));
    out[tag] = {
      api: own.length ? Math.max(...own.map((d) => chain(d, mine))) : NaN,
      chunks: code.length ? Math.max(...code.map(depth)) : NaN,
    };
  }
  return out;
}
