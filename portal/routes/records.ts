/** `/catalog/datasets/{id}/records`, `/records/{record_id}`, `/facets`, `/attachments`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotFoundError } from '../odsql/errors.js';
import { rateHeaders, send, sendJson } from '../http.js';
import { DATA_DIR } from '../store/load.js';
import { computeFacets } from '../query/facets.js';
import { runQuery } from '../query/run.js';
import type { Dataset, Row } from '../store/types.js';
import type { Ctx } from './context.js';
import { isGrouped, pageWindow, queryParams } from './params.js';
import { withTimezone } from './timezone.js';

const ids = new WeakMap<Dataset, { byId: Map<string, Row>; ofRow: Map<Row, string> }>();

/** Stable record ids (40 hex digits, like ODS's) derived from the dataset id and the row position. */
export function recordIds(ds: Dataset): { byId: Map<string, Row>; ofRow: Map<Row, string> } {
  let m = ids.get(ds);
  if (!m) {
    m = { byId: new Map(), ofRow: new Map() };
    ds.rows.forEach((r, i) => {
      let h1 = 0x811c9dc5, h2 = 0x01000193;
      for (const c of `${ds.id}#${i}`) { h1 = Math.imul(h1 ^ c.charCodeAt(0), 16777619) >>> 0; h2 = Math.imul(h2 + c.charCodeAt(0), 2246822519) >>> 0; }
      const id = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(3).slice(0, 40);
      m!.byId.set(id, r);
      m!.ofRow.set(r, id);
    });
    ids.set(ds, m);
  }
  return m;
}

export function records(ctx: Ctx, ds: Dataset): void {
  const u = ctx.url.searchParams;
  const window = pageWindow(u, isGrouped(u));
  const p = queryParams(u);
  const r = runQuery(ds.rows, ds.fieldMap, p, window);
  const rows = withTimezone(r.rows, ds, u.get('timezone'));
  sendJson(ctx.res, r.grouped ? { results: rows } : { total_count: r.totalCount, results: rows }, ctx.quota);
}

export function record(ctx: Ctx, ds: Dataset, recordId: string): void {
  const row = recordIds(ds).byId.get(recordId);
  if (!row) throw new NotFoundError(`The requested record ${recordId} does not exist.`);
  const u = ctx.url.searchParams;
  const sel = u.get('select');
  const out = sel ? runQuery([row], ds.fieldMap, { ...queryParams(u), where: [], refine: [], exclude: [] }, [0, 1]).rows[0] : { ...row };
  sendJson(ctx.res, withTimezone([out], ds, u.get('timezone'))[0], ctx.quota);
}

export function facets(ctx: Ctx, ds: Dataset): void {
  const u = ctx.url.searchParams;
  const list = computeFacets(ds.rows, ds.fieldMap, queryParams(u), u.getAll('facet'));
  sendJson(ctx.res, {
    links: [{ rel: 'self', href: `${ctx.apiRoot}/catalog/datasets/${ds.id}/facets` }, { rel: 'dataset', href: `${ctx.apiRoot}/catalog/datasets/${ds.id}` }],
    facets: list,
  }, ctx.quota);
}

export function attachments(ctx: Ctx, ds: Dataset): void {
  const source = { href: `${ctx.apiRoot}/catalog/datasets/${ds.id}/attachments/source_md`, metas: { 'mime-type': 'text/markdown', title: 'SOURCE.md' } };
  sendJson(ctx.res, { links: [], attachments: ds.id === 'synthetic-points' ? [] : [source] }, ctx.quota);
}

/** `GET …/attachments/source_md`: the dataset's SOURCE.md (origin, licence, fields). */
export function attachment(ctx: Ctx, ds: Dataset, id: string): void {
  const path = join(DATA_DIR, ds.folder, 'SOURCE.md');
  if (id !== 'source_md' || !existsSync(path)) throw new NotFoundError(`The requested attachment ${id} does not exist.`);
  send(ctx.res, 200, readFileSync(path), { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': 'attachment; filename="SOURCE.md"', ...rateHeaders(ctx.quota) });
}
