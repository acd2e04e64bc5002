// The CDN bundle's entry (`dist/opendata-widgets.js`): a small first file with no static import, so that it runs
// as soon as it arrives. It starts, all at once, the core (`autoload-core.ts`: <od-dataset>, Lit, the API client,
// the lazy registration of every tag) and, through `<link rel="modulepreload">`, the code of the tags already in
// the page: each element's chunk, the chunks it imports and, for the chart and the map, their engine. No element
// then waits for a chain of imports (entry → core → element → its imports) before its first render.
// The list of files per tag is written into the built entry by vite.config.ts (`preloadPlan`); without it (dev
// server, tests) nothing is preloaded and the imports load as they are met.
declare const __OD_PRELOAD__: string | undefined;

interface PreloadPlan {
  /** Files relative to this entry. */
  files: string[];
  /** Per tag, the indexes of its files; `core`: the chunks the core imports. */
  tags: Record<string, number[]>;
}

/** `file,file,…|od-tag:0.3.4|od-other:1.2` (no quote: it replaces a string literal of the built entry in place). */
function readPlan(): PreloadPlan | undefined {
  const raw = typeof __OD_PRELOAD__ === 'string' ? __OD_PRELOAD__.trim() : '';
  if (!raw.includes('|')) return undefined;
  const [files, ...tags] = raw.split('|');
  return {
    files: files.split(','),
    tags: Object.fromEntries(tags.map((t) => t.split(':')).map(([tag, ix]) => [tag, ix ? ix.split('.').map(Number) : []])),
  };
}

const plan = readPlan();
const preloaded = new Set<string>();

/** Starts downloading the code of `tag` (once per file; the module map shares it with the later import). */
function preload(tag: string): void {
  if (!plan || !Object.hasOwn(plan.tags, tag)) return;
  for (const i of plan.tags[tag]) {
    const href = new URL(plan.files[i], import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

// The chunks the core imports, beside it; then the tags of the first HTML (a module script runs once the page is
// parsed: they are all there).
preload('core');
if (plan) for (const tag of Object.keys(plan.tags)) if (tag.startsWith('od-') && document.querySelector(tag)) preload(tag);

// Two copies on one page (two versions, or one under two URLs): each entry runs in document order, but their cores
// would race. Each core waits for the one of the copy before it, so the first script of the page wins, always.
const page = globalThis as { __odWidgetsCore?: Promise<unknown> };
const before = page.__odWidgetsCore ?? Promise.resolve();
const core = before.then(() => import('./autoload-core.js')).then(
  (m) => {
    m.usePreload(preload);
    return m;
  },
  (error) => {
    console.error('[opendata-widgets] le cœur de la bibliothèque n’a pas pu être chargé :', error);
    return undefined;
  },
);

page.__odWidgetsCore = core;

/** Loads and defines one tag (once); resolves when it is defined. Never rejects into the page. */
export const load = (tag: string): Promise<void> => core.then((m) => m?.load(tag));

/**
 * Defines the tags used under `root`. Called for the document and for every added subtree; call it yourself for
 * widgets you put inside your own shadow roots.
 */
export const discover = (root: ParentNode): Promise<void> => core.then((m) => m?.discover(root));
