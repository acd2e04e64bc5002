import { catalog, catalogFacets, search, type CatalogQuery, type CatalogFacetsQuery } from '../../api/index.js';
import { parsePairs } from '../dataset/url-state.js';

/** Sort orders the visitor can pick, as ODSQL `order_by` of the catalog (metadata of the `default` template). */
export const CATALOG_SORTS = {
  modified: 'modified desc',
  title: 'title asc',
  records: 'records_count desc',
} as const;
export type CatalogSort = keyof typeof CATALOG_SORTS;

export function toCatalogSort(value: string | null | undefined): CatalogSort {
  return value && Object.hasOwn(CATALOG_SORTS, value) ? (value as CatalogSort) : 'modified';
}

/** The visitor's view of the catalogue: one chosen value per facet (AND across facets). */
export interface CatalogView {
  q: string;
  refine: Readonly<Record<string, string>>;
  sort: CatalogSort;
  page: number;
}

export const EMPTY_CATALOG_VIEW: CatalogView = Object.freeze({ q: '', refine: {}, sort: 'modified' as const, page: 0 });

/** Scope fixed by the page (attributes), never removed by the visitor. */
export interface CatalogScope {
  where?: string;
  /** `field:value;field:value`, as on `<od-dataset>`. */
  refine?: string;
}

function filtered<Q extends CatalogQuery | CatalogFacetsQuery>(start: Q, scope: CatalogScope, view: CatalogView): Q {
  let q: any = start.where(scope.where);
  for (const [f, v] of parsePairs(scope.refine)) q = q.refine(f, v);
  q = q.where(search(view.q));
  for (const [f, v] of Object.entries(view.refine)) if (v) q = q.refine(f, v);
  return q as Q;
}

/** The page of datasets to show. */
export function catalogListQuery(scope: CatalogScope, view: CatalogView, pageSize: number): CatalogQuery {
  const size = Math.min(100, Math.max(1, Math.floor(pageSize) || 10));
  return filtered(catalog(), scope, view)
    .orderBy(CATALOG_SORTS[view.sort])
    .limit(size)
    .offset(view.page * size);
}

/** Facet counts under the same scope and choices (undefined when no facet is shown). */
export function catalogFacetsQuery(scope: CatalogScope, view: CatalogView, facets: readonly string[]): CatalogFacetsQuery | undefined {
  if (!facets.length) return undefined;
  let q = filtered(catalogFacets(), scope, view);
  for (const f of facets) q = q.facet(f);
  return q;
}

/** Facet names from a comma/space separated attribute, de-duplicated, in order. */
export function parseFieldList(attr: string | null | undefined): string[] {
  return [...new Set((attr ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean))];
}

/** Number of pages for a total (at least 1), capped where the API stops paging (offset + limit ≤ 10 000). */
export function pageCount(total: number, pageSize: number): number {
  const size = Math.max(1, Math.floor(pageSize) || 10);
  return Math.max(1, Math.ceil(Math.min(total, 10000) / size));
}
