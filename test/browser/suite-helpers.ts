// Shared by the cross-element suites (test/browser/suite-*.test.ts): the list of data elements with a typical
// configuration on a real dataset, mounting markup, waiting for custom states, and walking shadow roots.
import '../../src/define.js';
import { getClient } from '../../src/api/index.js';

export const PORTAL = location.origin;
// The suites count requests through resource timing: keep every entry of a test file.
performance.setResourceTimingBufferSize(100000);

export interface ElementCase {
  tag: string;
  /** Attributes of the element (markup). */
  attrs: string;
  /** The element takes its own `portal` (not an `<od-dataset>` child). */
  own?: boolean;
  /** State when no record matches: `empty`, or `ready` when "nothing" is itself data (a count of 0). */
  emptyState?: 'empty' | 'ready';
  /** The element queries records (so an invalid filter reaches the portal before any click). */
  queriesRecords?: boolean;
  /**
   * The fault target (`portal/faults.ts`: `path=`, `query=`) of a request whose failure the element must show, when
   * its first request is not one: other requests (the context's shared metadata) then do not use up the fault.
   */
  failOn?: string;
}

/** Data elements: each shows data from the portal and reflects loading/ready/empty/error states. */
export const DATA_ELEMENTS: ElementCase[] = [
  { tag: 'od-table', attrs: 'page-size="5" fields="nom_lieu,com_lieu,type"', emptyState: 'empty', queriesRecords: true },
  { tag: 'od-kpi', attrs: 'value="count(*)" label="Aires"', emptyState: 'ready', queriesRecords: true },
  { tag: 'od-chart', attrs: 'type="bar" x="com_lieu" y="count(*)" title="Aires par commune"', emptyState: 'empty', queriesRecords: true },
  { tag: 'od-map', attrs: 'style="--od-map-height:300px"', emptyState: 'empty', queriesRecords: true },
  // Facets with no matching record still list their fields (each saying it has no value).
  { tag: 'od-facets', attrs: 'fields="com_lieu,type"', emptyState: 'empty', queriesRecords: true },
  // Download only builds links (the exports list failing falls back to the standard formats): its count must fail.
  { tag: 'od-download', attrs: '', emptyState: 'ready', queriesRecords: false, failOn: 'path=records' },
  { tag: 'od-catalog', attrs: 'page-size="5"', own: true, emptyState: 'empty', queriesRecords: true },
  { tag: 'od-pager', attrs: 'page-size="5"', emptyState: 'empty', queriesRecords: true },
  { tag: 'od-records', attrs: 'page-size="5" detail', emptyState: 'empty', queriesRecords: true },
  // A date filter reads only the schema: with no matching record it is still ready to change the period.
  { tag: 'od-daterange', attrs: 'field="date_maj"', emptyState: 'ready', queriesRecords: false },
  { tag: 'od-select', attrs: 'field="com_lieu" multiple', emptyState: 'empty', queriesRecords: true },
];

export const DATASET = 'finistere-aires-covoiturage';
/** A base filter that no record matches (empty state), valid ODSQL. */
export const NO_MATCH = `id_lieu = "aucune-aire"`;

const containers: HTMLElement[] = [];

/** Puts test markup (written by the test, never data) into the page; removed by `cleanup()`. */
export function mount(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  document.body.append(div);
  containers.push(div);
  return div;
}

export function cleanup(): void {
  for (const c of containers.splice(0)) c.remove();
}

/** Markup of `c` linked to a dataset on `portal`, optionally with a base `where`. */
export function markupOf(c: ElementCase, opts: { portal?: string; dataset?: string; where?: string; lang?: string } = {}): string {
  const portal = opts.portal ?? PORTAL;
  const dataset = opts.dataset ?? DATASET;
  const lang = opts.lang ? ` lang="${opts.lang}"` : '';
  if (c.own) {
    // The catalogue's own empty state: a dataset id that no dataset has.
    const where = opts.where ? ` where='dataset_id = "aucun-jeu-de-donnees"'` : '';
    return `<${c.tag} portal="${portal}"${lang}${where} ${c.attrs}></${c.tag}>`;
  }
  const where = opts.where ? ` where='${opts.where}'` : '';
  return `<od-dataset portal="${portal}" dataset="${dataset}"${where}${lang}><${c.tag} ${c.attrs}></${c.tag}></od-dataset>`;
}

export const defined = (tag: string) => customElements.get(tag) !== undefined;

export function hasState(el: Element, state: string): boolean {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return false;
  }
}

/** Waits until `ok()` holds (polled each 20 ms; a positive signal, not a sleep), else throws naming `what`. */
export async function until(what: string, ok: () => boolean, timeout = 15000): Promise<void> {
  const end = performance.now() + timeout;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until `el` is in custom state `state` (or throws with the state it is in). */
export async function waitState(el: Element, state: string, timeout = 15000): Promise<void> {
  await until(`<${el.localName}> in state "${state}"`, () => hasState(el, state), timeout).catch(() => {
    const now = ['loading', 'ready', 'empty', 'error'].filter((s) => hasState(el, s));
    throw new Error(`<${el.localName}> not in state "${state}" after ${timeout} ms (states: ${now.join(',') || 'none'})`);
  });
}

/** Resolves once the page's width has stayed the same for 5 frames (late layouts such as a chart's resize are done). */
export async function layoutStable(timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  let last = -1;
  let same = 0;
  while (same < 5 && performance.now() < end) {
    await new Promise((r) => requestAnimationFrame(r));
    const w = document.documentElement.scrollWidth;
    same = w === last ? same + 1 : 0;
    last = w;
  }
}

/** Every element under `root`, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Visible text of an element and its shadow tree (slots not followed, shadow text included). */
export function deepText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const sr = (node as Element).shadowRoot;
    if (sr) walk(sr);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** A fault portal whose counter is unique to this call (`id` is ignored by the portal but keys `times`). */
let faultSeq = 0;
export function faultPortal(spec: string): string {
  return `${PORTAL}/__fault/${spec};id=${Date.now().toString(36)}-${++faultSeq}`;
}

/** Pre-creates the shared client of `portal` with short timeouts and retries, so fault tests stay quick. */
export function quickClient(portal: string, opts: { timeout?: number; retries?: number } = {}): void {
  getClient(portal, { timeout: opts.timeout ?? 4000, retries: opts.retries ?? 1, retryDelay: 50, maxRetryDelay: 200 });
}

/** Fails (never skips) when a tag the suite covers is not defined: a lost registration must not pass silently. */
export function mustBeDefined(...tags: string[]): void {
  const missing = tags.filter((t) => !defined(t));
  if (missing.length) throw new Error(`not defined: ${missing.map((t) => `<${t}>`).join(', ')} (see src/registry.ts)`);
}
