/**
 * Facet declarations. Older datasets annotate fields (`annotations.facet`); current portals declare facets in the
 * back office, readable as `metas.asset_content_configuration.facets` (what ods-widgets 2.1.2 reads), with no
 * annotation on the field. Both answer `GET …/facets` without `facet=` and make refinements disjunctive.
 */
import type { FieldDef } from './types.js';

export interface FacetOptions { disjunctive: boolean; sort?: string }
/** One back-office facet declaration (the metadata shape this portal serves; see docs/portal-queries.md). */
export interface DeclaredFacet { name: string; facetsort: string; disjunctive: boolean }

const declared = new WeakMap<FieldDef, FacetOptions>();

const isDate = (f: FieldDef) => f.type === 'date' || f.type === 'datetime';

/** Registers `names` as back-office facets of `fields` and returns the `asset_content_configuration.facets` value. */
export function declareFacets(fields: FieldDef[], names: string[]): DeclaredFacet[] {
  return names.flatMap((n) => {
    const f = fields.find((x) => x.name === n);
    if (!f) return [];
    const opts = { disjunctive: !isDate(f), sort: isDate(f) ? '-alphanum' : '-count' };
    declared.set(f, opts);
    return [{ name: n, facetsort: opts.sort, disjunctive: opts.disjunctive }];
  });
}

/** The field's facet options (annotation or declaration), undefined when it is not a facet. */
export function facetOptions(f: FieldDef): FacetOptions | undefined {
  const d = declared.get(f);
  if (d) return d;
  if (!f.annotations.facet) return undefined;
  return { disjunctive: !!f.annotations.disjunctive, sort: f.annotations.facetsort as string | undefined };
}
