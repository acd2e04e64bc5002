/**
 * `reference="50000:Seuil"` (horizontal rules on the value axis) and `annotate="2020:Covid"` (marked points of the
 * x axis): parsed under a small grammar, several items separated by `;`. Labels are text for vega's data, never
 * expressions. Pure.
 */

export interface Reference { value: number; label: string }
export interface Annotation { at: string; label: string }

export class GuideError extends Error {
  constructor(readonly key: 'badReference' | 'badAnnotation', readonly detail: string) {
    super(`${key}: ${detail}`);
    this.name = 'GuideError';
  }
}

const MAX = 10;
const LABEL = 80;

function items(raw: string | undefined): [string, string][] {
  return (raw ?? '').split(';').map((s) => s.trim()).filter(Boolean).slice(0, MAX).map((item) => {
    const at = item.indexOf(':');
    return at < 0 ? [item, ''] : [item.slice(0, at).trim(), item.slice(at + 1).trim().slice(0, LABEL)];
  });
}

/** `value[:label]` items; the value is a number written with a point or a comma, spaces allowed. */
export function parseReferences(raw: string | undefined): Reference[] {
  return items(raw).map(([v, label]) => {
    const text = v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new GuideError('badReference', raw ?? '');
    return { value: Number(text), label };
  });
}

/** `at:label` items; `at` is a category or a period as the axis names it (`2020`, `2020-03` or `2020/03`). */
export function parseAnnotations(raw: string | undefined): Annotation[] {
  return items(raw).map(([at, label]) => {
    if (!at || !label) throw new GuideError('badAnnotation', raw ?? '');
    return { at: /^\d{4}(\/\d{2}){0,2}$/.test(at) ? at.replace(/\//g, '-') : at, label };
  });
}
