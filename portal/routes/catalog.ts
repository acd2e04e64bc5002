/** `/catalog/datasets` (ODSQL over metadata), `/catalog/datasets/{id}`, `/catalog/facets`. */
import { sendJson } from '../http.js';
import { field } from '../store/infer.js';
import { computeFacets } from '../query/facets.js';
import { runQuery } from '../query/run.js';
import type { Dataset, FieldDef, FieldType, Row } from '../store/types.js';
import type { Ctx } from './context.js';
import { isGrouped, pageWindow, queryParams } from './params.js';

const CATALOG_FIELDS: [string, FieldType, boolean][] = [
  ['dataset_id', 'text', false], ['dataset_uid', 'text', false], ['title', 'text', false], ['description', 'text', false],
  ['theme', 'text', true], ['keyword', 'text', true], ['publisher', 'text', true], ['license', 'text', true],
  ['modified', 'datetime', false], ['records_count', 'int', false], ['features', 'text', true], ['language', 'text', false],
  ['has_records', 'boolean', false], ['data_visible', 'boolean', false], ['attributions', 'text', false],
];
const fieldList: FieldDef[] = CATALOG_FIELDS.map(([n, t, facet]) => ({ ...field(n, t, null, facet), annotations: facet ? { facet: true, disjunctive: true } : {} }));
// Whole-object keys selectable on the catalog (`select=dataset_id, fields`); not searchable text.
for (const n of ['fields', 'metas', 'attachments', 'alternative_exports', 'visibility']) fieldList.push({ name: n, label: n, type: 'json' as FieldType, description: null, annotations: {} });

/** Field names usable in catalog ODSQL, with the optional `default.` template prefix. */
export const CATALOG_FIELD_MAP = new Map<string, FieldDef>();
for (const f of fieldList) { CATALOG_FIELD_MAP.set(f.name, f); CATALOG_FIELD_MAP.set(`default.${f.name}`, f); }

const rowCache = new WeakMap<Dataset, Row>();
export function catalogRow(ds: Dataset): Row {
  let r = rowCache.get(ds);
  if (!r) {
    const m = ds.meta as Record<string, unknown>;
    r = { ...ds.catalogRow, fields: m.fields, metas: m.metas, attachments: m.attachments, alternative_exports: m.alternative_exports, visibility: m.visibility };
    rowCache.set(ds, r);
  }
  return r;
}

/** Runs a catalog query and returns full dataset objects, or the selected keys at the root. */
export function catalogQuery(ctx: Ctx, window: [number, number]): { total?: number; results: unknown[] } {
  const u = ctx.url.searchParams;
  const rows = ctx.store.datasets.map(catalogRow);
  const p = queryParams(u);
  const selected = !!p.select?.trim() && p.select.trim() !== '*';
  const r = runQuery(rows, CATALOG_FIELD_MAP, { ...p, select: selected || isGrouped(u) ? p.select : 'dataset_id' }, window);
  if (selected || r.grouped) return { total: r.totalCount, results: r.rows };
  const byId = new Map(ctx.store.datasets.map((d) => [d.id, d]));
  return { total: r.totalCount, results: r.rows.map((x) => byId.get(String(x.dataset_id))!.meta) };
}

export function catalogDatasets(ctx: Ctx): void {
  const u = ctx.url.searchParams;
  const { total, results } = catalogQuery(ctx, pageWindow(u, isGrouped(u)));
  sendJson(ctx.res, total === undefined ? { results } : { total_count: total, results }, ctx.quota);
}

export function catalogDataset(ctx: Ctx, ds: Dataset): void {
  const sel = ctx.url.searchParams.get('select');
  if (sel && sel.trim() !== '*') {
    const r = runQuery([catalogRow(ds)], CATALOG_FIELD_MAP, { where: [], refine: [], exclude: [], select: sel }, [0, 1]);
    sendJson(ctx.res, r.rows[0], ctx.quota);
    return;
  }
  sendJson(ctx.res, ds.meta, ctx.quota);
}

export function catalogFacets(ctx: Ctx): void {
  const u = ctx.url.searchParams;
  const rows = ctx.store.datasets.map(catalogRow);
  const facets = u.getAll('facet').length ? u.getAll('facet') : ['features', 'theme', 'keyword', 'publisher', 'license'];
  const list = computeFacets(rows, CATALOG_FIELD_MAP, queryParams(u), facets);
  sendJson(ctx.res, { links: [{ rel: 'self', href: `${ctx.apiRoot}/catalog/facets` }, { rel: 'source', href: `${ctx.apiRoot}/catalog` }], facets: list }, ctx.quota);
}
