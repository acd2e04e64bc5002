import type { ShownValue } from '../facets/facet-plan.js';

/** Folds case and accents so "quimper" finds "Quimper" and "ergue" finds "Ergué-Gabéric". */
export const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The values whose label contains every word typed (in any order). */
export function filterValues(values: readonly ShownValue[], typed: string): ShownValue[] {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  if (!words.length) return [...values];
  return values.filter((v) => {
    const label = fold(v.label);
    return words.every((w) => label.includes(w));
  });
}

/** The next active option for a key of the APG combobox pattern, or undefined for other keys. */
export function moveActive(key: string, active: number, count: number): number | undefined {
  if (!count) return undefined;
  switch (key) {
    case 'ArrowDown': return active < 0 ? 0 : Math.min(count - 1, active + 1);
    case 'ArrowUp': return active < 0 ? count - 1 : Math.max(0, active - 1);
    case 'Home': return 0;
    case 'End': return count - 1;
    case 'PageDown': return Math.min(count - 1, Math.max(0, active) + 10);
    case 'PageUp': return Math.max(0, active - 10);
    default: return undefined;
  }
}
