import { closestAcrossShadow } from './dom.js';

/**
 * The portal a widget reads: its own `portal` attribute, else the nearest ancestor's `portal` or
 * `data-od-portal` attribute, else `<meta name="od-portal" content="…">`. Spares webmasters repeating the URL.
 */
export function resolvePortal(el: Element, own?: string | null): string | undefined {
  if (own) return own;
  const found = closestAcrossShadow(el, '[portal],[data-od-portal]');
  if (found) return found.getAttribute('portal') || found.getAttribute('data-od-portal') || undefined;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="od-portal"]');
  return meta?.content || undefined;
}

/** The dataset's page on an Opendatasoft portal (for provenance links). */
export function datasetPageUrl(portal: string, datasetId: string): string {
  const base = new URL(portal, document.baseURI);
  const origin = base.pathname.includes('/api/explore/') ? base.origin : base.href.replace(/\/$/, '');
  // Current portals answer /explore/dataset/<id>/ with a 302 to the asset page: link there directly.
  return `${origin}/explore/assets/${encodeURIComponent(datasetId)}/`;
}
