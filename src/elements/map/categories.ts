import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { OdsRecord } from '../../api/index.js';
import type { DatasetSource } from '../../core/dataset-link.js';
import type { LocalizeController } from '../../core/localize.js';
import { defineMessages } from '../../i18n/catalog.js';
import type { FeatureCollection } from './geojson.js';
import { valueLangIn, withLang } from '../../core/field-lang.js';

/**
 * `color-by`: one colour per value of a field, the most frequent first, the rest as "Autres". The colours keep a
 * 3:1 contrast (WCAG 1.4.11) with the built-in basemap's land and sea, and neighbours in the list differ in hue by
 * at least 60° (test/node/map-categories.test.ts checks both), with a white outline between overlapping points.
 */
export const CATEGORY_PALETTE = ['#0055a4', '#c2410c', '#15803d', '#a21caf', '#7c5800', '#0e7490', '#be123c'];
export const OTHER_COLOR = '#595959';

export interface Category { value: string; count: number; color: string }
export interface Categories { field: string; label: string; items: Category[]; other: number }

const key = (v: unknown) => (v === null || v === undefined || v === '' ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/** The `n` most frequent values of `field` among the records (ties alphabetical), the others counted apart. */
export function categorize(records: readonly OdsRecord[], field: string, label: string, n = CATEGORY_PALETTE.length): Categories {
  const counts = new Map<string, number>();
  for (const r of records) {
    const k = key(r[field]);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
  const top = Math.max(1, Math.min(CATEGORY_PALETTE.length, Math.floor(n) || CATEGORY_PALETTE.length));
  const items = sorted.slice(0, top).map(([value, count], i) => ({ value, count, color: CATEGORY_PALETTE[i] }));
  const other = sorted.slice(top).reduce((s, [, c]) => s + c, 0) + records.filter((r) => !key(r[field])).length;
  return { field, label, items, other };
}

/** The features with a `color` property from their record's value. */
export function colorFeatures(fc: FeatureCollection, records: readonly OdsRecord[], c: Categories): FeatureCollection {
  const byValue = new Map(c.items.map((i) => [i.value, i.color]));
  return {
    ...fc,
    features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, color: byValue.get(key(records[Number(f.properties.i)]?.[c.field])) ?? OTHER_COLOR } })),
  };
}

export const categoryMessages = defineMessages({
  fr: {
    legend: (label: string) => `Couleur : ${label}`,
    other: 'Autres',
    value: (v: string, n: string) => `${v} (${n})`,
    filterBy: (v: string) => `Ne montrer que ${v}`,
    chip: (v: string) => `Filtre : ${v}`,
    removeChip: (label: string, v: string) => `Retirer le filtre ${label} : ${v}`,
  },
  en: {
    legend: (label: string) => `Colour: ${label}`,
    other: 'Others',
    value: (v: string, n: string) => `${v} (${n})`,
    filterBy: (v: string) => `Show only ${v}`,
    chip: (v: string) => `Filter: ${v}`,
    removeChip: (label: string, v: string) => `Remove the filter ${label}: ${v}`,
  },
  br: {
    legend: (label: string) => `Liv : ${label}`,
    other: 'Re all',
    value: (v: string, n: string) => `${v} (${n})`,
    filterBy: (v: string) => `Diskouez ${v} hepken`,
    chip: (v: string) => `Sil : ${v}`,
    removeChip: (label: string, v: string) => `Lemel ar sil ${label} : ${v}`,
  },
});

/** The text legend of the colours; each value is a toggle button that filters the context on it. */
export function renderCategoryLegend(c: Categories, ctx: DatasetSource, i18n: LocalizeController): TemplateResult {
  const t = i18n.msg(categoryMessages);
  const chosen = ctx.state.refine[c.field] ?? [];
  return html`<div part="category-legend" class="categories">
    <p class="categories-title" id="od-map-categories">${t.legend(c.label)}</p>
    <ul aria-labelledby="od-map-categories">
      ${c.items.map((i) => html`<li><button type="button" aria-pressed=${chosen.includes(i.value) ? 'true' : 'false'}
        @click=${() => ctx.toggleRefine(c.field, i.value)}><span class="cat-swatch" style=${styleMap({ '--c': i.color })} aria-hidden="true"></span>${withLang(t.value(i.value, i18n.number(i.count)), i.value, valueLangIn(ctx, c.field, i18n.lang))}</button></li>`)}
      ${c.other ? html`<li class="other"><span class="cat-swatch" style=${styleMap({ '--c': OTHER_COLOR })} aria-hidden="true"></span>${t.value(t.other, i18n.number(c.other))}</li>` : nothing}
    </ul>
  </div>`;
}

/** `refine-on-click`'s choices as visible chips by the map ("Filtre : QUIMPER ✕"), each removing its choice. */
export function renderRefineChips(field: string | undefined, label: string, ctx: DatasetSource, i18n: LocalizeController): TemplateResult | typeof nothing {
  const values = field ? ctx.state.refine[field] ?? [] : [];
  if (!field || !values.length) return nothing;
  const t = i18n.msg(categoryMessages);
  return html`<ul part="refine-chips" class="refine-chips">${values.map((v) => html`<li><button type="button" part="refine-chip"
    aria-label=${t.removeChip(label, v)} @click=${() => ctx.toggleRefine(field, v, false)}>${t.chip(v)} <span aria-hidden="true">✕</span></button></li>`)}</ul>`;
}
