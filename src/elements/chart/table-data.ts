import type { Arranged } from './arrange.js';

/** The chart's data as a grid: one row per category, one value column per series (or one column). */
export interface Grid {
  head: string[];
  rows: { key: string | null; label: string; values: (number | null)[] }[];
}

export function toGrid(a: Arranged, labels: { x: string; y: string; cat: (x: string | null) => string; series: (s: string | null) => string }): Grid {
  const cols = a.series ?? [undefined];
  const index = new Map<string, number | null>();
  for (const p of a.points) index.set(`${p.x}\u0001${p.s}`, p.y);
  return {
    head: [labels.x, ...(a.series ? a.series.map(labels.series) : [labels.y])],
    rows: a.categories.map((c) => ({
      key: c,
      label: labels.cat(c),
      values: cols.map((s) => index.get(`${c}\u0001${s}`) ?? null),
    })),
  };
}

/** Text that a spreadsheet would run as a formula starts with one of these: it is prefixed with `'`. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(v: string | number | null, decimal: string, delimiter: string): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v).replace('.', decimal);
  const text = FORMULA.test(v) ? `'${v}` : v;
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV of the grid. French spreadsheets expect `;` and a decimal comma; English ones `,` and a point.
 * Starts with a BOM so that accented labels open correctly.
 */
export function toCsv(grid: Grid, lang: string): string {
  const [delimiter, decimal] = lang === 'en' ? [',', '.'] : [';', ','];
  const lines = [grid.head, ...grid.rows.map((r) => [r.label, ...r.values])].map((row) =>
    row.map((v) => cell(v, decimal, delimiter)).join(delimiter));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
