// "Compose a block": the linked widgets a builder user may add around the main one, all on the same dataset,
// and where each goes (controls above, results below), so a block reads search → filters → results → download.

/** Linked widgets offered as companions, in the order they appear in a block. */
export const COMPANIONS = ['od-search', 'od-facets', 'od-filters', 'od-kpi', 'od-chart', 'od-map', 'od-table', 'od-pager', 'od-download', 'od-share'];
const ABOVE = new Set(['od-search', 'od-facets', 'od-filters', 'od-kpi']);

/** The companions placed above and below the main widget, in block order. */
export function companionsAround(main: string, extras: readonly string[]): { above: string[]; below: string[] } {
  const chosen = COMPANIONS.filter((t) => t !== main && extras.includes(t));
  return { above: chosen.filter((t) => ABOVE.has(t)), below: chosen.filter((t) => !ABOVE.has(t)) };
}
