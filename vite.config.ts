import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };
import { thirdPartyLicences } from './scripts/third-party-licences.mjs';

/** Said first in the bundle's notice: the one LGPL part is a file of its own, loaded only when needed. */
const LGPL_NOTE = 'opening_hours (LGPL-3.0-only) is its own lazy chunk, loaded only by <od-records> for an OpenStreetMap ' +
  'opening_hours field. You may replace that file with your own build of the same or a modified opening_hours ' +
  '(LGPL-3.0 section 4): nothing else in the bundle depends on its contents.';

/** Mounts the local Explore API v2.1 portal into Vite's dev server: one process, one origin. */
function localPortal(): Plugin {
  return {
    name: 'od-local-portal',
    async configureServer(server) {
      // Loaded only by the dev server (through tsx): `vite build` must not need the portal.
      const { tsImport } = await import('tsx/esm/api');
      const { createPortalHandler } = await tsImport('./portal/server.ts', import.meta.url);
      const synthetic = Number(process.env.OD_SYNTHETIC ?? 20000);
      // First in the stack: Vite's own CORS middleware would answer the API's preflights, echoing any header,
      // where a real portal refuses headers outside its list.
      server.middlewares.stack.unshift({ route: '', handle: createPortalHandler({ synthetic }) });
    },
  };
}

/**
 * After the bundle: copies themes/*.css to dist/themes, then builds the iframe page (dist/embed.html +
 * embed.js, which imports ./opendata-widgets.js instead of sharing chunks with it), the host resize script
 * and the npm build, each in its own pass so the bundle stays one file plus its lazy chunks.
 */
function distAssets(): Plugin {
  return {
    name: 'od-dist-assets',
    apply: 'build',
    generateBundle() {
      const themes = existsSync('themes') ? readdirSync('themes').filter((f) => f.endsWith('.css')) : [];
      for (const f of themes) this.emitFile({ type: 'asset', fileName: `themes/${f}`, source: readFileSync(`themes/${f}`, 'utf8') });
    },
    async closeBundle() {
      await build({ configFile: 'vite.config.ts', mode: 'embed', logLevel: 'warn' });
      await build({ configFile: 'vite.config.ts', mode: 'npm', logLevel: 'warn' });
    },
  };
}

/**
 * Embed pass: `../define.js` and `../autoload.js` stay imports of the bundle; writes dist/embed.html from the dev page, and the
 * hosted builder (dist/builder.html from demo/builder.html, pointing at the files beside it).
 */
function embedPage(): Plugin {
  return {
    name: 'od-embed-page',
    enforce: 'pre',
    resolveId(source, importer) {
      if ((source === '../define.js' || source === '../autoload.js') && /src\/(embed\/embed-page|builder\/define-builder)\.ts$/.test(importer?.replace(/\\/g, '/') ?? '')) {
        return { id: './opendata-widgets.js', external: true };
      }
      return null;
    },
    generateBundle() {
      const page = readFileSync('src/embed/embed.html', 'utf8')
        .replace('./embed-page.ts', './embed.js')
        .replace('../../themes/', './themes/');
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
      const builder = readFileSync('demo/builder.html', 'utf8')
        .replace('/src/builder/define-builder.ts', './builder.js')
        .replace(/<p><a href="\.\/index\.html">[^<]*<\/a><\/p>/, '')
        .replaceAll('href="/themes/', 'href="./themes/')
        .replace('href="/demo/favicon.svg"', 'href="./favicon.svg"')
        .replace('bundle-url="/dist/opendata-widgets.js"', 'bundle-url="./opendata-widgets.js"')
        .replace('embed-url="/dist/embed.html"', 'embed-url="./embed.html"')
        .replace('resize-url="/dist/od-resize.js"', 'resize-url="./od-resize.js"')
        .replace('themes-url="/dist/themes/"', 'themes-url="./themes/"')
        .replace('manifest-url="/custom-elements.json"', 'manifest-url="./custom-elements.json"')
        .replace(/<!-- The code points at the built files[^>]*-->/, '<!-- Set portal="…" to your portal; the other URLs are the files beside this page. -->');
      this.emitFile({ type: 'asset', fileName: 'builder.html', source: builder });
      this.emitFile({ type: 'asset', fileName: 'builder.css', source: readFileSync('demo/builder.css', 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'favicon.svg', source: readFileSync('demo/favicon.svg', 'utf8') });
      if (existsSync('custom-elements.json')) {
        this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: readFileSync('custom-elements.json', 'utf8') });
      }
    },
  };
}

