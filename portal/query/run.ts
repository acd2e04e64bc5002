/** Runs a records query (where/refine/exclude/select/group_by/order_by/limit/offset) on a dataset's rows. */
import { hasAggregate, type Item, type OrderItem } from '../odsql/ast.js';
import { OdsqlError } from '../odsql/errors.js';
import { compile, type Env, type Fn } from '../odsql/evaluate.js';
import { parseGroupBy, parseOrderBy, parseSelect, parseWhere } from '../odsql/parser.js';
import { wildcardMatch } from '../odsql/text.js';
import { compileGroup, type GroupFn } from './aggregate.js';
import { groupKey } from './groupkey.js';
import { parseRefinement, refinementFilter } from './refine.js';
import { setKey, type FieldDef, type Row } from '../store/types.js';

export interface QueryParams {
  where: string[]; refine: string[]; exclude: string[];
  select?: string; groupBy?: string; orderBy?: string;
  lang?: string;
  /** `timezone`: the zone in which date parts of datetimes are read. */
  tz?: string;
}
export interface QueryResult { rows: Row[]; totalCount?: number; grouped: boolean; columns: string[] }

function inClause<T>(clause: string, f: () => T): T {
  try { return f(); } catch (e) { if (e instanceof OdsqlError && e.clause === undefined) e.clause = clause; throw e; }
}

/** The row filter for where + refine + exclude (shared with facets). */
export function buildFilter(p: Pick<QueryParams, 'where' | 'refine' | 'exclude' | 'lang' | 'tz'>, fields: Map<string, FieldDef>): ((r: Row) => boolean) | null {
  const env: Env = { fields, lang: p.lang, tz: p.tz };
  const preds: Fn[] = p.where.filter((w) => w.trim()).map((w) => { const n = parseWhere(w); return inClause('where', () => compile(n, env)); });
  const ref = refinementFilter(p.refine.map((s) => parseRefinement(s, fields, 'refine')), p.exclude.map((s) => parseRefinement(s, fields, 'exclude')));
  if (ref) preds.unshift(ref); // cheapest test first
  if (!preds.length) return null;
  if (preds.length === 1) return (r) => !!preds[0](r);
  return (r) => preds.every((f) => f(r));
}

// French order for text (É next to E, case-insensitive first), as a French portal's visitors expect.
const collator = new Intl.Collator('fr', { sensitivity: 'variant' });

/** Ascending comparison, nulls first; range keys `[lo, hi]` by their numeric lower bound. */
export function compareValues(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string' && a[0] === '[' && b[0] === '[') {
    const lo = (s: string) => (s[1] === '*' ? -Infinity : parseFloat(s.slice(1)));
    const d = lo(a) - lo(b);
    if (d) return d;
  }
  if (typeof a === 'object' || typeof b === 'object') return 0;
  return collator.compare(String(a), String(b));
}

type Keyed<T> = { item: T; keys: unknown[]; i: number };
/** Sort with nulls last in both directions; only the first `need` items are fully ordered. */
export function sortBy<T>(items: T[], fns: ((x: T) => unknown)[], desc: boolean[], need = Infinity): T[] {
  const keyed: Keyed<T>[] = items.map((item, i) => ({ item, keys: fns.map((f) => f(item)), i }));
  const cmp = (a: Keyed<T>, b: Keyed<T>) => {
    for (let k = 0; k < fns.length; k++) {
      const x = a.keys[k], y = b.keys[k];
      if (x == null || y == null) { if (x == null && y == null) continue; return x == null ? 1 : -1; }
      const c = compareValues(x, y);
      if (c) return desc[k] ? -c : c;
    }
    return a.i - b.i;
  };
  if (need < 500 && keyed.length > 4 * need) {
    // Top-k by binary insertion: a page of a large dataset without sorting all of it.
    const top: Keyed<T>[] = [];
    for (const k of keyed) {
      if (top.length >= need && cmp(k, top[top.length - 1]) >= 0) continue;
      let lo = 0, hi = top.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (cmp(top[mid], k) <= 0) lo = mid + 1; else hi = mid; }
      top.splice(lo, 0, k);
      if (top.length > need) top.pop();
    }
    return top.map((k) => k.item);
  }
  return keyed.sort(cmp).map((k) => k.item);
}

