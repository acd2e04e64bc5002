/**
 * The chart's tooltip: text only (textContent), inside the shadow root, positioned through CSSOM (allowed by a
 * strict style-src). WCAG 1.4.13: it can be dismissed with Escape, the pointer can move onto it without it
 * vanishing (it hides a moment after leaving the mark, unless hovered), and it stays until then.
 */
export class ChartTooltip {
  private _tip?: HTMLElement;
  private _timer?: ReturnType<typeof setTimeout>;
  private _hovered = false;

  /** Shows `text` near the pointer, or starts hiding when `text` is empty (the pointer left the mark). */
  update(plot: HTMLElement, event: MouseEvent | undefined, text: string | undefined): void {
    const tip = plot.querySelector<HTMLElement>('[part~="tooltip"]');
    if (!tip) return;
    this._bind(tip);
    clearTimeout(this._timer);
    if (!text || !event) {
      this._timer = setTimeout(() => !this._hovered && this.hide(), 400);
      return;
    }
    tip.textContent = text;
    const box = plot.getBoundingClientRect();
    const x = event.clientX - box.left, y = event.clientY - box.top;
    tip.style.left = `${Math.min(x + 12, Math.max(0, box.width - 200))}px`;
    tip.style.top = `${Math.max(0, y - 36)}px`;
    tip.hidden = false;
    document.addEventListener('keydown', this._onKey);
  }

  hide(): void {
    clearTimeout(this._timer);
    if (this._tip) this._tip.hidden = true;
    document.removeEventListener('keydown', this._onKey);
  }

  private _bind(tip: HTMLElement): void {
    if (tip === this._tip) return;
    this._tip = tip;
    this._hovered = false;
    tip.addEventListener('mouseenter', () => (this._hovered = true));
    tip.addEventListener('mouseleave', () => {
      this._hovered = false;
      this.hide();
    });
  }

  private _onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') this.hide();
  };
}
