/**
 * Lines and areas: our own stacking (`y0`/`y1`, series in display order, largest at the bottom) and direct labels
 * at the end of each series moved apart so that they do not overlap, each joined to its line by a leader line. The y scale is estimated as vega-lite draws
 * it (zero to a "nice" maximum over the plot height); each label gets `ly` in data units. Pure: rows in, rows out.
 */

/** d3's tick step, which vega uses to make the linear domain "nice". */
function tickStep(max: number, count: number): number {
  const step0 = max / Math.max(1, count);
  const power = Math.floor(Math.log10(step0));
  const error = step0 / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * 10 ** power;
}

/** The smallest gap between two end labels, in pixels. */
const GAP = 14;

/** `ay`: where the series ends (data units), `ly`: where its label sits; a leader line joins them. */
export type Stacked<R> = R & { y0: number; y1: unknown; ly?: number; ay?: number };

/** `height`: the plot area's own height (layout.ts), which vega-lite keeps exactly (autosize fit-x). */
export function stackAndLabel<R extends Record<string, unknown>>(rows: R[], o: { width: number; height: number; stacked: boolean }): Stacked<R>[] {
  const hasSeries = rows.some((r) => r.s !== undefined);
  const plot = Math.max(40, o.height);
  const y = (r: R) => Math.max(0, Number(r.y) || 0);
  const out = rows.map((r) => ({ ...r, y0: 0, y1: r.y }) as Stacked<R>);
  if (o.stacked) {
    const byX = new Map<unknown, typeof out>();
    for (const r of out) byX.set(r.x, [...(byX.get(r.x) ?? []), r]);
    for (const group of byX.values()) {
      let acc = 0;
      for (const r of group.sort((a, b) => Number(a.so ?? 0) - Number(b.so ?? 0))) {
        r.y0 = acc;
        acc += y(r);
        r.y1 = acc;
      }
    }
  }
  const max = Math.max(0, ...out.map((r) => Number(r.y1) || 0));
  if (!hasSeries || max <= 0) return out;
  const step = tickStep(max, plot / 40);
  const domain = Math.ceil(max / step) * step;
  const px = (v: number) => plot - (v / domain) * plot;
  const labels = out.filter((r) => r.last === true).map((r) => {
    r.ay = o.stacked ? (r.y0 + Number(r.y1)) / 2 : Number(r.y1);
    return { r, at: px(r.ay) };
  });
  labels.sort((a, b) => a.at - b.at);
  // Push labels down, then back up from the bottom edge, keeping the gap.
  for (let i = 1; i < labels.length; i++) labels[i].at = Math.max(labels[i].at, labels[i - 1].at + GAP);
  // The lowest label stays clear of the x axis labels under the plot.
  if (labels.length) labels[labels.length - 1].at = Math.min(labels[labels.length - 1].at, plot - 9);
  for (let i = labels.length - 2; i >= 0; i--) labels[i].at = Math.min(labels[i].at, labels[i + 1].at - GAP);
  for (const { r, at } of labels) r.ly = ((plot - Math.max(0, at)) / plot) * domain;
  return out;
}