function selectItems(p: QueryParams): Item[] | null {
  return p.select && p.select.trim() && p.select.trim() !== '*' ? parseSelect(p.select) : null;
}

/** Runs the query; `window` = [offset, limit] (limit -1 = all). */
export function runQuery(all: Row[], fields: Map<string, FieldDef>, p: QueryParams, window: [number, number]): QueryResult {
  const env: Env = { fields, lang: p.lang, tz: p.tz };
  const filter = buildFilter(p, fields);
  const rows = filter ? all.filter(filter) : all;
  const select = selectItems(p);
  const groupItems = p.groupBy && p.groupBy.trim() ? parseGroupBy(p.groupBy) : null;
  const orders: OrderItem[] = p.orderBy && p.orderBy.trim() ? parseOrderBy(p.orderBy) : [];
  const aggregated = !!groupItems || !!select?.some((s) => hasAggregate(s.expr));
  if (aggregated) return runGrouped(rows, env, select, groupItems ?? [], orders, window, !groupItems);

  // Plain records: projection keyed by field name, alias or the expression's text.
  const cols: { name: string; fn: Fn }[] = [];
  inClause('select', () => {
    const items = select ?? [{ expr: { k: 'star', src: '*' }, key: '*' } as Item];
    const glob = (it: Item) => { const p = String((it.expr as { args: { v: string }[] }).args[0].v); return { test: (n: string) => wildcardMatch(p, n) }; };
    const isPat = (it: Item, n: string) => it.expr.k === 'call' && it.expr.name === n;
    const excludes = items.filter((it) => isPat(it, 'exclude')).map(glob);
    const all = (test: (n: string) => boolean) => { for (const f of fields.values()) if (test(f.name) && !cols.some((c) => c.name === f.name)) cols.push({ name: f.name, fn: (r) => r[f.name] ?? null }); };
    for (const it of items) {
      if (it.expr.k === 'star') { all(() => true); continue; }
      if (isPat(it, 'include')) { const re = glob(it); all((n) => re.test(n)); continue; }
      if (isPat(it, 'exclude')) continue;
      const name = it.alias ?? (it.expr.k === 'field' ? (fields.get(it.expr.name)?.name ?? it.expr.name) : it.key);
      cols.push({ name, fn: compile(it.expr, env) });
    }
    if (excludes.length && !items.some((it) => !isPat(it, 'exclude'))) all(() => true);
    for (let i = cols.length - 1; i >= 0; i--) if (excludes.some((re) => re.test(cols[i].name))) cols.splice(i, 1);
  });
  const aliases = new Map(cols.map((c) => [c.name, c.fn]));
  const orderFns = inClause('order_by', () => orders.map((o) => compile(o.expr, { ...env, aliases })));
  const [offset, limit] = window;
  const need = limit < 0 ? Infinity : offset + limit;
  const sorted = orderFns.length ? sortBy(rows, orderFns, orders.map((o) => o.desc), need) : rows;
  const page = sorted.slice(offset, limit < 0 ? undefined : offset + limit);
  const out = page.map((r) => { const o: Row = {}; for (const c of cols) setKey(o, c.name, c.fn(r)); return o; });
  return { rows: out, totalCount: rows.length, grouped: false, columns: cols.map((c) => c.name) };
}

