// Builds the HTML a webmaster pastes (tag code or iframe code) from a widget model. Pure string work: every
// attribute value is escaped, tags come from the caller's whitelist. The preview renders the same model.

export interface WidgetModel {
  tag: string;
  /** Widget attributes, in order; `''` for a boolean attribute that is on. */
  attrs: [string, string][];
}
export interface EmbedModel {
  portal: string;
  /** Dataset attributes of `<od-dataset>` (dataset, where, refine, commune…). Empty for catalogue widgets. */
  dataset: [string, string][];
  widgets: WidgetModel[];
  lang: 'fr' | 'en' | 'br';
  theme?: string;
  title?: string;
  /** Level of the title's heading (2–6, default 2), to fit the host page's outline. */
  heading?: number;
  description?: string;
}

/** The heading level of a model, always 2–6. */
export const headingLevel = (m: Pick<EmbedModel, 'heading'>): number => Math.min(6, Math.max(2, Math.round(m.heading ?? 2) || 2));

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const attrText = (attrs: [string, string][]) =>
  attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');

/**
 * Tag code: the bundle script, the theme's CSS, an optional heading and description, then the widgets inside
 * their `<od-dataset>`, with a link to the data (`dataUrl`) shown until the bundle runs, and in `<noscript>`.
 * `bundleUrl` and `themeBase` are absolute URLs of the hosted files.
 */
export function tagCode(m: EmbedModel, bundleUrl: string, themeBase: string, dataUrl?: string): string {
  const lines = [`<script type="module" src="${escapeHtml(bundleUrl)}"></script>`];
  // In a block, the context loads its theme from the bundle (works under `style-src 'self'`); catalogue widgets
  // alone need the theme's style sheet.
  if (m.theme && !m.dataset.length) lines.push(`<link rel="stylesheet" href="${escapeHtml(themeBase + m.theme)}.css">`);
  const cls = m.theme ? (m.dataset.length ? ` theme="${escapeHtml(m.theme)}"` : ` class="od-theme-${escapeHtml(m.theme)}"`) : '';
  const lang = m.lang !== 'fr' ? ` lang="${m.lang}"` : '';
  const open: string[] = [];
  const widgets = m.widgets.map((w) => `<${w.tag}${attrText(w.attrs)}></${w.tag}>`);
  // Shown while the bundle has not run (blocked by a CSP, offline CDN): the element is not upgraded yet, so its
  // light DOM shows; once upgraded, its shadow root has no `fallback` slot and the link disappears.
  const fallback = dataUrl ? `<a slot="fallback" href="${escapeHtml(dataUrl)}">${escapeHtml(m.title || 'Données ouvertes')} : voir les données</a>` : '';
  let inner: string[];
  if (m.dataset.length) {
    inner = [`<od-dataset portal="${escapeHtml(m.portal)}"${attrText(m.dataset)}${cls}${lang}>`, ...(fallback ? [`  ${fallback}`] : []),
      ...widgets.map((w) => `  ${w}`), '</od-dataset>'];
  } else {
    // Catalogue widgets read the portal directly.
    inner = m.widgets.map((w, i) => `<${w.tag} portal="${escapeHtml(m.portal)}"${attrText(w.attrs)}${cls}${lang}>${i === 0 ? fallback : ''}</${w.tag}>`);
  }
  if (dataUrl) {
    inner.push(`<noscript><a href="${escapeHtml(dataUrl)}">${escapeHtml(m.title || 'Données ouvertes')} : voir les données</a></noscript>`);
  }
  if (m.title || m.description) {
    open.push(`<section${m.title ? ` aria-label="${escapeHtml(m.title)}"` : ''}>`);
    if (m.title) open.push(`  <h${headingLevel(m)}>${escapeHtml(m.title)}</h${headingLevel(m)}>`);
    if (m.description) open.push(`  <p>${escapeHtml(m.description)}</p>`);
    return [...lines, ...open, ...inner.map((l) => `  ${l}`), '</section>'].join('\n');
  }
  return [...lines, ...inner].join('\n');
}

/** The iframe page URL for a model (`embedUrl`: absolute URL of embed.html). */
export function embedSrc(m: EmbedModel, embedUrl: string, frameId: string): string {
  const u = new URL(embedUrl);
  u.searchParams.set('widget', m.widgets.map((w) => w.tag).join(','));
  for (const [k, v] of m.dataset) u.searchParams.set(k, v);
  for (const w of m.widgets) for (const [k, v] of w.attrs) u.searchParams.set(`${w.tag}.${k}`, v);
  if (m.lang !== 'fr') u.searchParams.set('lang', m.lang);
  if (m.theme) u.searchParams.set('theme', m.theme);
  if (m.title) u.searchParams.set('title', m.title);
  if (m.title && headingLevel(m) !== 2) u.searchParams.set('heading', String(headingLevel(m)));
  if (m.description) u.searchParams.set('description', m.description);
  u.searchParams.set('id', frameId);
  return u.href;
}

/**
 * Iframe code: a titled frame that resizes with the optional host script (without it, the frame keeps its
 * height), and a link to the data inside the `<iframe>` element, shown where frames are off.
 */
export function iframeCode(m: EmbedModel, embedUrl: string, resizeUrl: string, dataUrl: string, frameId: string): string {
  const title = m.title || 'Données ouvertes';
  const src = embedSrc(m, embedUrl, frameId);
  const link = `<a href="${escapeHtml(dataUrl)}">${escapeHtml(title)} : voir les données</a>`;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" data-od-embed id="${frameId}"` +
      ` width="100%" height="480" loading="lazy">${link}</iframe>`,
    `<script src="${escapeHtml(resizeUrl)}" async></script>`,
  ].join('\n');
}
