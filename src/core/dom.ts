/**
 * The nearest ancestor of `el` (not `el` itself) matching `selector`, crossing shadow roots up to the document:
 * widgets rendered inside another component's shadow tree still find the page's context, portal and language.
 */
export function closestAcrossShadow(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.parentElement?.closest(selector) ?? null;
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
    if (node?.matches(selector)) return node;
  }
  return null;
}
