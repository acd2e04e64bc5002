/** UI languages the widgets speak. French is the default. */
export type Lang = 'fr' | 'en' | 'br';
export const LANGS: readonly Lang[] = ['fr', 'en', 'br'];

/**
 * BCP 47 locale used with Intl for each UI language. Browsers without Breton data (Chromium builds without full
 * ICU) would silently format `br-FR` the English way ("102,542", "January"): Breton falls back to French rules.
 */
export const INTL_LOCALE: Record<Lang, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
  br: Intl.NumberFormat.supportedLocalesOf(['br-FR']).length && Intl.DateTimeFormat.supportedLocalesOf(['br-FR']).length ? 'br-FR' : 'fr-FR',
};

/** A message is a string or a function of its arguments (plurals, numbers). */
export type Message = string | ((...args: any[]) => string);
export type Messages = Record<string, Message>;

/**
 * Per-language messages of one element (or of the shared core). Each element keeps its own catalogue beside it,
 * so no page-wide registry exists that a host application could clash with. `en` and `br` must have every key of `fr`.
 */
export interface Catalog<M extends Messages> {
  fr: M;
  en: { [K in keyof M]: M[K] };
  br: { [K in keyof M]: M[K] };
}

export function defineMessages<M extends Messages>(catalog: Catalog<M>): Catalog<M> {
  return catalog;
}

/** Maps a `lang` attribute value (`fr-FR`, `br`, `EN`) to a supported UI language, or undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}
