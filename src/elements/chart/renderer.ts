import type { ReactiveControllerHost } from 'lit';
import type { View } from 'vega';
import { resolvePalette, safeFont, textColor } from './palette.js';
import { TOKENS, blend, computedColor, effectiveBackground, isDark, toHex } from '../../core/colour.js';
import { toCsv, type Grid } from './table-data.js';
import { createView, muteVegaAria, pngBlob, saveBlob, svgBlob, type Spacing } from './vega-view.js';
import { resolveLang } from '../../core/localize.js';
import { ChartTooltip } from './tooltip.js';

export interface DrawJob {
  /** Changes when the spec or the data change; the same key with the same container draws nothing new. */
  key: string;
  spec: (width: number) => object;
  rows: (width: number) => object[];
  /** Other named data sets of the spec (reference rules, x marks). */
  data?: () => Record<string, object[]>;
  onClick: (datum: Record<string, unknown>) => void;
  onReady: () => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The letter and word spacing the page's CSS gives the chart's text, in pixels. */
export function textSpacing(el: Element): Spacing {
  const svgText = el.querySelector('svg text') ?? el;
  const cs = getComputedStyle(svgText);
  return { letter: parseFloat(cs.letterSpacing) || 0, word: parseFloat(cs.wordSpacing) || 0 };
}

/**
 * Owns the vega View of one chart: draws it when the answer changes (finalizing the previous one), follows the
 * container's width (ResizeObserver), shows a text-only tooltip, saves PNG/SVG/CSV files,
 * and finalizes everything when the element leaves the page.
 */
export class ChartRenderer {
  view?: View;
  failed = false;
  /** The text spacing of the last drawing (the layout leaves room for it). */
  spacing: Spacing = { letter: 0, word: 0 };
  private _job?: DrawJob;
  private _container?: HTMLElement;
  private _generation = 0;
  private _width = 0;
  private _observer?: ResizeObserver;
  private _warned = '';
  private _tip = new ChartTooltip();

  constructor(private readonly host: Host) {}

  /** Colours and font from the `--od-*` custom properties, validated (contrast, grammar). */
  theme() {
    const cs = getComputedStyle(this.host);
    const prop = (name: string) => cs.getPropertyValue(name).trim() || undefined;
    // Resolved colours (the defaults follow the colour scheme), on what is really behind the chart.
    const root = this.host.shadowRoot ?? this.host;
    const bg = effectiveBackground(this.host);
    const background = toHex(bg);
    const dark = isDark(bg) ? 1 : 0;
    const resolved = (token: string) => {
      const c = computedColor(root, `var(--_${token})`);
      return c && toHex(c);
    };
    const palette = resolvePalette(prop('--od-chart-palette'), background);
    const bad = palette.rejected.join(' ');
    if (bad && bad !== this._warned) {
      this._warned = bad;
      console.warn(`[opendata-widgets] <od-chart>: couleurs ignorées (format invalide ou contraste < 3:1) : ${bad}`);
    }
    return {
      colors: palette.colors,
      text: textColor(resolved('text'), background, TOKENS.text[dark]),
      muted: textColor(resolved('muted'), background, TOKENS.muted[dark]),
      grid: toHex(blend(isDark(bg) ? [255, 255, 255] : [0, 0, 0], 0.14, bg)),
      font: safeFont(cs.fontFamily),
      background,
    };
  }

  draw(container: HTMLElement, job: DrawJob): void {
    const plot = container.parentElement!;
    if (container === this._container && job.key === this._job?.key) {
      this._job = job;
      return;
    }
    this._container = container;
    this._job = job;
    this._observe(plot);
    void this._build();
  }

  private _observe(plot: HTMLElement): void {
    this._observer?.disconnect();
    // Deferred to the next frame: resizing the view inside the observer callback would loop.
    this._observer = new ResizeObserver(() => requestAnimationFrame(() => this._resize(plot)));
    this._observer.observe(plot);
    // Text spacing set by the visitor's tools changes the summary's size, not the plot's: redraw for it too.
    const summary = this.host.shadowRoot?.querySelector('[part~="summary"]');
    if (summary) this._observer.observe(summary);
  }

  private _resize(plot: HTMLElement): void {
    const w = Math.round(plot.clientWidth);
    const s = textSpacing(plot);
    const respaced = s.letter !== this.spacing.letter || s.word !== this.spacing.word;
    if (!w || (Math.abs(w - this._width) < 2 && !respaced) || !this.view || plot !== this._container?.parentElement) return;
    this._width = w;
    // Redrawn rather than resized: label room, legend columns and pie radii depend on the width.
    void this._build();
  }

  private async _build(): Promise<void> {
    const job = this._job, container = this._container;
    if (!job || !container) return;
    const generation = ++this._generation;
    const plot = container.parentElement!;
    this._width = Math.round(plot.clientWidth) || 600;
    const target = document.createElement('div');
    try {
      this.spacing = textSpacing(plot);
      const view = await createView(target, job.spec(this._width), job.rows(this._width), {
        lang: resolveLang(this.host), spacing: this.spacing, tooltip: (e, text) => this._tip.update(plot, e, text), onClick: job.onClick, data: job.data?.(),
      });
      if (generation !== this._generation) return void view.finalize();
      this.view?.finalize();
      this.view = view;
      container.replaceChildren(target);
      this._ready();
      if (this.failed) {
        this.failed = false;
        this.host.requestUpdate();
      }
    } catch (e) {
      if (generation === this._generation) this._fail(e);
    }
  }

  private _ready(): void {
    if (this._container) muteVegaAria(this._container.firstElementChild as HTMLElement ?? this._container);
    this._job?.onReady();
  }

  private _fail(e: unknown): void {
    console.error('[opendata-widgets] <od-chart> drawing failed:', e);
    this.view?.finalize();
    this.view = undefined;
    this._container?.replaceChildren();
    if (!this.failed) {
      this.failed = true;
      this.host.requestUpdate();
    }
  }

  async download(kind: 'png' | 'svg' | 'csv', grid: Grid, name: string): Promise<void> {
    const root: ParentNode = this.host.shadowRoot ?? this.host;
    if (kind === 'csv') return saveBlob(new Blob([toCsv(grid, resolveLang(this.host))], { type: 'text/csv;charset=utf-8' }), `${name}.csv`, root);
    if (!this.view) return;
    saveBlob(kind === 'png' ? await pngBlob(this.view) : await svgBlob(this.view), `${name}.${kind}`, root);
  }

  dispose(): void {
    this._generation++;
    this._observer?.disconnect();
    this._observer = undefined;
    this.view?.finalize();
    this.view = undefined;
    this._container = undefined;
    this._job = undefined;
    this._tip.hide();
  }
}
