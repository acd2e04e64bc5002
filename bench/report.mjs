// Turns bench results into the Markdown report printed by `npm run bench` and kept in BENCHMARKS.md.
const n = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');
const kb = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(1)} KB` : '—');
const r2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const ok = (pass) => (pass ? '**met**' : '**not met**');

export function markdownReport({ machine, seconds, sizes, dashboard, dashboardError, others }) {
  const out = [];
  out.push(`Run on ${machine.date.slice(0, 16).replace('T', ' ')} UTC — ${machine.cpu}, ${machine.memory}, ${machine.os}, ` +
    `Node ${machine.node}, ${machine.chromium}. Load average at start: ${machine.loadBefore ?? '?'} (a shared machine: times are noisy). ` +
    `Whole run: ${seconds} s. Command: \`npm run bench\`.`, '');

  out.push('### Bundle sizes (Vite 8 build, minified; gzip -9)', '');
  out.push('| Bundle | Minified | Gzip | Files |', '|---|---:|---:|---|');
  for (const s of sizes) out.push(`| ${s.name} | ${n(s.min)} B | ${n(s.gzip)} B | ${s.files ? s.files.length : ''}${s.note ? ` ${s.note}` : ''} |`);
  const core = sizes.find((s) => s.name.includes('core'));
  const allButChartMap = sizes.find((s) => s.name.includes('every element but chart and map'));
  if (allButChartMap) out.push('', `Target "core (everything but map and chart) < 30 KB gzip": ${kb(allButChartMap.gzip)} — ${ok(allButChartMap.gzip < 30_000)}` +
    (core ? `; what every page loads before any element's own code: ${kb(core.gzip)}.` : '.'));
  const records = sizes.find((s) => s.name.includes('od-records chunk'));
  if (records) out.push('', `Target "od-records chunk < 10 KB gzip without the opening-hours parser": ${kb(records.gzip)} — ${ok(records.gzip < 10_000)}.`);
  if (core?.breakdown) out.push('', `Largest parts of the core (rendered bytes before minification): ${core.breakdown.map((b) => `${b.name} ${n(b.bytes)}`).join(', ')}.`);
  out.push('', 'Peers are re-bundled from their npm packages (entry `export *` plus their CSS) with the same Vite and ' +
    'minifier; ODS Widgets is its published figure and loads Highcharts/Leaflet from CDNs on top.', '');

  out.push('### Dashboard on `synthetic-points` (context, search, facets, filters, table, chart, map, KPI, download)', '');
  if (!dashboard.length) out.push(`Not measured: ${dashboardError || 'no result'}.`, '');
  else {
    const runs = dashboard[0].widgets.runs;
    out.push(`Headless Chromium, local portal on 127.0.0.1, cold cache per load, median of ${runs} loads` +
      `${dashboard[0].latency ? `, portal latency ${dashboard[0].latency} ms per request` : ''}. “Ready”: every data ` +
      'widget is in its `ready` state. Each widget load is followed by a bare load that fetches the distinct API queries ' +
      'the widgets made, all at once, and parses them; “Ratio time” is the median of these pairs.', '');
    out.push('| Records | Widget API requests | Widget API bytes | All requests / bytes (with JS) | Time to ready | JS heap after GC | Bare: requests / bytes / time | Ratio time | Ratio API bytes |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const d of dashboard) {
      const w = d.widgets;
      const b = d.bare;
      out.push(`| ${n(d.records)} | ${n(w.apiRequests)} | ${kb(w.apiBytes)} | ${n(w.requests)} / ${kb(w.bytes)} | ${n(w.ms)} ms | ` +
        `${(w.heap / 2 ** 20).toFixed(1)} MB | ${n(b.apiRequests)} / ${kb(b.apiBytes)} / ${n(b.ms)} ms | ${r2(d.ratio.ms)} | ${r2(d.ratio.apiBytes)} |`);
    }
    const first = dashboard[0].widgets;
    const last = dashboard[dashboard.length - 1].widgets;
    const flat = last.apiRequests <= first.apiRequests && last.apiBytes <= first.apiBytes * 1.1;
    out.push('', `Target bytes and requests flat from ${n(dashboard[0].records)} to ${n(dashboard[dashboard.length - 1].records)} records ` +
      `(within 10 %): ${ok(flat)}. Target overhead ratio (time) < 1.5: ` +
      `${dashboard.map((d) => `${r2(d.ratio.ms)}`).join(', ')} — ${ok(dashboard.every((d) => d.ratio.ms < 1.5))}.`);
    out.push('', `Requests to another origin than the page's (third parties), most in any load: ${n(Math.max(...dashboard.map((d) => d.widgets.thirdParty ?? NaN)))}.`);
    out.push('', 'Median time at which each widget first showed data: ' + dashboard.map((d) => `${n(d.records)} records: ` +
      Object.entries(d.widgets.perWidget ?? {}).sort((a, b) => a[1] - b[1]).map(([t, ms]) => `${t} ${n(ms)} ms`).join(', ')).join('; ') + '.');
    const missing = dashboard[0].widgets.missing;
    if (missing.length) out.push('', `Widgets not on the page yet (not measured): ${missing.join(', ')}.`);
    out.push('');
  }

  for (const o of others) {
    out.push(`### ${o.script}`, '');
    if (o.missing) out.push('Not present yet.', '');
    else out.push(o.code ? `Exited with ${o.code}:` : '', '```', o.output, '```', '');
  }
  return out.join('\n');
}