function runGrouped(rows: Row[], env: Env, select: Item[] | null, groupItems: Item[], orders: OrderItem[],
  window: [number, number], single: boolean): QueryResult {
  const keys = inClause('group_by', () => groupItems.map((g) => groupKey(g, env)));
  const groupTexts = new Set(groupItems.flatMap((g) => [g.key, g.alias ?? '', g.expr.k === 'field' ? g.expr.name : '']).filter(Boolean));
  const outKeys = new Map<string, string>();
  keys.forEach((k, i) => { outKeys.set(groupItems[i].key, k.name); if (groupItems[i].alias) outKeys.set(groupItems[i].alias!, k.name); });
  const aggItems = (select ?? []).filter((s) => s.expr.k !== 'star' && !(groupTexts.has(s.key) && !hasAggregate(s.expr)));
  const aggs: { name: string; fn: GroupFn }[] = inClause('select', () => aggItems.map((s) => ({ name: s.alias ?? s.key, fn: compileGroup(s.expr, env) })));
  aggItems.forEach((s, i) => { outKeys.set(aggs[i].name, aggs[i].name); outKeys.set(s.key, aggs[i].name); });

  const groups = new Map<unknown, { rows: Row[]; keyVals: unknown[] }>();
  if (single) groups.set('', { rows, keyVals: [] });
  else if (keys.length === 1) {
    // One key (the common case): the value itself is the Map key, no per-row allocation.
    const k0 = keys[0].key;
    for (const r of rows) {
      const v = k0(r);
      if (v === undefined) continue;
      // A multivalued field (catalog theme/keyword) puts the row in each of its values' groups.
      for (const x of Array.isArray(v) ? v : [v]) {
        let g = groups.get(x);
        if (!g) { g = { rows: [], keyVals: [x] }; groups.set(x, g); }
        g.rows.push(r);
      }
    }
  } else {
    for (const r of rows) {
      const kv = keys.map((k) => k.key(r));
      if (kv.includes(undefined)) continue; // outside a closed static range
      const id = kv.length === 1 ? String(kv[0]) + '\u0000' + typeof kv[0] : JSON.stringify(kv);
      let g = groups.get(id);
      if (!g) { g = { rows: [], keyVals: kv }; groups.set(id, g); }
      g.rows.push(r);
    }
  }
  let list = [...groups.values()].map((g) => {
    const out: Row = {};
    keys.forEach((k, i) => { setKey(out, k.name, k.value ? k.value(g.rows) : g.keyVals[i]); });
    for (const a of aggs) setKey(out, a.name, a.fn(g.rows, out));
    return { out, rows: g.rows, keyVals: g.keyVals };
  });
  if (orders.length) {
    // Spec: aggregation orders must come before plain ones (`avg(age), gender` is fine, `gender, avg(age)` is not).
    const aggAliases = new Set(aggItems.filter((a) => hasAggregate(a.expr)).flatMap((a) => [a.alias ?? a.key, a.key]));
    const isAgg = orders.map((o) => hasAggregate(o.expr) || (o.expr.k === 'field' && aggAliases.has(o.expr.name)));
    if (isAgg.some((a, i) => a && isAgg.slice(0, i).some((x) => !x))) {
      throw new OdsqlError('Aggregations must come before fields in order_by.', 'order_by');
    }
    const fns = inClause('order_by', () => orders.map((o) => { const f = compileGroup(o.expr, env, outKeys); return (g: typeof list[0]) => f(g.rows, g.out); }));
    list = sortBy(list, fns, orders.map((o) => o.desc));
  } else if (!keys.some((k) => k.unsorted)) {
    list.sort((a, b) => { for (let i = 0; i < keys.length; i++) { const c = compareValues(a.keyVals[i], b.keyVals[i]); if (c) return c; } return 0; });
  }
  const [offset, limit] = window;
  if (single) {
    // Without group_by a real portal repeats the aggregate once per matching record, paged like records
    // (recorded with limit=1; `[]` when nothing matches).
    const n = Math.max(0, Math.min(rows.length, limit < 0 ? rows.length : offset + limit) - offset);
    return { rows: Array.from({ length: n }, () => ({ ...list[0].out })), totalCount: rows.length, grouped: false, columns: aggs.map((a) => a.name) };
  }
  const page = list.slice(offset, limit < 0 ? undefined : offset + limit).map((g) => g.out);
  return { rows: page, totalCount: single ? rows.length : undefined, grouped: !single, columns: [...keys.map((k) => k.name), ...aggs.map((a) => a.name)] };
}
