// Close names for a webmaster's typo: fields of the schema, dataset ids of the catalogue (edit distance).
// Pure but for `suggestDatasets`, which asks the portal's catalogue once per failed dataset id.
import { catalog, getClient } from '../api/index.js';

/** Levenshtein distance (insert, delete, substitute), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[t.length];
}

/** The names closest to `name` (the best distance only, at most `max`), within a distance that still looks like a typo. */
export function closest(name: string, candidates: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const scored = candidates
    .map((c) => ({ c, d: c.toLowerCase().includes(name.toLowerCase()) && name.length >= 3 ? 1 : editDistance(name, c) }))
    .filter((x) => x.d <= limit && x.c !== name);
  const best = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === best).sort((a, b) => a.c.localeCompare(b.c)).slice(0, max).map((x) => x.c);
}

/** The dataset id and portal origin of a failed request (`…/catalog/datasets/<id>/…`). */
export function datasetOfUrl(url: string | undefined): { id: string; portal: string } | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    const m = /\/catalog\/datasets\/([^/?#]+)/.exec(u.pathname);
    const base = u.pathname.slice(0, u.pathname.indexOf('/api/explore/'));
    return m ? { id: decodeURIComponent(m[1]), portal: u.origin + base } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The field a portal's ODSQL error says is unknown. A name longer than any real field is the portal's (or an
 * attacker's) text, not a field: not taken, so never echoed as our sentence.
 */
export function unknownFieldOf(portalText: string): string | undefined {
  return /Unknown field:?\s*`?([\w.-]{1,64}?)`?(?:\.\s|\.?$|\s)/i.exec(portalText)?.[1];
}

type Suggestible = { kind?: string; url?: string; suggestions?: string[] };

/**
 * For a "dataset not found" error: looks up close dataset ids in the portal's catalogue, stores them on the error
 * (`error.suggestions`) and calls `done` when there are some, so the widget can re-render its message.
 */
export function suggestDatasets(error: unknown, done: () => void): void {
  const e = error as Suggestible | undefined;
  const where = e?.kind === 'not-found' ? datasetOfUrl(e.url) : undefined;
  if (!where || !e || e.suggestions) return;
  e.suggestions = [];
  getClient(where.portal)
    .catalog(catalog().select('dataset_id').limit(100))
    .then((page) => {
      e.suggestions = closest(where.id, page.results.map((d) => d.dataset_id));
      if (e.suggestions.length) done();
    })
    .catch(() => {}); // no suggestions then; the message stands on its own
}

/** The console warning for unknown field names: the message in the page's language, then the technical detail. */
export function warnUnknownFields(el: Element, attribute: string, value: string, message: string): void {
  console.warn(`[opendata-widgets] <${el.localName}> ${message}`, `(${attribute}="${value}")`);
}

/**
 * For a query refused because of an unknown field (a typo in `where`, `color-by`…): looks up the dataset's schema
 * (the metadata answer every widget shares, so no new request) and stores its closest names on the error.
 */
export function suggestFields(error: unknown, done: () => void): void {
  const e = error as Suggestible & { portalMessage?: string } | undefined;
  const name = e?.kind === 'bad-request' && typeof e.portalMessage === 'string' ? unknownFieldOf(e.portalMessage) : undefined;
  const where = name ? datasetOfUrl(e!.url) : undefined;
  if (!name || !where || !e || e.suggestions) return;
  e.suggestions = [];
  getClient(where.portal)
    .dataset(where.id)
    .then((meta) => {
      e.suggestions = closest(name, meta.fields.map((f) => f.name));
      if (e.suggestions.length) done();
    })
    .catch(() => {}); // the message names the field already
}
