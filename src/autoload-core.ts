// The CDN bundle's core, loaded by its entry (`autoload.ts`, which starts the elements' code beside it). It
// registers <od-dataset> at once and every other tag the first time it appears in the document, loading that
// element's code then: a page with only a table downloads the core and the table, never the catalogue's
// sanitiser, the chart or the map. (The npm entry `define.js` registers every tag eagerly instead.)
import { defineElement } from './core/register.js';
import { ENTRIES, entryOf } from './registry.js';
// The core tags' code is in the main chunk (every linked page has a context): their loaders resolve at once.
import './elements/dataset/dataset.js';

const loading = new Map<string, Promise<void>>();
let preload: (tag: string) => void = () => {};

/** Set by the entry: starts the download of a tag's code (its chunks and engines) in parallel. */
export function usePreload(fn: (tag: string) => void): void {
  preload = fn;
}

/** Loads and defines one tag (once); resolves when it is defined. Never rejects into the page. */
export function load(tag: string): Promise<void> {
  const entry = entryOf(tag);
  if (!entry || customElements.get(tag)) return Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    preload(tag);
    done = entry.load()
      .then((ctor) => defineElement(tag, ctor))
      .catch((error) => {
        loading.delete(tag); // a later appearance tries again (e.g. after a network blip)
        console.error(`[opendata-widgets] <${tag}> n’a pas pu être chargé :`, error);
      });
    loading.set(tag, done);
  }
  return done;
}

/**
 * Defines the tags used under `root`. Called for the document and for every added subtree; call it yourself for
 * widgets you put inside your own shadow roots.
 */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && entryOf(root.localName)) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) if (entryOf(el.localName)) tags.add(el.localName);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

// Core tags are defined at once, even when another copy of the library did it first (defineElement then warns).
for (const [tag, entry] of ENTRIES) {
  if (entry.core) entry.load().then((ctor) => defineElement(tag, ctor), (e) => console.error(`[opendata-widgets] <${tag}> :`, e));
}
discover(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
