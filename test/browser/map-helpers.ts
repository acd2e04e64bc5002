// Shared helpers of the od-map browser tests (not a test file).
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OdDataset } from '../../src/elements/dataset/dataset.js';
import type { OdMap } from '../../src/elements/map/map.js';

export interface RenderDetail { mode: 'features' | 'clusters' | 'areas'; shown: number; total: number }

/** A context and a map inside it; `attrs` go on the map, `ctxAttrs` on the context. */
export async function setup(dataset: string, attrs: Record<string, string> = {}, ctxAttrs: Record<string, string> = {},
  portal = location.origin): Promise<{ ctx: OdDataset; el: OdMap; first: Promise<RenderDetail>; renders: RenderDetail[] }> {
  const ctx = await fixture<OdDataset>(html`<od-dataset portal=${portal} dataset=${dataset}></od-dataset>`);
  for (const [k, v] of Object.entries(ctxAttrs)) ctx.setAttribute(k, v);
  const el = document.createElement('od-map');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const first = nextRender(el);
  const renders: RenderDetail[] = [];
  el.addEventListener('od-map-ready', (e) => renders.push((e as CustomEvent<RenderDetail>).detail));
  ctx.append(el);
  return { ctx, el, first, renders };
}

/** The next `od-map-ready`, once maplibre has drawn it. */
export async function nextRender(el: OdMap): Promise<RenderDetail> {
  const ev = (await oneEvent(el, 'od-map-ready')) as CustomEvent<RenderDetail>;
  await idle(el);
  return ev.detail;
}

/**
 * Resolves once the clusters (or points) of the fitted viewport are drawn: a viewport request (`in_bbox`) started
 * since `since` (a `performance.now()` taken before the map was set up) was answered, and the map is ready again,
 * which it is only once it has painted what it holds. The overview may or may not have been painted before.
 */
export async function viewportDrawn(el: OdMap, since: number): Promise<void> {
  await waitUntil(() => performance.getEntriesByType('resource')
    .some((e) => e.startTime >= since && decodeURIComponent(e.name).includes('in_bbox(')), 'no viewport request', { timeout: 8000 });
  await waitUntil(() => el.matches(':state(ready)'), 'the viewport never drawn', { timeout: 8000 });
  await idle(el);
}

export function mapOf(el: OdMap): any {
  return el.maplibre as any;
}

export async function idle(el: OdMap): Promise<void> {
  await waitUntil(() => {
    const m = mapOf(el);
    return m && m.loaded() && !m.isMoving() && m.areTilesLoaded();
  }, 'map idle', { timeout: 15000 });
  const m = mapOf(el);
  m.triggerRepaint();
  await new Promise<void>((r) => m.once('render', () => r()));
}

/** RGBA of the drawn canvas at a longitude/latitude (the map keeps its drawing buffer). */
export function pixelAt(el: OdMap, lngLat: [number, number]): number[] {
  const map = mapOf(el);
  const p = map.project(lngLat);
  const canvas = map.getCanvas() as HTMLCanvasElement;
  const gl = canvas.getContext('webgl2')!;
  const dpr = canvas.width / canvas.clientWidth;
  const px = new Uint8Array(4);
  gl.readPixels(Math.round(p.x * dpr), Math.round(canvas.height - p.y * dpr), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
  return [...px];
}

export const shadow = (el: Element) => el.shadowRoot!;
export const status = (el: OdMap) => shadow(el).querySelector('[part~="status"]')!.textContent!.trim();

/** A unique fault spec (fault counters are kept per spec string for the whole run). */
let n = 0;
export const faulty = (spec: string) => `${location.origin}/__fault/${spec};id=map-${Date.now()}-${++n}`;
