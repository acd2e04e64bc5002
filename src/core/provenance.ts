import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetMetadata } from '../api/index.js';
import type { LocalizeController } from './localize.js';
import { common } from '../i18n/common.js';
import { safeUrl } from './safe-url.js';

/**
 * The end of an accessible name that tells one dataset's (or chart's) control from another's on the same page
 * (RGAA 6.1, 11.9): " : <title>", visually hidden, so "Voir le jeu de données sur le portail" stays short on screen.
 */
export function nameSuffix(title: string | undefined): TemplateResult | typeof nothing {
  return title ? html`<span class="od-visually-hidden"> : <bdi>${title}</bdi></span>` : nothing;
}

/**
 * The provenance line under a data widget: publisher, licence, "mis à jour le …", link to the dataset page.
 * Data keeps its attribution wherever it is shown. All values are text; links pass `safeUrl`.
 */
export function renderProvenance(
  meta: DatasetMetadata | undefined,
  datasetUrl: string | undefined,
  i18n: LocalizeController,
): TemplateResult | typeof nothing {
  if (!meta) return nothing;
  const t = i18n.msg(common);
  const m = meta.metas?.default ?? ({} as DatasetMetadata['metas']['default']);
  // A relative licence URL is the portal's, never the host page's: resolved against the dataset's page.
  const licenceUrl = safeUrl(m.license_url ?? undefined, datasetUrl ?? 'about:blank');
  const pageUrl = safeUrl(datasetUrl);
  const parts: Array<TemplateResult | string> = [];
  if (m.publisher) parts.push(html`${t.source} : <bdi>${m.publisher}</bdi>`);
  if (m.license)
    parts.push(licenceUrl ? html`${t.licence} : <a href=${licenceUrl} rel="license noopener noreferrer"><bdi>${m.license}</bdi></a>` : html`${t.licence} : <bdi>${m.license}</bdi>`);
  if (m.modified) parts.push(t.updated(i18n.date(m.modified)));
  if (pageUrl) parts.push(html`<a href=${pageUrl} rel="noopener noreferrer">${t.seeOnPortal}${nameSuffix(m.title)}</a>`);
  if (!parts.length) return nothing;
  return html`<p part="provenance" class="od-provenance">
    ${parts.map((p, i) => html`${i ? ' · ' : ''}${p}`)}
  </p>`;
}
