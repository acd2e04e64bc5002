import { emit } from '../../core/events.js';
import type { DatasetMetadata, OdsRecord } from '../../api/index.js';
import type { DatasetSource } from '../../core/dataset-link.js';
import { formatValue as formatFieldValue } from '../../core/format.js';
import { valueLangIn } from '../../core/field-lang.js';
import type { LocalizeController } from '../../core/localize.js';
import { anchorOf, type Feature } from './geojson.js';
import type { MapData } from './map-data.js';
import type { MapView } from './map-view.js';
import { mapMessages } from './map.i18n.js';
import { buildPopup, popupRows } from './popup.js';
import { IDS } from './style.js';

/** What choosing a feature needs to know about the element. */
export interface PickContext {
  host: HTMLElement;
  view?: MapView;
  data?: MapData;
  meta?: DatasetMetadata;
  fields: string[];
  titleField?: string;
  refineOnClick?: string;
  context?: DatasetSource;
  i18n: LocalizeController;
  /** Names of the clusters' places, by index (from the bundled boundaries; undefined until they are loaded). */
  places?: Array<string | undefined>;
  /** Where focus goes once the list is rebuilt after a list action: the same entry (its toggle) or the entry nearest a point. */
  refocus?(target: FocusTarget): void;
}

/** The list entry to focus after a rebuild. */
export type FocusTarget = { key: string; refine: true } | { near: [number, number] };

/** Values as text in the visitor's language (numbers grouped the French way). */
export function formatValue(v: unknown, i18n: LocalizeController): string {
  if (typeof v === 'number') return i18n.number(v, { maximumFractionDigits: 2 });
  // Objects and long text through the shared formatter: bounded depth and length (a hostile value cannot freeze a click).
  return formatFieldValue(v, { name: '', type: 'text' }, { lang: i18n.lang }).text;
}

/** The name of a record: its title field, else its first popup field, else "Élément n". */
export function recordTitle(pc: PickContext, record: OdsRecord, index: number): string {
  const f = pc.titleField ?? pc.fields[0];
  const v = f ? record[f] : undefined;
  return v === null || v === undefined || v === '' ? pc.i18n.msg(mapMessages).untitled(index + 1) : formatValue(v, pc.i18n);
}

function recordPopup(pc: PickContext, record: OdsRecord, index: number): HTMLElement {
  const title = recordTitle(pc, record, index);
  const fields = pc.fields.filter((f) => f !== (pc.titleField ?? pc.fields[0]) && f !== pc.refineOnClick);
  const lang = (f?: string) => valueLangIn(pc.context, f, pc.i18n.lang);
  return buildPopup(title, popupRows(record, fields, pc.meta?.fields ?? [], pc.i18n.lang, pc.context?.client?.baseUrl)
    .map((r) => ({ ...r, lang: lang(r.field) })), lang(pc.titleField ?? pc.fields[0]));
}

function areaPopup(pc: PickContext, f: Feature, valueLabel: string): HTMLElement {
  const v = f.properties.value;
  const m = pc.i18n.msg(mapMessages);
  return buildPopup(String(f.properties.name ?? ''), [{ label: valueLabel, value: { text: v === undefined ? m.noData : formatValue(v, pc.i18n) } }]);
}

function select(pc: PickContext, detail: { record?: object; area?: object }): void {
  emit(pc.host, 'od-map-select', detail);
}

/** A click on the map: popup for a record or an area, zoom into a cluster, optional refine of the context. */
export function pickFeature(pc: PickContext, source: string, i: number, at: [number, number], valueLabel = ''): void {
  const d = pc.data;
  if (!d || !pc.view || !Number.isInteger(i)) return;
  if (source === IDS.data && d.kind === 'features' && d.records[i]) {
    const record = d.records[i];
    pc.view.openPopup(at, recordPopup(pc, record, i));
    select(pc, { record });
    const f = pc.refineOnClick;
    const v = f ? record[f] : undefined;
    if (f && pc.context && v !== null && v !== undefined && v !== '') pc.context.toggleRefine(f, String(v));
  } else if (source === IDS.clusters && d.kind === 'clusters' && d.clusters[i]) {
    const c = d.clusters[i];
    pc.view.centre([c.lon, c.lat], Math.min(19, (pc.view.map?.getZoom() ?? 8) + 2));
  } else if (source === IDS.areas && d.kind === 'areas' && d.collection.features[i]) {
    const f = d.collection.features[i];
    pc.view.openPopup(at, areaPopup(pc, f, valueLabel));
    select(pc, { area: { code: f.properties.code, name: f.properties.name, value: f.properties.value } });
    if (pc.refineOnClick && pc.context && f.properties.code) pc.context.toggleRefine(pc.refineOnClick, String(f.properties.code));
  }
}

/** A choice in the list: centre the map on it and open its popup; focus comes back to `button` on close. */
export function chooseFromList(pc: PickContext, f: Feature, button: HTMLElement | null, valueLabel = ''): void {
  const d = pc.data, view = pc.view;
  const at = anchorOf(f.geometry);
  if (!d || !view || !at) return;
  if (d.kind === 'clusters') {
    pc.refocus?.({ near: at });
    view.centre(at, Math.min(19, (view.map?.getZoom() ?? 8) + 2));
    return;
  }
  view.centre(at, undefined, true);
  const i = Number(f.properties.i);
  if (d.kind === 'features' && d.records[i]) {
    view.openPopup(at, recordPopup(pc, d.records[i], i), button);
    select(pc, { record: d.records[i] });
  } else if (d.kind === 'areas') {
    view.openPopup(at, areaPopup(pc, f, valueLabel), button);
    select(pc, { area: { code: f.properties.code, name: f.properties.name, value: f.properties.value } });
  }
}

/** The keyboard path of refine-on-click: the list entry's toggle applies the filter a click on the map applies. */
export function refineFromList(pc: PickContext, key: string, value: string): void {
  if (!pc.refineOnClick || !pc.context) return;
  pc.refocus?.({ key, refine: true });
  pc.context.toggleRefine(pc.refineOnClick, value);
}
