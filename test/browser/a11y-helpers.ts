// Shared by the accessibility suites beyond axe (test/browser/a11y-*.test.ts): text runs and their contrast, boxes.
import { contrast, effectiveBackground, parseComputed, toHex } from '../../src/core/colour.js';
import { deepElements } from './suite-helpers.js';

export interface Run { text: string; ratio: number; need: number; fg: string; bg: string; where: string }

const hiddenByCss = (el: Element) => el.closest('.od-visually-hidden, [hidden], [aria-hidden="true"]:not(svg):not(.vega *)');

/**
 * Every visible text run under `root` (through shadow roots, SVG text included) with the WCAG contrast of its
 * computed colour (SVG: its fill) on its effective background, and the threshold it must reach (3:1 for large text).
 */
export function textRuns(root: Element): Run[] {
  const out: Run[] = [];
  for (const el of [root, ...deepElements(root)]) {
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
    if (!own || ['STYLE', 'SCRIPT', 'TITLE', 'OPTION'].includes(el.tagName) || hiddenByCss(el)) continue;
    const box = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (!box.width || !box.height || cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
    const c = parseComputed(el instanceof SVGElement ? cs.fill : cs.color);
    if (!c) continue;
    const bg = effectiveBackground(el);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    out.push({ text: own.slice(0, 40), ratio: contrast(c.rgb, bg), need: large ? 3 : 4.5, fg: toHex(c.rgb), bg: toHex(bg),
      where: `${(el.getRootNode() as ShadowRoot).host?.localName ?? 'page'} ${el.localName}` });
  }
  return out;
}

export const failing = (runs: Run[]) => runs.filter((r) => r.ratio < r.need - 0.005)
  .map((r) => `${r.where} « ${r.text} » ${r.fg} sur ${r.bg} = ${r.ratio.toFixed(2)}:1 (< ${r.need})`);
