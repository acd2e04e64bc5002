import type { ChartType } from './spec.js';

/**
 * How a chart fits its width, decided before vega draws it (pure, estimated with text lengths): the plot's own
 * height, the room and orientation of category labels, wrapped axis titles, legend columns, and whether a pie
 * can keep its direct labels apart. Phones get the same chart, rearranged rather than shrunk.
 */

/** Average width of one character of the 12 px labels (a little wide, so that estimates err on the safe side). */
export const CHAR = 7.2;
/** Smallest height of the plot area, in CSS pixels. */
export const MIN_PLOT = 180;
/** Room taken by the axes under and beside the plot in the element's `height`. */
const AXES = 80;
/** Estimated width of the value axis labels (e.g. "8 000 000") and its gap. */
const VALUE_AXIS = 72;
const LINE = 14;
/** Room for the leader line between the end of a line and its label. */
export const LEADER = 14;

export interface LayoutInput {
  type: ChartType;
  horizontal: boolean;
  stacked: boolean;
  width: number;
  /** The element's `height` attribute. */
  height: number;
  /** Display labels of the categories, in order. */
  categories: string[];
  /** Display labels of the series (empty without series). */
  series: string[];
  xKind: 'category' | 'time' | 'number';
  xTitle: string;
  yTitle: string;
  /** Shares (0–1) of the pie slices in drawing order, with their label text. */
  slices?: { share: number; label: string }[];
  /** Pixels the page's text spacing adds to each character (WCAG 1.4.12 overrides), counted in every estimate. */
  spacing?: number;
}

export interface Layout {
  /** What is drawn: a pie whose labels would collide becomes a horizontal bar chart. */
  type: ChartType;
  horizontal: boolean;
  /** Height of the plot area itself (axes and legend come on top of it). */
  plotHeight: number;
  /** Most pixels a category label may take before it is ellipsised. */
  labelLimit: number;
  /** Room on the right of lines and areas for the series' end labels (0: no end labels). */
  endLabels: number;
  legendColumns: number;
  legendLabelLimit: number;
  /** Axis titles as lines that fit their room. */
  xTitle: string[];
  yTitle: string[];
  /** Pie radius and the room beside it for labels. */
  radius: number;
  arcRoom: number;
}

/** Splits a text into lines of at most `px` wide (words kept whole unless a word alone is too long). */
export function wrap(text: string, px: number, char = CHAR): string[] {
  const max = Math.max(6, Math.floor(px / char));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) line = next;
    else {
      if (line) lines.push(line);
      line = word;
      while (line.length > max) {
        lines.push(line.slice(0, max - 1) + '-');
        line = line.slice(max - 1);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const longest = (xs: string[]) => Math.max(0, ...xs.map((x) => x.length));

/** Legend columns for a plot width. */
export const legendColumns = (width: number) => (width < 400 ? 1 : width < 600 ? 2 : 3);

/** Pie radius and label room for a width and a plot height. */
function pieSize(width: number, plotHeight: number, labelChars: number, char = CHAR) {
  const want = Math.min(150, Math.max(48, labelChars * char + 16));
  const radius = Math.max(40, Math.min(width / 2 - want - 10, plotHeight / 2 - 16));
  return { radius, arcRoom: Math.max(56, width / 2 - radius - 18) };
}

/**
 * True when every pie label (drawn outside its slice, as spec.ts does) keeps clear of the others. Boxes are
 * estimated: 12 px high, the label's length wide (within the room), anchored left on the right half.
 */
export function pieLabelsFit(slices: { share: number; label: string }[], radius: number, room: number, char = CHAR): boolean {
  if (slices.some((s) => s.share > 0 && s.share < 0.02)) return false;
  const boxes: [number, number, number, number][] = [];
  let acc = 0;
  for (const s of slices) {
    const a = (acc + s.share / 2) * 2 * Math.PI;
    acc += s.share;
    if (!s.label) continue;
    const x = (radius + 8) * Math.sin(a), y = -(radius + 8) * Math.cos(a);
    const w = Math.min(room, s.label.length * char);
    const right = (acc - s.share / 2) % 1 < 0.5;
    boxes.push([right ? x : x - w, y - LINE / 2, right ? x + w : x, y + LINE / 2]);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) return false;
    }
  return true;
}

export function layout(i: LayoutInput): Layout {
  const width = Math.max(120, i.width);
  const ch = CHAR + (i.spacing ?? 0);
  const base = Math.max(MIN_PLOT, i.height - AXES);
  const arc = i.type === 'pie' || i.type === 'donut';
  const cols = legendColumns(width);
  const legendLabelLimit = Math.max(60, Math.floor(width / cols) - 40);
  const out: Layout = { type: i.type, horizontal: i.horizontal && i.type === 'bar', plotHeight: base, labelLimit: 160, endLabels: 0,
    legendColumns: cols, legendLabelLimit, xTitle: [i.xTitle], yTitle: [i.yTitle], radius: 0, arcRoom: 0 };
  if (i.type === 'treemap') return { ...out, plotHeight: Math.max(MIN_PLOT, i.height) };
  if (arc) {
    const slices = i.slices ?? [];
    const size = pieSize(width, base, longest(slices.map((s) => s.label)), ch);
    // A pie smaller than this, or with labels that would touch, is not worth reading: bars say the same.
    if (size.radius >= 64 && pieLabelsFit(slices, size.radius, size.arcRoom, ch))
      return { ...out, ...size, plotHeight: Math.min(base, Math.max(MIN_PLOT, 2 * size.radius + 40)) };
    // Too thin to label: the same values as horizontal bars, each with its name.
    out.type = 'bar';
    out.horizontal = true;
  }
  const seriesCount = Math.max(1, i.series.length);
  const lineLike = out.type === 'line' || out.type === 'area';
  if (lineLike && i.series.length) out.endLabels = Math.min(Math.round(width * 0.3), longest(i.series) * ch + 16 + LEADER);
  const plotWidth = width - VALUE_AXIS - out.endLabels - 12;
  if (out.type === 'bar' && !out.horizontal && i.xKind === 'category') {
    // Vertical bars whose names do not fit side by side turn horizontal (names stay whole, never slanted).
    const band = plotWidth / Math.max(1, i.categories.length);
    if (longest(i.categories) * ch > band - 6) out.horizontal = true;
  }
  if (out.horizontal) {
    // Category names take at most 40 % of the width (ticks and padding included), so that bars keep at least 60 %.
    out.labelLimit = Math.max(48, Math.min(180, Math.floor(width * 0.4) - 28));
    const step = i.series.length && !i.stacked ? seriesCount * 12 + 10 : 24;
    out.plotHeight = Math.max(MIN_PLOT, i.categories.length * step);
    // The names' title sits above them, written horizontally; the value title under the bars.
    out.xTitle = wrap(i.xTitle, width - 16, ch);
    // Under the bars, centred on them: no wider than the bars' room.
    out.yTitle = wrap(i.yTitle, width - out.labelLimit - 48, ch);
  } else {
    out.labelLimit = Math.max(40, Math.floor(plotWidth / Math.max(1, Math.min(i.categories.length, 12))) - 6);
    out.xTitle = wrap(i.xTitle, plotWidth, ch);
    // The value title sits above the plot, written horizontally: it may use the whole width.
    out.yTitle = wrap(i.yTitle, width - 16, ch);
  }
  return out;
}
