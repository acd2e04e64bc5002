import { datasetFacetNames, equalsWhere, isDateType, not, or, type DatasetMetadata, type Query } from '../../api/index.js';
import { pageTimezone } from '../../core/timezone.js';

type Pairs = Iterable<readonly [string, readonly string[]]>;

/**
 * Adds facet choices to a query. `refine`/`exclude` (quoted values) go only to declared facets; other fields are
 * filtered with ODSQL equality, since real portals' `refine` on them is unverified. Several values of one field
 * are OR-ed. Date choices are cut in the page's time zone. Without metadata (it failed), `refine` is kept.
 */
export function applyFacetFilters<K extends 'records' | 'dataset-facets'>(start: Query<K>, meta: DatasetMetadata | undefined, refine: Pairs, exclude: Pairs): Query<K> {
  let q: any = start;
  const facets = meta ? new Set(datasetFacetNames(meta)) : undefined;
  const isFacet = (f: string) => !facets || facets.has(f);
  let dates = false;
  const noteDate = (f: string) => { if (meta?.fields.some((x) => x.name === f && isDateType(x.type))) dates = true; };
  for (const [f, values] of refine) {
    if (!values.length) continue;
    noteDate(f);
    if (isFacet(f) && values.length === 1) q = q.refine(f, values[0]);
    else q = q.where(or(...values.map((v) => equalsWhere(meta ?? { fields: [] }, f, v))));
  }
  for (const [f, values] of exclude) {
    for (const v of values) {
      noteDate(f);
      q = isFacet(f) ? q.exclude(f, v) : q.where(not(equalsWhere(meta ?? { fields: [] }, f, v)));
    }
  }
  return (dates ? q.timezone(pageTimezone()) : q) as Query<K>;
}
