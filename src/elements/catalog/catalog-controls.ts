import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FacetsResult } from '../../api/index.js';
import type { LocalizeController } from '../../core/localize.js';
import { catalogMessages } from './catalog.i18n.js';
import { CATALOG_SORTS, type CatalogSort, type CatalogView } from './catalog-query.js';

type Messages = (typeof catalogMessages)['fr'];

function facetLabel(name: string, t: Messages): string {
  const known: Record<string, string> = { theme: t.theme, keyword: t.keyword, publisher: t.publisher, features: t.features };
  return known[name] ?? name.replace(/^default\./, '');
}

/** The values offered for one facet: the answer's, plus the chosen one even when it has no count any more. */
function options(name: string, chosen: string | undefined, answer: FacetsResult | undefined) {
  const values = (answer?.facets.find((f) => f.name === name)?.facets ?? []).filter((v) => v.state !== 'excluded').map((v) => ({ value: v.value, label: v.name, count: v.count }));
  if (chosen && !values.some((v) => v.value === chosen)) values.unshift({ value: chosen, label: chosen, count: undefined });
  return values;
}

/**
 * Search form, one selector per catalogue facet (with counts) and the sort selector. Ids are local to the shadow
 * root, so labels and fields stay in one root. Changes apply at once (no reload, focus stays on the control).
 */
export function renderCatalogControls(o: {
  view: CatalogView;
  facets: readonly string[];
  answer: FacetsResult | undefined;
  noSearch: boolean;
  i18n: LocalizeController;
  onChange: (patch: Partial<CatalogView>) => void;
}): TemplateResult {
  const t = o.i18n.msg(catalogMessages);
  const sortLabels: Record<CatalogSort, string> = { modified: t.sortModified, title: t.sortTitle, records: t.sortRecords };
  const submit = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input');
    o.onChange({ q: input?.value.trim() ?? '' });
  };
  return html`<div class="controls">
    ${o.noSearch
      ? nothing
      : html`<form part="search" class="search" role="search" @submit=${submit}>
          <label for="od-catalog-q">${t.searchLabel}</label>
          <span class="search-row">
            <input id="od-catalog-q" part="search-input" type="search" .value=${live(o.view.q)} autocomplete="off" />
            <button part="search-button" type="submit">${t.searchButton}</button>
          </span>
        </form>`}
    <div part="filters" class="filters" role="group" aria-label=${t.filtersLabel}>
      ${o.facets.map((name) => {
        const chosen = o.view.refine[name];
        const id = `od-catalog-f-${name.replace(/[^\w-]/g, '_')}`;
        return html`<span class="field">
          <label for=${id}>${facetLabel(name, t)}</label>
          <select id=${id} part="facet-select" @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            const refine = { ...o.view.refine };
            if (value) refine[name] = value;
            else delete refine[name];
            o.onChange({ refine });
          }}>
            <option value="" .selected=${!chosen}>${t.all}</option>
            ${options(name, chosen, o.answer).map((v) => html`<option value=${v.value} .selected=${v.value === chosen}>
              ${v.label}${v.count !== undefined ? ` (${o.i18n.number(v.count)})` : ''}</option>`)}
          </select>
        </span>`;
      })}
      <span class="field">
        <label for="od-catalog-sort">${t.sortLabel}</label>
        <select id="od-catalog-sort" part="sort-select" @change=${(e: Event) =>
          o.onChange({ sort: (e.target as HTMLSelectElement).value as CatalogSort })}>
          ${(Object.keys(CATALOG_SORTS) as CatalogSort[]).map((k) => html`<option value=${k} .selected=${k === o.view.sort}>${sortLabels[k]}</option>`)}
        </select>
      </span>
    </div>
  </div>`;
}
