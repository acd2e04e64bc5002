import type { View } from 'vega';
import type { Lang } from '../../i18n/catalog.js';
import { VEGA_LOCALES } from './chart.i18n.js';

/**
 * vega under a strict CSP: vega, vega-lite and vega-interpreter load lazily (only pages with a chart fetch
 * them); the spec is parsed with `ast: true` and run by the interpreter (no eval); the View is driven directly
 * (no vega-embed, no stock tooltip: both write innerHTML); nothing can be loaded by URL; the locale is per view.
 */

type Modules = [typeof import('vega'), typeof import('vega-lite'), typeof import('vega-interpreter')];
let modules: Promise<Modules> | undefined;

/** Loads the chart engine once per page. A failed load is retried next time. */
export function loadVega(): Promise<Modules> {
  modules ??= Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter')]);
  modules.catch(() => (modules = undefined));
  return modules;
}

export type Tooltip = (event: MouseEvent, text: string | undefined) => void;

/** Extra pixels per character and per space that the page's CSS adds to the chart's text (WCAG 1.4.12 overrides). */
export interface Spacing { letter: number; word: number }
let spacing: Spacing = { letter: 0, word: 0 };

type Metrics = { width: (item: object, text: unknown) => number; measureWidth: (item: object, text: unknown) => number };
/**
 * vega lays out axes, legends and ellipses from canvas text widths, which ignore CSS letter and word spacing: a
 * page that sets them would see labels overlap and titles cut. Text widths are measured with that spacing added
 * (vega supports a user-defined `textMetrics.width`).
 */
function spacedMetrics(m: Metrics): void {
  if ((m.width as { od?: true }).od) return;
  const plain = m.measureWidth;
  const width = (item: object, text: string) => {
    const w = plain(Object.create(item, { limit: { value: 0 } }), text);
    return w + text.length * spacing.letter + (text.split(' ').length - 1) * spacing.word;
  };
  // A text longer than its limit is drawn ellipsised: it takes the limit (vega's own truncation asks the same).
  const spaced = (item: object, value: unknown): number => {
    const limit = Number((item as { limit?: number }).limit) || 0;
    const w = width(item, value == null ? '' : String(value).trim());
    return limit > 0 ? Math.min(w, limit) : w;
  };
  m.width = Object.assign(spaced, { od: true as const });
}

/**
 * Compiles our spec (vega-lite, or vega for the treemap) and renders it as SVG into `container`; the data go in
 * as values (`table`, plus named sets such as `refs`), never as code.
 */
export async function createView(container: HTMLElement, spec: object, rows: object[],
  opts: { lang: Lang; tooltip: Tooltip; onClick?: (datum: Record<string, unknown>) => void; data?: Record<string, object[]>; spacing?: Spacing }): Promise<View> {
  const [vega, vl, interp] = await loadVega();
  spacing = opts.spacing ?? { letter: 0, word: 0 };
  spacedMetrics((vega as unknown as { textMetrics: Metrics }).textMetrics);
  const lite = String((spec as { $schema?: string }).$schema).includes('/vega-lite/');
  const compiled = lite ? vl.compile(spec as never, { logger: logger() as never }).spec : spec;
  // vega reports dataflow errors to its logger instead of rejecting: keep them to fail loudly below.
  const errors: unknown[] = [];
  const log = logger((e) => errors.push(e));
  const runtime = vega.parse(compiled, undefined, { ast: true });
  const locale = VEGA_LOCALES[opts.lang];
  const loader = vega.loader();
  // Specs are ours and carry no URL; refuse any load or sanitize request all the same.
  loader.load = loader.sanitize = (() => Promise.reject(new Error('od-chart: no external data'))) as never;
  const view = new vega.View(runtime, {
    renderer: 'svg',
    container,
    hover: true,
    loader,
    logger: log as never,
    expr: interp.expressionInterpreter,
    // vega builds the formatters from these definitions, for this view only.
    locale: { number: locale.number, time: locale.time } as never,
    tooltip: (_h: unknown, event: MouseEvent, _item: unknown, value: unknown) =>
      opts.tooltip(event, value === undefined || value === null ? undefined : String(value)),
  });
  if (opts.onClick) {
    const click = opts.onClick;
    view.addEventListener('click', (_e, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null)?.datum;
      if (datum && 'k' in datum) click(datum);
    });
  }
  view.data('table', rows);
  for (const [name, values] of Object.entries(opts.data ?? {})) if (values.length) view.data(name, values);
  await view.runAsync();
  if (errors.length) {
    view.finalize();
    throw errors[0];
  }
  muteVegaAria(container);
  return view;
}

/** A vega logger that drops warnings (ours are known) and passes errors on. */
function logger(onError?: (e: unknown) => void) {
  const l = { level: () => l, warn: () => l, info: () => l, debug: () => l, error: (...e: unknown[]) => (onError?.(e[0]), l) };
  return l;
}

/** vega labels its container in English ("visualization"): our wrapper is the labelled image instead. */
export function muteVegaAria(container: HTMLElement): void {
  container.removeAttribute('role');
  container.removeAttribute('aria-roledescription');
  container.removeAttribute('aria-roleDescription');
  container.removeAttribute('aria-label');
  container.setAttribute('aria-hidden', 'true');
  container.querySelector('svg')?.setAttribute('aria-hidden', 'true');
}

/** Saves a blob under a file name through a temporary link (no data: URL, no third party). */
export function saveBlob(blob: Blob, name: string, root: ParentNode): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart as an SVG file (vega's string renderer: text only, nothing executed). */
export async function svgBlob(view: View): Promise<Blob> {
  return new Blob([await view.toSVG()], { type: 'image/svg+xml' });
}

/** The chart as a PNG file, drawn on a canvas at twice the size for sharp text. */
export async function pngBlob(view: View): Promise<Blob> {
  const canvas = (await view.toCanvas(2)) as HTMLCanvasElement;
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
}
