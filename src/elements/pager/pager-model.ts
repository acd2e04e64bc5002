import type { DatasetSource } from '../../core/dataset-link.js';

/** The Explore API refuses `offset + limit` above this: pages past it cannot be read. */
export const MAX_OFFSET_WINDOW = 10000;
/** The API returns at most 100 records per call. */
export const MAX_PAGE_SIZE = 100;

/** A usable page size (1–100; default 10 when the attribute is missing or not a number). */
export function clampPageSize(n: number | undefined): number {
  return Number.isFinite(n) && (n as number) >= 1 ? Math.min(MAX_PAGE_SIZE, Math.floor(n as number)) : 10;
}

/** Number of pages a visitor can open for `total` records, and whether the API's window hides some. */
export function pageCount(total: number, pageSize: number): { pages: number; capped: boolean } {
  const size = clampPageSize(pageSize);
  const all = Math.max(1, Math.ceil(Math.max(0, total) / size));
  const reachable = Math.max(1, Math.floor(MAX_OFFSET_WINDOW / size));
  return { pages: Math.min(all, reachable), capped: all > reachable };
}

/**
 * Zero-based page indexes to offer as buttons: first, last, and the current page with its neighbours;
 * `null` marks a gap (rendered as an ellipsis). Short lists show every page.
 */
export function pageItems(current: number, pages: number): Array<number | null> {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i);
  const keep = new Set([0, pages - 1, current - 1, current, current + 1].filter((i) => i >= 0 && i < pages));
  if (current <= 2) [1, 2, 3].forEach((i) => keep.add(i));
  if (current >= pages - 3) [pages - 4, pages - 3, pages - 2].forEach((i) => keep.add(i));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((i, k) => {
    if (k && i - sorted[k - 1] > 1) out.push(i - sorted[k - 1] === 2 ? i - 1 : null);
    out.push(i);
  });
  return out;
}

/**
 * The number of records of the context's current view. Every widget that needs only the count (pager,
 * search, `count(*)` KPI) sends this same query, so the client's dedupe/cache makes it one request.
 */
export async function fetchCount(ctx: DatasetSource, signal: AbortSignal): Promise<number> {
  const q = (await ctx.recordsQuery({ signal })).limit(0);
  const page = await ctx.client!.records(q, { signal });
  return Number(page.total_count ?? 0);
}
