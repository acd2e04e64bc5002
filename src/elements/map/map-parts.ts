import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { GROUP_LIMIT } from '../../api/index.js';
import type { LocalizeController } from '../../core/localize.js';
import { PALETTE } from './choropleth.js';
import type { Feature } from './geojson.js';
import type { MapData } from './map-data.js';
import { mapMessages } from './map.i18n.js';
import { chooseFromList, formatValue, recordTitle, type PickContext } from './map-pick.js';
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

function itemsOf(pc: PickContext): Array<{ key: string; label: string; feature: Feature }> {
  const d = pc.data;
  if (!d) return [];
  const m = pc.i18n.msg(mapMessages);
  if (d.kind === 'clusters') {
    return d.clusters.map((c, i) => ({ key: `c${i}`, label: m.zoomCluster(pc.i18n.number(c.count)),
      feature: { type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } } }));
  }
  if (d.kind === 'areas') {
    return d.collection.features.filter((f) => f.properties.value !== undefined).map((f) => ({ key: String(f.properties.code),
      label: `${f.properties.name} : ${formatValue(f.properties.value, pc.i18n)}`, feature: f }));
  }
  return d.collection.features.map((f) => {
    const i = Number(f.properties.i);
    return { key: `r${i}`, label: recordTitle(pc, d.records[i], i), feature: f };
  });
}

/** The "Voir la liste" button and the list it shows: the same features as the map, as buttons. */
export function renderList(pc: PickContext, open: boolean, toggle: () => void, valueLabel = ''): TemplateResult {
  const m = pc.i18n.msg(mapMessages);
  const items = open ? itemsOf(pc) : [];
  return html`<button type="button" part="list-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="list"
      @click=${toggle}>${open ? m.hideList : m.showList}</button>
    <div id="list" part="list" ?hidden=${!open}>
      ${open ? html`<p class="list-title" id="list-title">${m.listTitle}</p>
        <ul aria-labelledby="list-title">${repeat(items, (it) => it.key, (it) => html`<li><button type="button"
          @click=${(e: Event) => chooseFromList(pc, it.feature, e.currentTarget as HTMLElement, valueLabel)}
          lang=${(it.key[0] === 'r' && valueLangIn(pc.context, pc.titleField ?? pc.fields[0], pc.i18n.lang)) || nothing}>${it.label}</button></li>`)}
        </ul>` : nothing}
    </div>`;
}
