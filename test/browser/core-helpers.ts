// Helpers of the core widgets' tests (table, pager, search, KPI, dataset).
import { waitUntil } from '@open-wc/testing';
import { getClient } from '../../src/api/index.js';

performance.setResourceTimingBufferSize(100000);

/**
 * A portal URL of its own for one test: the same local portal, but a new shared client (no cache from other
 * tests). `extra` adds a fault spec (e.g. `latency=300`, `status=500;times=1`), unique to this call.
 */
export function freshPortal(extra = ''): string {
  const id = Math.random().toString(36).slice(2, 10);
  return `${location.origin}/__fault/${extra ? extra + ';' : ''}t=${id}`;
}

/** Shadow-root query. */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}
export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Text of the element's polite status line. */
export const statusText = (el: Element) => ($(el, '[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element matches a custom state (`:state(ready)` …). */
export async function waitState(el: Element, state: 'loading' | 'ready' | 'empty' | 'error', timeout = 8000): Promise<void> {
  await waitUntil(() => el.matches(`:state(${state})`), `never reached state ${state}`, { timeout });
}

/** Resource-timing entries whose URL starts with `portal`. */
const listed = (portal: string) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
  .filter((e) => e.name.startsWith(portal));

/**
 * Resource-timing URLs of `portal` (images from it included), once the browser has listed a fetch for every answer
 * its shared client has read: Chromium may add an entry just after the body reached the page, so a widget can be
 * ready before its request is listed.
 */
export async function listedRequests(portal: string, timeout = 5000): Promise<string[]> {
  await waitUntil(() => listed(portal).filter((e) => e.initiatorType === 'fetch').length >= getClient(portal).answeredCount,
    `the browser never listed every answer the client of ${portal} read`, { timeout });
  return listed(portal).map((e) => e.name);
}

/** API requests to `portal`, in order, every answered one included (see listedRequests). */
export async function apiRequests(portal: string): Promise<URL[]> {
  return (await listedRequests(portal)).filter((n) => n.includes('/api/explore/')).map((n) => new URL(n));
}

/** The first API request to `portal` that matches, once it has been made and listed. */
export async function apiRequest(portal: string, matches: (u: URL) => boolean): Promise<URL> {
  await waitUntil(() => listed(portal).some((e) => matches(new URL(e.name))), 'no such API request listed');
  return (await apiRequests(portal)).find(matches)!;
}

/**
 * Resolves once the browser has fired an image error and painted twice since the call: any onerror, onload or
 * ontoggle handler that hostile markup could have left has had its chance to run (a positive signal, not a sleep).
 */
export async function handlersHadTheirChance(): Promise<void> {
  await new Promise((r) => { const img = new Image(); img.onerror = r; img.onload = r; img.src = `/__no-such-image-${Math.random()}.png`; });
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
}

/** The next animation frame: paces rapid visitor actions, and lets a scroll or a layout apply. */
export const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/**
 * Resolves once the shared client of `portal` has no request in flight and `els` have rendered, twice across a
 * frame: no late (stale) answer can still arrive, so what the widgets show now is final.
 */
export async function portalQuiet(portal: string, ...els: Element[]): Promise<void> {
  if (!getClient(portal).fetchCount) throw new Error(`no request was made to ${portal}: not the widgets' portal`);
  for (let i = 0; i < 2; i++) {
    await waitUntil(() => getClient(portal).inFlight === 0, `requests to ${portal} still in flight`, { timeout: 8000 });
    await Promise.all(els.map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await nextFrame();
  }
}
