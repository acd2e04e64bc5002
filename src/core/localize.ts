import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestAcrossShadow } from './dom.js';
import { INTL_LOCALE, toLang, type Catalog, type Lang, type Messages } from '../i18n/catalog.js';

/**
 * Finds the nearest supported `lang` (the element's, else an ancestor's across shadow roots); defaults to French.
 * `skipSelf`: ignore the element's own `lang` (one its controller set).
 */
export function resolveLang(el: Element, skipSelf = false): Lang {
  for (let found = !skipSelf && el.matches('[lang]') ? el : closestAcrossShadow(el, '[lang]'); found; found = closestAcrossShadow(found, '[lang]')) {
    const lang = toLang(found.getAttribute('lang'));
    if (lang) return lang;
  }
  return toLang(document.documentElement.lang) ?? 'fr';
}

/** The nearest declared `lang` above `el` (supported or not), or undefined. */
function inheritedLang(el: Element): string | undefined {
  return closestAcrossShadow(el, '[lang]')?.getAttribute('lang') ?? (document.documentElement.getAttribute('lang') || undefined);
}

/**
 * Resolves the host's UI language (its `lang`, else the nearest ancestor's, else `<html lang>`, else French)
 * and formats numbers and dates with Intl in that language. One per element: no global state.
 * Under a page language the widgets do not speak (`lang="de"`), the UI falls back to French and the host says so
 * with its own `lang="fr"` (RGAA 8.7), removed again when the page's language becomes a supported one.
 */
export class LocalizeController implements ReactiveController {
  lang: Lang = 'fr';
  private _observer?: MutationObserver;
  /** The `lang` this controller put on its host, if any. */
  private _tagged?: string;

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
    const own = this.host.getAttribute('lang');
    const mine = own !== null && own === this._tagged;
    const lang = resolveLang(this.host, mine);
    if (own === null || mine) this._tag(lang);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  /** Declares the UI's language on the host where the inherited one is another, unsupported language. */
  private _tag(lang: Lang): void {
    const inherited = inheritedLang(this.host);
    const wanted = inherited && !toLang(inherited) ? lang : undefined;
    if (wanted === this._tagged) return;
    this._tagged = wanted;
    if (wanted) this.host.setAttribute('lang', wanted);
    else this.host.removeAttribute('lang');
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
