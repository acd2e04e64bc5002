import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { GROUP_LIMIT } from '../../api/index.js';
import type { LocalizeController } from '../../core/localize.js';
import { PALETTE } from './choropleth.js';
import type { MapData } from './map-data.js';
import { mapMessages } from './map.i18n.js';
import { anchorOf, type Feature } from './geojson.js';
import { chooseFromList, formatValue, recordTitle, refineFromList, type PickContext } from './map-pick.js';
import { valueLangIn } from '../../core/field-lang.js';

/** The status line once data is drawn: counts, clusters, partial views, records without location. */
export function statusText(d: MapData, i18n: LocalizeController): string {
  const m = i18n.msg(mapMessages);
  const n = (x: number) => i18n.number(x);
  if (d.kind === 'areas') {
    const text = m.areas(n(d.collection.features.filter((f) => f.properties.value !== undefined).length));
    return d.truncated ? `${text} ${m.truncated(n(GROUP_LIMIT))}` : text;
  }
  if (d.kind === 'clusters') return m.clusters(n(d.total), n(d.clusters.length));
  const shown = d.collection.features.length;
  const main = d.records.length < d.total ? m.partial(n(d.records.length), n(d.total)) : m.points(n(shown));
  return d.missing ? `${main} ${m.missing(n(d.missing))}` : main;
}

/** HTML legend of the choropleth: one swatch and its class limits per class, plus "no data". */
export function renderLegend(d: Extract<MapData, { kind: 'areas' }>, title: string, i18n: LocalizeController): TemplateResult {
  const m = i18n.msg(mapMessages);
  const n = (x: number) => i18n.number(x, { maximumFractionDigits: 2 });
  // Swatch colours are classes of our stylesheet (no style attribute: strict CSP `style-src-attr`).
  const classes = d.colors.map((color, i) => ({ swatch: `swatch p${PALETTE.indexOf(color as (typeof PALETTE)[number])}`, label: d.breaks.length > 1 ? m.range(n(d.breaks[i]), n(d.breaks[i + 1])) : n(d.breaks[0]) }));
  return html`<figure part="legend">
    <figcaption>${m.legendTitle} : ${title}</figcaption>
    <ul>
      ${classes.map((c) => html`<li><span class=${c.swatch}></span>${c.label}</li>`)}
      <li><span class="swatch none"></span>${m.noData}</li>
    </ul>
  </figure>`;
}

/** One entry of the list: a stable key (the same feature keeps it across rebuilds), its name and its refine value. */
export interface ListItem { key: string; label: string; feature: Feature; refine?: { value: string; label: string } }

/** Keys from content, not position: after a rebuild, a key names the same feature (duplicates numbered). */
function keyed<T extends { key: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    const n = seen.get(it.key) ?? 0;
    seen.set(it.key, n + 1);
    return n ? { ...it, key: `${it.key}#${n}` } : it;
  });
}

/** The list's entries: groups named by where they are (largest first), areas with their value, or records. */
export function listItems(pc: PickContext): ListItem[] {
  const d = pc.data;
  if (!d) return [];
  const m = pc.i18n.msg(mapMessages);
  if (d.kind === 'clusters') {
    const items = d.clusters.map((c, i) => {
      const place = pc.places?.[i], n = pc.i18n.number(c.count);
      return { key: `c${c.lon},${c.lat}`, count: c.count, label: place ? m.clusterAt(n, place) : m.zoomCluster(n),
        feature: { type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } } as Feature };
    });
    // Largest first: an order that does not change when the names arrive (focus stays where it is).
    items.sort((a, b) => b.count - a.count);
    return keyed(items);
  }
  if (d.kind === 'areas') {
    return d.collection.features.filter((f) => f.properties.value !== undefined).map((f) => ({ key: `a${f.properties.code}`,
      label: `${f.properties.name} : ${formatValue(f.properties.value, pc.i18n)}`, feature: f,
      refine: pc.refineOnClick && f.properties.code ? { value: String(f.properties.code), label: String(f.properties.name ?? f.properties.code) } : undefined }));
  }
  return keyed(d.collection.features.map((f) => {
    const i = Number(f.properties.i), record = d.records[i];
    const label = recordTitle(pc, record, i);
    const v = pc.refineOnClick ? record[pc.refineOnClick] : undefined;
    const refine = v === null || v === undefined || v === '' ? undefined : { value: String(v), label: formatValue(v, pc.i18n) };
    return { key: `r${label}|${anchorOf(f.geometry)?.join(',') ?? i}`, label, feature: f, refine };
  }));
}

/** The key of the entry nearest to a point (where focus goes after choosing a group: its first entry once split). */
export function nearestItem(items: ListItem[], at: [number, number]): string | undefined {
  let best: string | undefined, bestD = Infinity;
  for (const it of items) {
    const p = anchorOf(it.feature.geometry);
    const d = p ? (p[0] - at[0]) ** 2 + (p[1] - at[1]) ** 2 : Infinity;
    if (d < bestD) { bestD = d; best = it.key; }
  }
  return best;
}

/**
 * The "Voir la liste" button and the list it shows: the same features as the map, as buttons. With
 * `refine-on-click`, each entry also has a toggle for the filter a click on the map applies (its keyboard path).
 */
export function renderList(pc: PickContext, open: boolean, toggle: () => void, title: string, valueLabel = ''): TemplateResult {
  const m = pc.i18n.msg(mapMessages);
  const items = open ? listItems(pc) : [];
  const chosen = pc.refineOnClick ? pc.context?.state.refine[pc.refineOnClick] ?? [] : [];
  // Visible "Voir la liste", named "Voir la liste : <title>" (a page has several maps).
  const visible = open ? m.hideList : m.showList;
  return html`<button type="button" part="list-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="list"
      @click=${toggle}>${visible}<span class="od-visually-hidden">${m.named(visible, title).slice(visible.length)}</span></button>
    <div id="list" part="list" ?hidden=${!open}>
      ${open ? html`<p class="list-title" id="list-title">${m.named(m.listTitle, title)}</p>
        <ul aria-labelledby="list-title">${repeat(items, (it) => it.key, (it) => html`<li data-key=${it.key}><button type="button" class="choose"
          @click=${(e: Event) => chooseFromList(pc, it.feature, e.currentTarget as HTMLElement, valueLabel)}
          lang=${(it.key[0] === 'r' && valueLangIn(pc.context, pc.titleField ?? pc.fields[0], pc.i18n.lang)) || nothing}>${it.label}</button>${it.refine
          ? html`<button type="button" class="refine" aria-pressed=${chosen.includes(it.refine.value) ? 'true' : 'false'}
            @click=${() => refineFromList(pc, it.key, it.refine!.value)}>${m.filterOn(it.refine.label)}</button>` : nothing}</li>`)}
        </ul>` : nothing}
    </div>`;
}
