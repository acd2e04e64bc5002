// Accessibility beyond axe (RGAA 6.1, 11.9): on every demo page, one accessible name, read in its programmatic
// context (the named navigation, region, group, table or list around it), never stands for two different targets.
// Names are Chromium's own (the accessibility tree, shadow roots included). A link's target is its address; a
// button's is the widget it acts in (two "Voir les données" of two charts are two targets).
// The map's buttons and the chart's image downloads are named by their own engineers' work (issue 17, item 10):
// they are left out here until then.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PAGES, openDemo, withReload, type DemoServer } from './demo-server.js';
import { settle } from './suite-helpers.js';

/**
 * Runs in the page on one link or button: its target key, or '' to leave it out. Plain JavaScript source (a
 * compiled function would carry the compiler's helpers into the page).
 */
const TARGET_OF = `function () {
  const w = window;
  const ids = (w.__odIds ??= new WeakMap());
  const id = (el) => { if (!ids.has(el)) ids.set(el, (w.__odNext = (w.__odNext ?? 0) + 1)); return ids.get(el); };
  // The innermost widget holding the element (not <od-dataset>, which only holds the view).
  let widget;
  for (let node = this; node; ) {
    if (node instanceof Element && node.localName.startsWith('od-') && node.localName !== 'od-dataset') widget ??= node;
    const parent = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  if (this instanceof HTMLAnchorElement && this.href) return 'link ' + this.href;
  return 'button in ' + (widget ? widget.localName + '#' + id(widget) : 'page#' + id(this));
}`;

interface AXNode { nodeId: string; parentId?: string; ignored?: boolean; role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number }

/** Roles whose name gives their content its programmatic context (a pager's "Page 2" inside "Pagination : …"). */
const CONTEXTS = new Set(['navigation', 'region', 'group', 'table', 'dialog', 'search', 'form', 'list']);
const text = (n?: AXNode) => (n?.name?.value ?? '').replace(/\s+/g, ' ').trim();

/** Every name that stands for more than one target, with those targets. */
async function sharedNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  /** The name with its context: the nearest named ancestor of a context role. */
  const inContext = (n: AXNode) => {
    for (let a = n.parentId ? byId.get(n.parentId) : undefined; a; a = a.parentId ? byId.get(a.parentId) : undefined) {
      if (CONTEXTS.has(a.role?.value ?? '') && text(a)) return `${text(n)}" in "${text(a)}`;
    }
    return text(n);
  };
  const byName = new Map<string, Set<string>>();
  for (const n of nodes) {
    if (n.ignored || !['link', 'button'].includes(n.role?.value ?? '') || !n.backendDOMNodeId) continue;
    const name = inContext(n);
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
    if (!object.objectId) continue;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: TARGET_OF, returnByValue: true });
    assert.equal(exceptionDetails, undefined, `target of "${name}": ${exceptionDetails?.exception?.description}`);
    const target = String(result.value ?? '');
    if (!target) continue;
    const set = byName.get(name) ?? new Set<string>();
    set.add(target);
    byName.set(name, set);
  }
  await cdp.detach();
  return [...byName].filter(([, t]) => t.size > 1).map(([name, t]) => `"${name}" → ${[...t].slice(0, 3).join(' | ')}${t.size > 3 ? ` (+${t.size - 3})` : ''}`);
}

describe('accessible names unique per target on every demo page', () => {
  let demo: DemoServer;
  before(async () => {
    demo = await openDemo();
  });
  after(() => demo?.close());

  it('finds demo pages', () => assert.ok(DEMO_PAGES.length >= 1, 'no demo page'));

  for (const p of DEMO_PAGES) {
    it(`demo/${p}: no name shared by two targets`, { timeout: 120_000 }, () => withReload(async () => {
      const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(`${demo.base}/demo/${p}`);
        await settle(page, 45_000);
        assert.deepEqual(await sharedNames(page), []);
      } finally {
        await page.close();
      }
    }));
  }
});
