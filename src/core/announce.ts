/**
 * The one live-region policy of the page (RGAA 7.5, WCAG 4.1.3). Widgets show their status lines as plain text and
 * offer them here; one polite region per document speaks at most one of them per visitor action:
 * - the widget the visitor used (its last input, click, Enter or Escape) says its own result;
 * - failing that, a widget that shows the view's rows (table, records, catalogue) says its new count, once the
 *   widget used has nothing to say and is no longer busy;
 * - a text equal to what that widget showed before the action, a text offered while busy (a superseded answer
 *   on its way), or anything offered before a newer action is never spoken;
 * - an "updating" line is spoken only when the widget used is still busy `SLOW` ms after the action.
 */

/** What the policy needs of a widget (implemented by `OdElement`). */
export interface Speaker extends HTMLElement {
  /** Whether this widget shows the view's rows: its count may be spoken when the widget used stays silent. */
  readonly speaksForView: boolean;
  /** The language of its UI text, for the region's `lang`. */
  readonly uiLang: string;
}

/** Delay before the used widget's text is spoken: its last re-render wins. */
const OWN_DELAY = 150;
/** Delay before another widget's count is spoken, and again while the widget used is busy. */
const VIEW_DELAY = 700;
/** An update of the widget used that lasts longer than this (ms) is said to be under way. */
export const SLOW = 1000;

const widgets = new Set<Speaker>();
const shown = new WeakMap<Speaker, string>();
const before = new WeakMap<Speaker, string>();
const busy = new WeakSet<Speaker>();
let region: HTMLElement | undefined;
let action = 0;
let spokenFor = 0;
let speaker: Speaker | undefined;
let pending: { el: Speaker; text: string; action: number } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let slowTimer: ReturnType<typeof setTimeout> | undefined;
let actionAt = 0;

function ensureRegion(): void {
  if (region?.isConnected) return;
  region ??= document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  region.dataset.odAnnouncer = '';
  // CSSOM, not a style attribute: allowed under a strict style-src.
  Object.assign(region.style, {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', overflow: 'hidden',
    clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: '0',
  });
  (document.body ?? document.documentElement).append(region);
}

/** The innermost widget on the event's path (not `<od-dataset>`, which only holds the view). */
function widgetOf(e: Event): Speaker | undefined {
  for (const node of e.composedPath()) if (widgets.has(node as Speaker) && (node as Element).localName !== 'od-dataset') return node as Speaker;
  return undefined;
}

function onAction(e: Event): void {
  if (e.type === 'keydown' && !['Enter', 'Escape'].includes((e as KeyboardEvent).key)) return;
  const el = widgetOf(e);
  if (!el) return;
  action++;
  speaker = el;
  actionAt = Date.now();
  pending = undefined;
  clearTimeout(timer);
  clearTimeout(slowTimer);
  slowTimer = undefined;
  for (const w of widgets) before.set(w, shown.get(w) ?? '');
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  for (const type of ['input', 'click', 'keydown']) document.addEventListener(type, onAction, { capture: true });
}

/** Registers a connected widget (and the page's region, before any text so the first change is heard). */
export function joinAnnouncer(el: Speaker): void {
  widgets.add(el);
  listen();
  ensureRegion();
}

export function leaveAnnouncer(el: Speaker): void {
  widgets.delete(el);
  if (pending?.el === el) pending = undefined;
  if (speaker === el) speaker = undefined;
}

/**
 * Whether the policy has nothing left to say for the actions so far: no answer waiting for its delay, no "updating"
 * line waiting for its second, no widget busy. (Tests wait for it instead of a fixed pause.)
 */
export function announcerIdle(): boolean {
  return !pending && slowTimer === undefined && ![...widgets].some((w) => busy.has(w));
}

function flush(): void {
  const p = pending;
  if (!p || p.action !== action || spokenFor === action) {
    pending = undefined; // superseded: never spoken
    return;
  }
  if (p.el !== speaker && speaker && busy.has(speaker)) {
    timer = setTimeout(flush, VIEW_DELAY);
    return;
  }
  pending = undefined;
  spokenFor = action;
  say(p.el, p.text);
}

function say(el: Speaker, text: string): void {
  ensureRegion();
  region!.lang = el.uiLang;
  region!.textContent = text;
}

/**
 * Offers a widget's status text, rendered now. `updating` (its text then empty): a newer answer is on its way;
 * nothing shown meanwhile is spoken, other widgets wait for it, and `updating` (its "updating" line, if any) is
 * said once if the widget used is still busy after `SLOW` ms.
 */
export function offer(el: Speaker, text: string, updating?: string): void {
  if (updating !== undefined) {
    busy.add(el);
    if (updating && el === speaker && spokenFor !== action) {
      const at = action;
      clearTimeout(slowTimer);
      slowTimer = setTimeout(() => {
        slowTimer = undefined;
        if (at === action && spokenFor !== action && busy.has(el)) say(el, updating);
      }, Math.max(0, actionAt + SLOW - Date.now()));
    }
    return;
  }
  busy.delete(el);
  shown.set(el, text);
  if (!action || spokenFor === action || !text || text === before.get(el)) return;
  const own = el === speaker;
  // Another widget: only a view's count, and only the first one of the action.
  if (!own && (!el.speaksForView || (pending && pending.el !== el))) return;
  pending = { el, text, action };
  clearTimeout(timer);
  timer = setTimeout(flush, own ? OWN_DELAY : VIEW_DELAY);
}