/**
 * maplibre-gl 6 starts its worker from `new URL('./maplibre-gl-worker.mjs', import.meta.url)`: emit that file beside
 * every chunk holding maplibre (or our loader, which shares its chunk), and tell the loader so (strict CSP pages
 * then get a same-origin worker through a Trusted Types policy, see src/elements/map/maplibre-loader.ts).
 */
function maplibreWorker(): Plugin {
  const worker = 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs';
  return {
    name: 'od-maplibre-worker',
    apply: 'build',
    config: () => ({ define: { __OD_MAPLIBRE_WORKER_BESIDE__: 'true' } }),
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const ids = chunk.moduleIds ?? Object.keys(chunk.modules);
        if (ids.some((id) => /maplibre-gl[\\/]dist[\\/]maplibre-gl\.mjs$|maplibre-loader\.ts$/.test(id))) {
          dirs.add(chunk.fileName.includes('/') ? chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1) : '');
        }
      }
      for (const dir of dirs) this.emitFile({ type: 'asset', fileName: `${dir}maplibre-gl-worker.mjs`, source: readFileSync(worker) });
    },
  };
}

/** Room for the preload plan in the built entry (characters); the build fails if the plan outgrows it. */
const PLAN_ROOM = 2048;

/**
 * The CDN entry's preload plan (src/autoload.ts): per tag, the files its element needs before its first render —
 * its chunk, the chunks that chunk imports, and the chart's and the map's engines (vega; maplibre and the bundled
 * boundaries of the default basemap) — less the core,
 * which the entry loads anyway (the chunks the core imports are listed as `core`). Written in place of a placeholder string of the same length (the entry's source
 * map stays exact). Elements are `src/elements/<name>/<name>.ts`, tag `od-<name>` (docs/architecture.md).
 */
function preloadPlan(): Plugin {
  const placeholder = '#'.repeat(PLAN_ROOM);
  // The engines, and the map's bundled boundaries (its default basemap): imported lazily, needed for the first render.
  const engine = /node_modules[\\/](vega[^\\/]*|maplibre-gl)[\\/]|maplibre-loader\.ts$|elements[\\/]map[\\/]boundaries[\\/]/;
  return {
    name: 'od-preload-plan',
    apply: 'build',
    config: () => ({ define: { __OD_PRELOAD__: JSON.stringify(placeholder) } }),
    buildStart() {
      coreModules = undefined; // found again in this build's graph
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      const entry = chunks.get('opendata-widgets.js');
      if (!entry) return; // another entry (the bench's size builds)
      const closure = (start: string[], follow: (file: string) => string[] = () => []) => {
        const seen = new Set<string>();
        const stack = [...start];
        while (stack.length) {
          const f = stack.pop()!;
          if (seen.has(f) || !chunks.has(f)) continue;
          seen.add(f);
          stack.push(...chunks.get(f)!.imports, ...follow(f));
        }
        return seen;
      };
      const core = [...chunks.values()].find((c) => (c.moduleIds ?? Object.keys(c.modules)).includes(CORE));
      if (!core) throw new Error('od-preload-plan: no core chunk (src/autoload-core.ts)');
      const always = closure([entry.fileName, core.fileName]);
      // What the core itself imports (the bundler's runtime helpers): preloaded with it, under the name `core`.
      const coreImports = [...closure([core.fileName])].filter((f) => f !== core.fileName).sort();
      const isEngine = (f: string) => (chunks.get(f)!.moduleIds ?? Object.keys(chunks.get(f)!.modules)).some((id) => engine.test(id));
      const files: string[] = [];
      const indexOf = (f: string) => (files.includes(f) ? files.indexOf(f) : files.push(f) - 1);
      const tags: string[] = [`core:${coreImports.map(indexOf).join('.')}`];
      for (const c of chunks.values()) {
        const name = /\/src\/elements\/([^/]+)\/\1\.ts$/.exec(c.facadeModuleId?.replace(/\\/g, '/') ?? '')?.[1];
        if (!name) continue;
        // Its static imports, and through them the engines it imports lazily (not the other lazy chunks).
        const need = closure([c.fileName], (f) => chunks.get(f)!.dynamicImports.filter((d) => chunks.has(d) && isEngine(d)));
        const own = [...need].filter((f) => !always.has(f)).sort();
        tags.push(`od-${name}:${own.map(indexOf).join('.')}`);
      }
      const plan = [files.join(','), ...tags].join('|');
      if (plan.length > PLAN_ROOM) throw new Error(`od-preload-plan: the plan (${plan.length} characters) outgrows PLAN_ROOM (${PLAN_ROOM})`);
      if (!entry.code.includes(placeholder)) throw new Error('od-preload-plan: placeholder not found in the entry');
      entry.code = entry.code.replaceAll(placeholder, plan.padEnd(PLAN_ROOM, ' '));
    },
  };
}

