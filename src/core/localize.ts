import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAcrossShadow } from './dom.js';
import { INTL_LOCALE, toLang, type Catalog, type Lang, type Messages } from '../i18n/catalog.js';

/** Finds the nearest supported `lang` (the element's, else an ancestor's across shadow roots); defaults to French. */
export function resolveLang(el: Element): Lang {
  for (let found = el.matches('[lang]') ? el : closestAcrossShadow(el, '[lang]'); found; found = closestAcrossShadow(found, '[lang]')) {
    const lang = toLang(found.getAttribute('lang'));
    if (lang) return lang;
  }
  return toLang(document.documentElement.lang) ?? 'fr';
}

/**
 * Resolves the host's UI language (its `lang`, else the nearest ancestor's, else `<html lang>`, else French)
 * and formats numbers and dates with Intl in that language. One per element: no global state.
 */
export class LocalizeController implements ReactiveController {
  lang: Lang = 'fr';
  private _observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    // A host page that switches language (or a builder preview) re-renders the widget.
    this._observer = new MutationObserver(() => this.update());
    // Any ancestor may change `lang` (an <od-dataset>, a builder preview): watch the light DOM below <html>.
    this._observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this._observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** Re-reads the language; call when an ancestor's `lang` changed. */
  update(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  /** BCP 47 locale for Intl. */
  get locale(): string {
    return INTL_LOCALE[this.lang];
  }

  /** The messages of a catalogue in the current language. */
  msg<M extends Messages>(catalog: Catalog<M>): M {
    return catalog[this.lang] as M;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  date(value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const d = value instanceof Date ? value : new Date(value);
    return Number.isNaN(d.getTime()) ? String(value) : new Intl.DateTimeFormat(this.locale, options).format(d);
  }
}
