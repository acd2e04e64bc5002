// Themes that work under `style-src 'self'` with the bundle on a CDN: the theme's CSS comes as a module chunk
// (allowed by `script-src`) and is adopted as a constructed style sheet, which no style-src rule blocks.
const THEMES: Record<string, () => Promise<{ default: string }>> = {
  qbo: () => import('../../themes/qbo.css?inline'),
  quimper: () => import('../../themes/quimper.css?inline'),
  locronan: () => import('../../themes/locronan.css?inline'),
  commune: () => import('../../themes/commune.css?inline'),
  contrast: () => import('../../themes/contrast.css?inline'),
  dark: () => import('../../themes/dark.css?inline'),
};
const adopted = new Map<string, Promise<void>>();

/** Theme names `applyTheme` knows. */
export const THEME_NAMES = Object.keys(THEMES);

/**
 * Gives `el` the class `od-theme-<name>` and adopts that theme's rules into its document once. An unknown name
 * warns in the page's console (French) and changes nothing.
 */
export function applyTheme(el: Element, name: string): Promise<void> {
  const load = THEMES[name];
  if (!load) {
    console.warn(`[opendata-widgets] <${el.localName}> thème inconnu : « ${name} » (thèmes : ${THEME_NAMES.join(', ')}).`);
    return Promise.resolve();
  }
  el.classList.add(`od-theme-${name}`);
  let done = adopted.get(name);
  if (!done) {
    done = load().then(({ default: css }) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      el.ownerDocument.adoptedStyleSheets = [...el.ownerDocument.adoptedStyleSheets, sheet];
    }).catch((error) => {
      adopted.delete(name);
      console.warn(`[opendata-widgets] <${el.localName}> le thème « ${name} » n’a pas pu être chargé :`, error);
    });
    adopted.set(name, done);
  }
  return done;
}
