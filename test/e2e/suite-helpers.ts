// Shared by the e2e suites: wait for the page's data elements to settle and read their states (read only:
// code run through page.evaluate escapes the page's CSP, so it never drives the widgets).
import type { Page } from 'playwright-core';

export const DATA_TAGS = ['od-table', 'od-pager', 'od-kpi', 'od-chart', 'od-map', 'od-facets', 'od-download', 'od-catalog'];

export interface Settled { states: Record<string, string>; undefinedTags: string[] }

/** Waits until no data element is loading (or `timeout`), then returns each element's state. */
export async function settle(page: Page, timeout = 30000): Promise<Settled> {
  const read = () => page.evaluate((tags) => {
    const states: Record<string, string> = {};
    const undefinedTags = tags.filter((t) => !customElements.get(t));
    let i = 0;
    for (const el of document.querySelectorAll(tags.join(','))) {
      const s = ['ready', 'empty', 'error', 'loading'].find((x) => { try { return el.matches(`:state(${x})`); } catch { return false; } });
      states[`${el.localName}#${i++}`] = s ?? 'none';
    }
    return { states, undefinedTags };
  }, DATA_TAGS);
  const start = Date.now();
  const end = start + timeout;
  let last = await read();
  while (Date.now() < end) {
    // An element whose tag is not defined yet is pending too: the bundle loads each element's code when it appears.
    const pending = Object.entries(last.states).filter(([, s]) => s === 'loading' || s === 'none');
    // A page without data elements is settled once its scripts had a moment to run.
    if (!pending.length && (Object.keys(last.states).length || Date.now() - start > 1500)) break;
    await page.waitForTimeout(100);
    last = await read();
  }
  return last;
}

/** Elements whose state is not one of `ok`. */
export const notIn = (s: Settled, ok: string[]) =>
  Object.entries(s.states).filter(([k, v]) => !ok.includes(v) && !s.undefinedTags.includes(k.split('#')[0]));

/** Records failed HTTP responses (but the favicon, which test pages do not have). */
export function trackFailures(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`); });
  return failed;
}

/** Console errors that matter: Chromium's "Failed to load resource" line is judged by `failed` instead. */
export const realErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));
