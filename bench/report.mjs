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
  if (records) out.push('', `Target "od-records chunk < 10 KB gzip before its first cards": ${kb(records.gzip)} — ${ok(records.gzip < 10_000)}.`);
  if (core?.breakdown) out.push('', `Largest parts of the core (rendered bytes before minification): ${core.breakdown.map((b) => `${b.name} ${n(b.bytes)}`).join(', ')}.`);
  out.push('', 'Peers are re-bundled from their npm packages (entry `export *` plus their CSS) with the same Vite and ' +
    'minifier; ODS Widgets is its published figure and loads Highcharts/Leaflet from CDNs on top.', '');

  out.push('### Dashboard on `synthetic-points` (context, search, facets, filters, table, chart, map, KPI, download)', '');
  if (!dashboard.length) out.push(`Not measured: ${dashboardError || 'no result'}.`, '');
  else dashboardReport(out, dashboard, sizes);
  if (dashboard.length && dashboardError) out.push(`**The dashboard bench failed:** ${dashboardError}.`, '');

  for (const o of others) {
    out.push(`### ${o.script}`, '');
    if (o.missing) out.push('Not present yet.', '');
    else out.push(o.code ? `Exited with ${o.code}:` : '', '```', o.output, '```', '');
  }
  return out.join('\n');
}

const latencyName = (l) => (l ? `${l} ms portal latency` : 'loopback');