/** The modules the CDN core (src/autoload-core.ts) imports statically, found once per build. */
let coreModules: Set<string> | undefined;
const CORE = fileURLToPath(new URL('./src/autoload-core.ts', import.meta.url));
function inCore(id: string, ctx: { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }): boolean {
  if (!coreModules) {
    const start = [CORE];
    coreModules = new Set();
    while (start.length) {
      const m = start.pop()!;
      if (coreModules.has(m)) continue;
      coreModules.add(m);
      start.push(...(ctx.getModuleInfo(m)?.importedIds ?? []));
    }
  }
  return coreModules.has(id);
}

/**
 * The CDN bundle: an entry with no static import (src/autoload.ts), one core chunk with everything the core imports
 * (a single request, not one per shared module), and each element's code in a lazy chunk loaded when its tag appears.
 * Lazy chunks never import the entry: a page may load it with a query string (WordPress adds `?ver=`).
 */
const cdnBuild: UserConfig['build'] = {
  lib: { entry: { 'opendata-widgets': 'src/autoload.ts' }, formats: ['es'] },
  outDir: 'dist',
  sourcemap: true,
  chunkSizeWarningLimit: 1500,
  // Fully minified (Vite keeps whitespace in ES libraries by default): these files are served as is from a CDN.
  rollupOptions: {
    output: {
      chunkFileNames: 'chunks/[name]-[hash].js', minify: true,
      codeSplitting: { groups: [{ name: (id, ctx) => (inCore(id, ctx) ? 'core' : null) }] },
    },
  },
};

const embedBuild: UserConfig['build'] = {
  lib: {
    entry: { embed: 'src/embed/embed-page.ts', 'od-resize': 'src/embed/host-resize.ts', builder: 'src/builder/define-builder.ts' },
    formats: ['es'],
  },
  outDir: 'dist',
  emptyOutDir: false,
  sourcemap: true,
  rollupOptions: { output: { chunkFileNames: 'chunks/embed-[name]-[hash].js', minify: true } },
};

/** The npm build: same modules, dependencies left to the consumer's bundler (one copy of lit). */
const deps = Object.keys(pkg.dependencies);
const npmBuild: UserConfig['build'] = {
  lib: { entry: { index: 'src/index.ts', define: 'src/define.ts', api: 'src/api/index.ts' }, formats: ['es'] },
  outDir: 'dist/npm',
  emptyOutDir: true,
  sourcemap: true,
  rollupOptions: {
    // `?inline` CSS (maplibre's) is bundled as a string: consumers' bundlers may not know Vite's query.
    external: (id) => !id.includes('?') && deps.some((d) => id === d || id.startsWith(`${d}/`)),
    output: { chunkFileNames: 'chunks/[name]-[hash].js' },
  },
};

export default defineConfig(({ command, mode }) => ({
  plugins: [localPortal(), ...(mode === 'embed' ? [embedPage(), thirdPartyLicences('third-party-licences-embed.txt')] : mode === 'npm' ? []
    : [distAssets(), maplibreWorker(), preloadPlan(), thirdPartyLicences('third-party-licences.txt', LGPL_NOTE)])],
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  // Libraries read process.env.NODE_ENV; the bundle runs in browsers without `process`.
  ...(command === 'build' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
  build: mode === 'embed' ? embedBuild : mode === 'npm' ? npmBuild : cdnBuild,
}));
