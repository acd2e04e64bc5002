import { contrast, parseColor } from '../../core/colour.js';

/**
 * `type="treemap"`: vega-lite has no treemap, so this is a vega spec (stratify + treemap transforms), run on the
 * same CSP-safe path (parsed with `ast: true`, run by the interpreter). Its expressions are constants of this
 * file; the data (labels, values, colours) come in through `view.data('table')`. Labels go inside a rectangle
 * only when they fit it (ellipsised to its width, left out when it is too small), so they cannot overlap.
 */

/** Smallest rectangle that shows its name, and the one that also shows its value, in CSS pixels. */
export const LABEL_MIN = { width: 48, height: 22, valueHeight: 40 };

export function treemapSpec(o: { width: number; height: number; description: string; background?: string; font?: string; clickable?: boolean }): object {
  const w = `datum.x1 - datum.x0`, h = `datum.y1 - datum.y0`;
  const fits = `${w} >= ${LABEL_MIN.width} && ${h} >= ${LABEL_MIN.height}`;
  const limit = { signal: `max(0, ${w} - 12)` };
  const text = { fill: { field: 'tc' }, font: o.font ? { value: o.font } : undefined, fontSize: { value: 12 }, baseline: { value: 'top' }, limit };
  return JSON.parse(JSON.stringify({
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    description: o.description,
    width: o.width,
    height: o.height,
    autosize: 'none',
    padding: 0,
    background: o.background ?? null,
    data: [
      { name: 'table' },
      { name: 'tree', source: 'table', transform: [
        { type: 'stratify', key: 'id', parentKey: 'parent' },
        { type: 'treemap', field: 'y', sort: { field: 'value', order: 'descending' }, round: true, method: 'squarify', ratio: 1.6,
          paddingInner: 2, size: [{ signal: 'width' }, { signal: 'height' }] },
        { type: 'filter', expr: 'datum.depth === 1' },
      ] },
    ],
    marks: [
      { type: 'rect', from: { data: 'tree' }, encode: { update: {
        x: { field: 'x0' }, y: { field: 'y0' }, x2: { field: 'x1' }, y2: { field: 'y1' }, fill: { field: 'c' },
        tooltip: { field: 't' }, cursor: o.clickable ? { value: 'pointer' } : undefined,
        opacity: o.clickable ? { signal: 'datum.sel === false ? 0.3 : 1' } : undefined } } },
      { type: 'text', from: { data: 'tree' }, interactive: false, encode: { update: { ...text,
        x: { signal: 'datum.x0 + 6' }, y: { signal: 'datum.y0 + 5' }, fontWeight: { value: 'bold' },
        text: { signal: `${fits} ? datum.l : ''` } } } },
      { type: 'text', from: { data: 'tree' }, interactive: false, encode: { update: { ...text,
        x: { signal: 'datum.x0 + 6' }, y: { signal: 'datum.y0 + 21' },
        // A number is never ellipsised (a cut figure reads as another one): shown whole or not at all.
        text: { signal: `${w} >= length(datum.v) * 7.2 + 12 && ${h} >= ${LABEL_MIN.valueHeight} ? datum.v : ''` } } } },
    ],
  }));
}

/** Text colour on a fill: white or near-black, whichever contrasts more (both reach 4.5:1 on our fills). */
export function textOn(fill: string): string {
  const rgb = parseColor(fill) ?? [0, 0, 0];
  return contrast(rgb, [255, 255, 255]) >= contrast(rgb, [30, 30, 30]) ? '#ffffff' : '#1e1e1e';
}

/** The treemap's rows: a root, then one leaf per category with a positive value (the table keeps the others). */
export function treemapRows(rows: Record<string, unknown>[], value: (v: number) => string): Record<string, unknown>[] {
  return [{ id: 'root' }, ...rows.filter((r) => Number(r.y) > 0).map((r, k) => ({
    ...r, id: `n${k}`, parent: 'root', l: r.x, v: value(Number(r.y)), tc: textOn(String(r.c)),
  }))];
}
