import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CATEGORY_PALETTE, OTHER_COLOR, categorize } from '../../src/elements/map/categories.js';
import { LAND } from '../../src/elements/map/choropleth.js';
import { SEA } from '../../src/elements/map/style.js';
import { contrast, parseColor } from '../../src/core/colour.js';

function hue(hex: string): number {
  const [r, g, b] = parseColor(hex)!.map((c) => c / 255);
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (!d) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

describe('map colours by category', () => {
  it('every colour keeps 3:1 with the basemap land and sea (and with the white point outline)', () => {
    for (const c of [...CATEGORY_PALETTE, OTHER_COLOR]) {
      assert.ok(contrast(c, LAND) >= 3, `${c} on land: ${contrast(c, LAND).toFixed(2)}`);
      assert.ok(contrast(c, SEA) >= 3, `${c} on sea: ${contrast(c, SEA).toFixed(2)}`);
      assert.ok(contrast(c, '#ffffff') >= 3, `${c} with its white outline`);
    }
  });

  it('neighbours in the legend differ in hue by 60° or more', () => {
    for (let i = 1; i < CATEGORY_PALETTE.length; i++) {
      const d = Math.abs(hue(CATEGORY_PALETTE[i]) - hue(CATEGORY_PALETTE[i - 1]));
      assert.ok(Math.min(d, 360 - d) >= 60, `${CATEGORY_PALETTE[i - 1]} / ${CATEGORY_PALETTE[i]}: ${Math.min(d, 360 - d).toFixed(0)}°`);
    }
  });

  it('the most frequent values first (ties alphabetical), the rest and empty values as "Autres"', () => {
    const rows = ['b', 'a', 'a', 'c', 'c', 'd', null, 'b', 'a'].map((domaine) => ({ domaine }));
    const c = categorize(rows, 'domaine', 'Domaine', 2);
    assert.deepEqual(c.items.map((i) => [i.value, i.count]), [['a', 3], ['b', 2]]);
    assert.equal(c.other, 4);
    assert.deepEqual(c.items.map((i) => i.color), CATEGORY_PALETTE.slice(0, 2));
  });
});
