// Bundle sizes: our library built by Vite (minified) from the CDN entry (src/autoload.ts), split into what every page
// downloads (the core: entry plus its static imports), every element but chart and map, and the lazy chunks of the
// chart and the map; what a page with only a table downloads; and
// the peers re-bundled with the same Vite/minifier from their npm packages, so the comparison is like for like.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** ODS Widgets' own published figure (not rebuilt here): ods-widgets.min.js of v2.1.2. */
export const ODS_WIDGETS = { name: 'ODS Widgets 2.1.2 (published figure)', min: 1_293_166, gzip: 181_949 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function sizeOf(files) {
  let min = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = Buffer.from(f.type === 'chunk' ? f.code : f.source);
    min += buf.length;
    gzip += gz(buf);
  }
  return { min, gzip, files: files.map((f) => f.fileName).sort() };
}

/** Vite build of `input` entries (no write), returning the output bundle keyed by file name. */
async function bundle(input, { useProjectConfig }) {
  const outDir = mkdtempSync(join(tmpdir(), 'od-bench-'));
  try {
    const result = await build({
      root: ROOT,
      configFile: useProjectConfig ? join(ROOT, 'vite.config.ts') : false,
      logLevel: 'silent',
      build: {
        lib: false,
        write: false,
        outDir,
        minify: true,
        sourcemap: false,
        target: 'es2022',
        modulePreload: false,
        chunkSizeWarningLimit: 100_000,
        rollupOptions: { input, preserveEntrySignatures: 'exports-only' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    return new Map(outputs.map((o) => [o.fileName, o]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Every file a page loads eagerly from `entry`: the entry, its static imports, their imported assets. */
function staticClosure(files, entryName) {
  const entry = [...files.values()].find((f) => f.type === 'chunk' && f.isEntry && f.name === entryName);
  if (!entry) throw new Error(`no entry ${entryName}`);
  return closure(files, [entry.fileName], false);
}

function closure(files, start, followDynamic, stop = new Set()) {
  const seen = new Set();
  const stack = [...start];
  while (stack.length) {
    const name = stack.pop();
    if (seen.has(name) || stop.has(name)) continue;
    seen.add(name);
    const f = files.get(name);
    if (!f || f.type !== 'chunk') continue;
    stack.push(...f.imports, ...(followDynamic ? f.dynamicImports : []));
    stack.push(...(f.viteMetadata?.importedAssets ?? []), ...(f.viteMetadata?.importedCss ?? []));
  }
  return seen;
}

/** What every page loads: the entry's static closure and the core chunk it imports at once (src/autoload-core.ts). */
function coreClosure(files, entryName) {
  const entry = staticClosure(files, entryName);
  const core = [...files.values()].find((f) => f.type === 'chunk' && Object.keys(f.modules ?? {}).some((id) => /src[\\/]autoload-core\.ts$/.test(id)));
  return core ? new Set([...entry, ...closure(files, [core.fileName], false)]) : entry;
}

/** Lazy files (not in `core`) whose modules match `test`, plus everything they load that is not core. */
function lazyGroup(files, core, test) {
  const roots = [...files.values()]
    .filter((f) => f.type === 'chunk' && !core.has(f.fileName) && Object.keys(f.modules ?? {}).some(test))
    .map((f) => f.fileName);
  // Not through the core: it imports every element lazily.
  return closure(files, roots, true, core);
}

const pick = (files, names) => [...names].map((n) => files.get(n)).filter(Boolean);

/** The largest contributors to a set of chunks, by package (node_modules) or by source folder, in minified bytes. */
function breakdown(files, names, top = 8) {
  const by = new Map();
  for (const f of pick(files, names)) {
    for (const [id, m] of Object.entries(f.modules ?? {})) {
      const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1];
      // Rollup's virtual modules start with a NUL byte: keep the report plain text.
      const key = pkg ?? id.replace(ROOT + '/', '').replace(/\0/g, '').replace(/[\\/][^\\/]+$/, '/');
      by.set(key, (by.get(key) ?? 0) + (m.renderedLength ?? 0));
    }
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, bytes]) => ({ name, bytes }));
}

/** Measures the library and the peers. Returns rows `{ name, min, gzip, files?, note? }`. */
export async function measureSizes() {
  const ours = await bundle(
    { full: join(ROOT, 'src/autoload.ts'), table: join(ROOT, 'bench/entries/table-only.ts') },
    { useProjectConfig: existsSync(join(ROOT, "portal/server.ts")) },
  );
  const core = coreClosure(ours, 'full');
  const isChart = (id) => /[\\/](vega[^\\/]*|d3-[^\\/]*)[\\/]|elements[\\/]chart[\\/]/.test(id);
  const isMap = (id) => /[\\/]maplibre-gl[\\/]|elements[\\/]map[\\/]/.test(id);
  // The OSM opening-hours parser: loaded only for an `opening_hours` field of <od-records>.
  const isHours = (id) => /[\\/](opening_hours|i18next|suncalc)[\\/]/.test(id);
  const hours = lazyGroup(ours, core, isHours);
  const records = new Set([...lazyGroup(ours, core, (id) => /elements[\\/]records[\\/]records\.ts$/.test(id))].filter((n) => !hours.has(n)));
  // Before its first cards the element needs its chunk and what that imports statically; the .ics writer and the
  // hours code (only for a dataset with hours) are dynamic imports, loaded later or beside the records.
  const recordsRoots = [...ours.values()].filter((f) => f.type === 'chunk' && !core.has(f.fileName)
    && Object.keys(f.modules ?? {}).some((id) => /elements[\\/]records[\\/]records\.ts$/.test(id))).map((f) => f.fileName);
  const recordsFirst = closure(ours, recordsRoots, false, core);
  const recordsOwn = new Set([...recordsFirst].filter((n) => Object.keys(ours.get(n)?.modules ?? {}).some((id) => /elements[\\/]records[\\/]/.test(id))));
  const chart = lazyGroup(ours, core, isChart);
  const map = lazyGroup(ours, core, isMap);
  // maplibre's worker is emitted as a plain asset beside its chunk (not an import): it belongs to the map.
  for (const name of ours.keys()) if (!core.has(name) && /maplibre/i.test(name)) map.add(name);
  const allLazy = new Set([...ours.keys()].filter((n) => !core.has(n) && !staticClosure(ours, 'table').has(n)));
  // Theme style sheets are optional files a page links itself, not code: left out.
  const other = new Set([...allLazy].filter((n) => !chart.has(n) && !map.has(n) && !hours.has(n) && !n.startsWith('themes/')));
  // Everything but the chart and the map: the core plus every other element's lazy chunk (catalogue, sanitiser…).
  const noChartMap = new Set([...closure(ours, [...core], true)].filter((n) => !chart.has(n) && !map.has(n) && !hours.has(n) && !n.startsWith('themes/')));
  const rows = [
    { name: 'opendata-widgets: core (every page: entry, <od-dataset>, Lit, API client)', ...sizeOf(pick(ours, core)), breakdown: breakdown(ours, core) },
    { name: 'opendata-widgets: every element but chart and map (core + their lazy chunks)', ...sizeOf(pick(ours, noChartMap)), breakdown: breakdown(ours, noChartMap) },
    { name: 'opendata-widgets: chart chunk (lazy)', ...sizeOf(pick(ours, chart)) },
    { name: 'opendata-widgets: map chunk (lazy: maplibre, its worker, bundled boundaries)', ...sizeOf(pick(ours, map)) },
    { name: 'opendata-widgets: od-records chunk (lazy: its own code before its first cards, incl. the detail/template chunk shared with the table; the .ics writer and the hours code load later)', ...sizeOf(pick(ours, recordsOwn)) },
    { name: 'opendata-widgets: od-records page beyond the core (with the chunks it shares with other elements; without the opening-hours parser)', ...sizeOf(pick(ours, records)), breakdown: breakdown(ours, records) },
    { name: 'opendata-widgets: opening-hours parser (lazy, only for an OSM opening_hours field)', ...sizeOf(pick(ours, hours)) },
    { name: 'opendata-widgets: page with only a table', ...sizeOf(pick(ours, staticClosure(ours, 'table'))) },
  ];
  if (other.size) rows.push({ name: 'opendata-widgets: other lazy chunks', ...sizeOf(pick(ours, other)) });

  mkdirSync(join(ROOT, '.test-tmp'), { recursive: true });
  const peerDir = mkdtempSync(join(ROOT, '.test-tmp', 'bench-peers-')); // inside the project: resolves node_modules
  try {
    const peers = [
      ['@opendatasoft/visualizations 0.7.3 (all, with chart.js, luxon, markdown-it…; + CSS)', '@opendatasoft/visualizations', '@opendatasoft/visualizations/dist/index.css'],
      ['@gouvfr/dsfr-chart 2.0.4 (all charts, with Vue; + CSS, without the DSFR itself)', '@gouvfr/dsfr-chart', '@gouvfr/dsfr-chart/css'],
      ['@gouvfr/dsfr-chart 2.0.4 (BarChart only; + CSS)', '@gouvfr/dsfr-chart/BarChart', '@gouvfr/dsfr-chart/BarChart/css'],
    ];
    for (const [name, spec, css] of peers) {
      const entry = join(peerDir, `${name.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(entry, `export * from '${spec}';\nimport '${css}';\n`);
      try {
        const files = await bundle({ peer: entry }, { useProjectConfig: false });
        rows.push({ name, ...sizeOf(pick(files, closure(files, [...files.values()].filter((f) => f.isEntry).map((f) => f.fileName), true))) });
      } catch (e) {
        rows.push({ name, min: NaN, gzip: NaN, note: `not measured: ${String(e.message).split('\n')[0]}` });
      }
    }
  } finally {
    rmSync(peerDir, { recursive: true, force: true });
  }
  rows.push({ ...ODS_WIDGETS, note: 'published figure, not rebuilt (its libraries load from third-party CDNs on top)' });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await measureSizes()) console.log(r.name.padEnd(72), String(r.min).padStart(9), String(r.gzip).padStart(8), r.files?.join(' ') ?? r.note ?? '');
}
