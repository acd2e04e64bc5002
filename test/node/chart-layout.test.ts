// Pure layout and parsing helpers of <od-chart> and <od-kpi>: wrapping, orientation, pie fallback, guides, periods.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAR, MIN_PLOT, layout, pieLabelsFit, wrap } from '../../src/elements/chart/layout.js';
import { GuideError, parseAnnotations, parseReferences } from '../../src/elements/chart/guides.js';
import { change, parseThresholds, sparklineLength, thresholdState, toPeriods } from '../../src/elements/kpi/compare.js';

const base = { type: 'bar' as const, horizontal: false, stacked: false, height: 320, series: [], xKind: 'category' as const, xTitle: 'Nom', yTitle: 'Population municipale (somme)' };

describe('chart layout', () => {
  it('wraps titles into lines that fit, never cutting a word that fits', () => {
    const lines = wrap('Montant de la subvention (€) (somme)', 120);
    assert.ok(lines.length > 1);
    assert.ok(lines.every((l) => l.length * CHAR <= 120), lines.join('|'));
    assert.equal(lines.join(' '), 'Montant de la subvention (€) (somme)');
  });
  it('turns vertical bars horizontal when their names do not fit side by side, keeping 60 % for the bars', () => {
    const names = ['Ergué-Gabéric', 'Quimper', 'Plogonnec', 'Landrévarzec', 'Guengat', 'Locronan'];
    const narrow = layout({ ...base, width: 320, categories: names });
    assert.equal(narrow.horizontal, true);
    assert.ok(narrow.labelLimit <= 0.4 * 320, String(narrow.labelLimit));
    const wide = layout({ ...base, width: 1200, categories: names });
    assert.equal(wide.horizontal, false);
  });
  it('keeps the plot area at least 180 px high, whatever the height asked', () => {
    assert.equal(layout({ ...base, height: 100, width: 500, categories: ['a', 'b'] }).plotHeight, MIN_PLOT);
    assert.equal(layout({ ...base, type: 'line', height: 100, width: 300, categories: ['2019', '2020'] }).plotHeight, MIN_PLOT);
  });
  it('draws a pie as bars when a slice is too thin to label, or when labels would touch', () => {
    const thin = [{ share: 0.66, label: 'DETR (65,9 %)' }, { share: 0.333, label: 'DSIL (33,8 %)' }, { share: 0.003, label: 'DSID (0,3 %)' }];
    assert.equal(pieLabelsFit(thin, 100, 120), false);
    assert.equal(layout({ ...base, type: 'pie', width: 800, categories: [], slices: thin }).type, 'bar');
    const fair = [{ share: 0.53, label: 'DETR (53 %)' }, { share: 0.38, label: 'DSIL (38 %)' }, { share: 0.09, label: 'DSID (9 %)' }];
    assert.equal(layout({ ...base, type: 'pie', width: 800, categories: [], slices: fair }).type, 'pie');
  });
});

describe('chart guides', () => {
  it('parses reference and annotate items', () => {
    assert.deepEqual(parseReferences('50000:Seuil; 1 234,5:Moyenne'), [{ value: 50000, label: 'Seuil' }, { value: 1234.5, label: 'Moyenne' }]);
    assert.deepEqual(parseAnnotations('2020:Covid;2021/03:Reprise'), [{ at: '2020', label: 'Covid' }, { at: '2021-03', label: 'Reprise' }]);
    assert.throws(() => parseReferences('beaucoup:Seuil'), GuideError);
    assert.throws(() => parseAnnotations('2020'), GuideError);
  });
});

describe('kpi comparison', () => {
  it('compares the latest period with the previous one', () => {
    const ps = toPeriods([{ p: 2023, value: 101.5 }, { p: 2022, value: 100 }, { p: null, value: 3 }]);
    assert.deepEqual(ps.map((p) => p.period), ['2023', '2022']);
    const c = change(ps)!;
    assert.equal(c.direction, 'up');
    assert.ok(Math.abs(c.ratio! - 0.015) < 1e-12);
    assert.equal(change([{ period: '2023', value: 5 }, { period: '2022', value: 0 }])!.ratio, undefined);
  });
  it('reads thresholds and the state they give', () => {
    const ts = parseThresholds('80:Objectif atteint;50:Presque')!;
    assert.deepEqual(ts.map((t) => t.value), [50, 80]);
    assert.equal(thresholdState(85, ts)!.reached!.label, 'Objectif atteint');
    assert.equal(thresholdState(85, ts)!.top, true);
    assert.equal(thresholdState(60, ts)!.top, false);
    assert.equal(thresholdState(10, ts)!.missed!.label, 'Presque');
    assert.equal(parseThresholds('beaucoup'), undefined);
    assert.equal(sparklineLength(''), 5);
    assert.equal(sparklineLength(undefined), 0);
  });
});
