// The library's one colour grammar and contrast ratio (src/core/colour.ts), used by the chart and the map.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contrast, cssColor, parseColor } from '../../src/core/colour.js';

describe('core colour', () => {
  it('accepts hex and opaque rgb() only, normalised to #rrggbb', () => {
    assert.equal(cssColor('#ABC', '#000000'), '#aabbcc');
    assert.equal(cssColor(' rgb(0, 0, 145) ', '#000000'), '#000091');
    for (const bad of ['red', 'rgba(0,0,0,0.5)', '#12345', 'url(x)', '#000;background:url(x)', 'rgb(300,0,0)', '', undefined]) {
      assert.equal(cssColor(bad, '#123456'), '#123456', String(bad));
    }
  });

  it('computes the WCAG ratio from strings or triples; NaN for an invalid colour', () => {
    assert.equal(contrast('#000', '#fff').toFixed(0), '21');
    assert.equal(contrast(parseColor('#000091')!, [255, 255, 255]).toFixed(1), contrast('#000091', '#ffffff').toFixed(1));
    assert.ok(contrast('#000091', '#ffffff') > 4.5);
    assert.ok(Number.isNaN(contrast('nope', '#ffffff')));
  });
});
