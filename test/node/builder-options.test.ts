// The builder's option table against the manifest: every attribute of every element has a label and a help line
// in French, English and Breton, and the choice lists equal the types the elements declare.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementsOf } from '../../src/builder/manifest.js';
import { OPTION_SPECS } from '../../src/builder/option-spec.js';
import { enumValues } from '../../src/builder/schema-check.js';
import { CHART_TYPES } from '../../src/elements/chart/spec.js';
import { CATALOG_SORTS } from '../../src/elements/catalog/catalog-query.js';

const elements = elementsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
// Type aliases of the manifest, resolved from the source they come from.
const ALIASES: Record<string, string[]> = {
  ChartType: [...CHART_TYPES], CatalogSort: Object.keys(CATALOG_SORTS), SortOrder: ['value', '-value', 'label', '-label'],
};

describe('builder option table', () => {
  it('labels every attribute of every element in fr, en and br (no attribute without a label)', () => {
    const missing: string[] = [];
    for (const el of elements) {
      for (const a of el.attributes) {
        const spec = OPTION_SPECS[el.tag]?.[a.name];
        if (!spec) { missing.push(`${el.tag} ${a.name}`); continue; }
        for (const l of ['fr', 'en', 'br'] as const) {
          if (!spec.label[l]) missing.push(`${el.tag} ${a.name} label.${l}`);
          if (!spec.hidden && !spec.help[l]) missing.push(`${el.tag} ${a.name} help.${l}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });
  it('lists no attribute the elements do not declare', () => {
    const extra = Object.entries(OPTION_SPECS).flatMap(([tag, specs]) => Object.keys(specs)
      .filter((name) => !elements.find((e) => e.tag === tag)?.attributes.some((a) => a.name === name)).map((n) => `${tag} ${n}`));
    assert.deepEqual(extra, []);
  });
  it('offers exactly the values each enum type allows', () => {
    for (const el of elements) {
      for (const a of el.attributes) {
        const spec = OPTION_SPECS[el.tag]?.[a.name];
        const alias = ALIASES[(a.type ?? '').replace(/\s*\|\s*undefined$/, '')];
        const literal = enumValues(undefined, a.type);
        if (alias) assert.deepEqual(spec?.values, alias, `${el.tag} ${a.name}`);
        else if (literal && spec?.values) assert.deepEqual(spec.values, literal, `${el.tag} ${a.name}`);
      }
    }
  });
});
