/**
 * Portal pages outside the API. Current Huwise/Opendatasoft portals answer `/explore/dataset/<id>/` (and its old
 * tabs `table/`, `map/`, `export/`, `api/`…) with a 302 to the asset page `/explore/assets/<id>/`; this portal
 * serves a minimal French asset page there: title, description, licence, the API and the exports.
 */
import type { ServerResponse } from 'node:http';
import { send } from '../http.js';
import type { Store } from '../store/index.js';
import { datasetFormats } from './exports.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (html: unknown) => (typeof html === 'string' ? html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() : '');

function notFound(res: ServerResponse, id: string): void {
  send(res, 404, page('Jeu de données introuvable', `<h1>Jeu de données introuvable</h1><p>Aucun jeu de données « ${esc(id)} » sur ce portail.</p>`),
    { 'Content-Type': 'text/html; charset=utf-8' });
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${esc(title)} — portail local</title></head><body><main>${body}</main></body></html>`;
}

/** Handles `/explore/…`; returns false for any other path. `root` is `http://host[/__fault/…]`. */
export function explorePage(store: Store, path: string, root: string, res: ServerResponse): boolean {
  const m = /^\/explore\/(dataset|assets)\/([^/]+)(\/.*)?$/.exec(path);
  if (!m) return false;
  let id: string;
  try { id = decodeURIComponent(m[2]); } catch { id = m[2]; }
  if (m[1] === 'dataset') {
    send(res, 302, '', { Location: `${root}/explore/assets/${encodeURIComponent(id)}/` });
    return true;
  }
  const ds = store.byId.get(id);
  if (!ds || (m[3] && m[3] !== '/')) { notFound(res, id); return true; }
  const d = (ds.meta.metas as { default: Record<string, unknown> }).default;
  const title = String(d.title ?? id);
  const api = `${root}/api/explore/v2.1/catalog/datasets/${encodeURIComponent(id)}`;
  const licence = d.license_url
    ? `<a href="${esc(String(d.license_url))}">${esc(String(d.license ?? d.license_url))}</a>`
    : esc(String(d.license ?? 'non précisée'));
  const exports = datasetFormats(ds).map((f) => `<li><a href="${esc(`${api}/exports/${f}`)}">${f.toUpperCase()}</a></li>`).join('');
  send(res, 200, page(title, `<h1>${esc(title)}</h1><p>${esc(text(d.description))}</p>`
    + `<dl><dt>Licence</dt><dd>${licence}</dd><dt>Producteur</dt><dd>${esc(String(d.publisher ?? ''))}</dd>`
    + `<dt>Enregistrements</dt><dd>${ds.rows.length}</dd></dl>`
    + `<h2>API</h2><p><a href="${esc(`${api}/records`)}">${esc(`${api}/records`)}</a></p>`
    + `<h2>Téléchargements</h2><ul>${exports}</ul>`), { 'Content-Type': 'text/html; charset=utf-8' });
  return true;
}
