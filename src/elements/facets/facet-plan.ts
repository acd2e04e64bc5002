import { datasetFacetNames, isDateType, str, type DatasetMetadata, type FacetValue } from '../../api/index.js';
import { own } from '../../core/view-state.js';

/** A facet field to show: its name and the label from the dataset's schema. */
export interface FacetField {
  name: string;
  label: string;
  type?: string;
}

/** How a value reads: booleans of the schema say yes/no in the UI language, other values stay as the portal gives them. */
export function displayValue(type: string | undefined, value: string, yes: string, no: string): string {
  if (type !== 'boolean') return value;
  return value === 'true' ? yes : value === 'false' ? no : value;
}

/**
 * The fields to show: those listed in `fields` that exist in the schema (unknown names are returned apart, for a
 * console warning), else the dataset's facets: declared in the back office (`asset_content_configuration.facets`,
 * current portals) or annotated `facet` (older ones).
 */
export function resolveFacetFields(names: readonly string[], meta: DatasetMetadata): { fields: FacetField[]; unknown: string[] } {
  const schema = meta.fields ?? [];
  const describe = (name: string): FacetField => {
    const f = schema.find((x) => x.name === name);
    return { name, label: f?.label || name, type: f?.type };
  };
  if (!names.length) return { fields: datasetFacetNames(meta).map(describe), unknown: [] };
  const known = new Set(schema.map((f) => f.name));
  return {
    fields: names.filter((n) => known.has(n)).map(describe),
    unknown: names.filter((n) => !known.has(n)),
  };
}

/** One facets request: the fields it counts and the field whose own choices it leaves out (if any). */
export interface FacetRequest {
  withoutRefineOn?: string;
  fields: string[];
}

/**
 * The fewest requests that give every field counts under all the other filters: a field the visitor has chosen
 * values in is counted without its own choices (so its list does not shrink to them), in a request of its own;
 * every other field shares one request with all filters applied.
 */
export function planFacetRequests(fields: readonly string[], refine: Readonly<Record<string, readonly string[]>>): FacetRequest[] {
  const chosen = (f: string) => !!own(refine, f)?.length;
  const shared = fields.filter((f) => !chosen(f));
  return [...(shared.length ? [{ fields: shared }] : []), ...fields.filter(chosen).map((f) => ({ withoutRefineOn: f, fields: [f] }))];
}

/** A value as displayed: the answer's values (excluded ones apart), plus chosen values the answer lacks. */
export interface ShownValue {
  value: string;
  label: string;
  count?: number;
}

export function shownValues(
  values: readonly FacetValue[] | undefined,
  chosen: readonly string[],
  display: (value: string) => string = (v) => v,
): ShownValue[] {
  const out: ShownValue[] = (values ?? [])
    .filter((v) => v.state !== 'excluded')
    .map((v) => ({ value: String(v.value), label: display(String(v.name)), count: v.count }));
  for (const c of chosen) if (!out.some((v) => v.value === c)) out.push({ value: c, label: display(c), count: 0 });
  return out;
}

/** The `facet` parameter: multi-choice fields ask for disjunctive counts as ods-widgets does, dates by name. */
export function facetParam(name: string, type: string | undefined): string {
  return isDateType(type) ? name : `facet(name=${str(name)}, disjunctive=true)`;
}