function dashboardReport(out, dashboard, sizes) {
  const runs = dashboard[0].widgets.runs;
  const gz = dashboard.every((d) => d.widgets.compressed > 0);
  out.push(`Headless Chromium, local portal on 127.0.0.1 (${gz ? 'answers gzip-compressed, as the browser accepts it' : 'answers not compressed'}), cold cache ` +
    `per load, median of ${runs} loads per scenario; scenarios: loopback and the portal's \`--latency\` per API request. ` +
    '“Ready”: every data widget of the page is in its own `ready` state (a widget that never gets there fails the run). ' +
    'Each widget load is followed by a bare load that fetches the distinct API queries the widgets made, all at once, ' +
    'on the same server and latency, and parses them; “Ratio time” is the median of these pairs. Bytes are on the wire ' +
    '(DevTools `encodedDataLength`: compressed bodies and headers). Spread: max − min of the loads. Load: the ' +
    'machine\'s 1-minute load average before → after the scenario.', '');
  out.push('| Latency | Records | Widget API requests | Widget API bytes | All requests / bytes (with JS) | Time to ready (spread) | JS heap after GC | Bare: requests / bytes / time | Ratio time | Ratio API bytes | Load |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const d of dashboard) {
    const w = d.widgets;
    const b = d.bare;
    out.push(`| ${latencyName(d.latency)} | ${n(d.records)} | ${n(w.apiRequests)} | ${kb(w.apiBytes)} | ${n(w.requests)} / ${kb(w.bytes)} | ${n(w.ms)} ms (${n(w.msSpread)}) | ` +
      `${(w.heap / 2 ** 20).toFixed(1)} MB | ${n(b.apiRequests)} / ${kb(b.apiBytes)} / ${n(b.ms)} ms | ${r2(d.ratio.ms)} | ${r2(d.ratio.apiBytes)} | ${d.load ?? '?'} |`);
  }
  const latencies = [...new Set(dashboard.map((d) => d.latency))];
  const at = (l) => dashboard.filter((d) => d.latency === l);
  const top = Math.max(...latencies);

  out.push('', `Per widget: time to first data (median, ms since navigation) and critical path — portal requests in series ` +
    'before its first data / code chunks loaded in series before it (the entry counts as 1). A request is “in series” after ' +
    'an answer when it starts within 50 ms of that answer\'s end, so the request counts are read under latency.', '');
  const tags = Object.keys(dashboard[0].widgets.perWidget ?? {}).sort();
  out.push(`| Latency | Records | ${tags.join(' | ')} |`, `|---|---:|${tags.map(() => '---:').join('|')}|`);
  for (const d of dashboard) {
    out.push(`| ${latencyName(d.latency)} | ${n(d.records)} | ${tags.map((t) => {
      const p = d.widgets.paths?.[t];
      return `${n(d.widgets.perWidget[t])} ms${d.latency && p ? ` — ${n(p.api)} req / ${n(p.chunks)} chunks` : p ? ` — ${n(p.chunks)} chunks` : ''}`;
    }).join(' | ')} |`);
  }

  out.push('', '#### Targets', '');
  const worst = at(top).flatMap((d) => Object.entries(d.widgets.paths ?? {}).map(([t, p]) => ({ t, api: p.api, chunks: p.chunks, records: d.records })));
  const over2 = worst.filter((x) => !(x.api <= 2));
  out.push(`- At most 2 portal round trips in series before first data (${latencyName(top)}): ${ok(!over2.length)}` +
    (over2.length ? ` — over: ${over2.map((x) => `${x.t} ${n(x.api)} at ${n(x.records)}`).join(', ')}` : '') +
    `; widgets at 1: ${[...new Set(worst.filter((x) => x.api === 1).map((x) => x.t))].join(', ') || 'none'}.`);
  const deep = worst.filter((x) => x.chunks > 2);
  out.push(`- No code chain deeper than entry → element before first data: ${ok(!deep.length)}` +
    (deep.length ? ` — deeper: ${[...new Set(deep.map((x) => `${x.t} ${n(x.chunks)}`))].join(', ')}` : '') + '.');
  for (const [l, max] of [[top, 1.5], [0, 2]]) {
    if (!latencies.includes(l)) continue;
    const ds = at(l);
    out.push(`- Ratio to the bare script ≤ ${max} (${latencyName(l)}): ${ds.map((d) => `${r2(d.ratio.ms)} at ${n(d.records)}`).join(', ')} — ${ok(ds.every((d) => d.ratio.ms <= max))}.`);
  }
  for (const l of latencies) {
    const ds = at(l).filter((d) => d.records >= 20_000);
    const rs = ds.map((d) => ({ records: d.records, r: d.widgets.perWidget['od-map'] / d.widgets.perWidget['od-table'] }));
    if (rs.length) out.push(`- Map's first clusters within 1.5× the table's first data (${latencyName(l)}): ${rs.map((x) => `${r2(x.r)} at ${n(x.records)}`).join(', ')} — ${ok(rs.every((x) => x.r <= 1.5))}.`);
  }
  const core = sizes.find((s) => s.name.includes('core'));
  if (core) out.push(`- Core every page loads < 20 KB gzip: ${kb(core.gzip)} — ${ok(core.gzip < 20_000)}.`);
  for (const l of latencies) {
    const ds = at(l);
    const first = ds[0].widgets;
    const last = ds[ds.length - 1].widgets;
    const flat = last.apiRequests <= first.apiRequests && last.apiBytes <= first.apiBytes * 1.1;
    out.push(`- API bytes and requests flat from ${n(ds[0].records)} to ${n(ds[ds.length - 1].records)} records, within 10 % (${latencyName(l)}): ` +
      `${n(first.apiRequests)} → ${n(last.apiRequests)} requests, ${kb(first.apiBytes)} → ${kb(last.apiBytes)} — ${ok(flat)}.`);
  }
  const twice = dashboard.filter((d) => d.widgets.apiRequests > d.queries.length);
  out.push(`- Each distinct query once per page: ${ok(!twice.length)}` +
    (twice.length ? ` — ${twice.map((d) => `${n(d.widgets.apiRequests)} requests for ${d.queries.length} queries at ${n(d.records)}, ${latencyName(d.latency)}`).join('; ')}` : '') + '.');
  out.push('', `Requests to another origin than the page's (third parties), most in any load: ${n(Math.max(...dashboard.map((d) => d.widgets.thirdParty ?? NaN)))}.`);
  const missing = dashboard.flatMap((d) => d.widgets.missing);
  if (missing.length) out.push('', `Widgets that never showed data: ${[...new Set(missing)].join(', ')}.`);
  out.push('', 'Distinct API queries of a load (1,000 records, loopback): ' +
    (dashboard[0].queries ?? []).map((q) => `\`${decodeURIComponent(q.replace(/^\/api\/explore\/v2\.1\/catalog\/datasets\/[^/?]+/, '…'))}\``).join(', ') + '.', '');
}
