// "Intégrer cette vue": the visitor's current view (search, choices, exclusions, sort, page, map position) turned into the
// builder's EmbedModel, as fixed base filters or as a starting state the visitor can change. Pure.
import { field, str } from '../../api/odsql.js';
import type { ViewState } from '../../core/view-state.js';
import type { EmbedModel, WidgetModel } from '../../builder/snippet.js';
import { writeViewToUrl } from '../dataset/url-state.js';
import { positionAttrs, type MapPosition } from '../map/camera.js';

export type ShareMode = 'base' | 'state';

/** Attributes of the context that are base filters, as the page wrote them. */
export interface BaseAttrs { where?: string | null; refine?: string | null; exclude?: string | null; q?: string | null; commune?: string | null }

const esc = (v: string) => v.replace(/;/g, '\\;');
const join = (a: string | null | undefined, b: string[], sep: string) => [a ?? '', ...b].filter(Boolean).join(sep);

/** The dataset attributes of the shared code: the page's base filters, plus the visitor's filters in `base` mode. */
export function datasetAttrs(datasetId: string, base: BaseAttrs, s: ViewState, mode: ShareMode): [string, string][] {
  const out: [string, string][] = [['dataset', datasetId]];
  let { where, refine, exclude, q } = base;
  if (mode === 'base') {
    const single = Object.entries(s.refine).filter(([, v]) => v.length === 1).map(([f, [v]]) => `${f}:${esc(v)}`);
    // Several values of one field are an OR; as base refinements they would be an AND: write them as a where.
    const multi = Object.entries(s.refine).filter(([, v]) => v.length > 1).map(([f, vs]) => `(${vs.map((v) => `${field(f)} = ${str(v)}`).join(' OR ')})`);
    refine = join(refine, single, ';');
    exclude = join(exclude, Object.entries(s.exclude).flatMap(([f, vs]) => vs.map((v) => `${f}:${esc(v)}`)), ';');
    where = multi.length ? [where ? `(${where})` : '', ...multi].filter(Boolean).join(' AND ') : where;
    q = join(q, s.q ? [s.q] : [], ' ');
  }
  for (const [k, v] of [['where', where], ['refine', refine], ['exclude', exclude], ['q', q], ['commune', base.commune]] as const) {
    if (v) out.push([k, v]);
  }
  return out;
}

/** The query string that restores a view on a context named `prefix` (`sync-url`), without the leading `?`. */
export function stateQuery(prefix: string, s: ViewState, mode: ShareMode): string {
  // In `base` mode the filters are fixed in the code; sort and page still travel as the starting state.
  const view = mode === 'base' ? { ...s, q: '', refine: {}, exclude: {} } : s;
  return writeViewToUrl(new URL('https://x/'), prefix, view).search.replace(/^\?/, '');
}

/**
 * Attributes of a live widget worth copying (its own options, not identity, styling or event handlers). A map the
 * visitor moved (its `position`) gives its `center` and `zoom` as they are now.
 */
export function widgetOf(el: Element): WidgetModel {
  const skip = /^(id|class|style|slot|source|portal|api-key|lang|part|is|aria-.*|on.*|data-.*)$/i;
  const attrs = [...el.attributes].filter((a) => !skip.test(a.name)).map((a) => [a.name, a.value] as [string, string]);
  const position = (el as { position?: MapPosition }).position;
  if (!position) return { tag: el.localName, attrs };
  return { tag: el.localName, attrs: [...attrs.filter(([n]) => n !== 'center' && n !== 'zoom'), ...positionAttrs(position)] };
}

export function shareModel(o: {
  portal: string; datasetId: string; base: BaseAttrs; state: ViewState; mode: ShareMode; widgets: WidgetModel[];
  lang: 'fr' | 'en' | 'br'; title?: string; description?: string;
}): EmbedModel {
  return {
    portal: o.portal, dataset: datasetAttrs(o.datasetId, o.base, o.state, o.mode), widgets: o.widgets, lang: o.lang,
    title: o.title, description: o.description,
  };
}
