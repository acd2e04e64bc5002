// The npm entry `define.js`: registers every tag of the registry before its importers run (top-level await).
// The CDN bundle's entry is `autoload.ts`, which registers each tag only when it appears.
import { defineElement } from './core/register.js';
import { ENTRIES } from './registry.js';

await Promise.all(ENTRIES.map(([tag, entry]) => entry.load().then((ctor) => defineElement(tag, ctor))));

// Brings the registry's `HTMLElementTagNameMap` entries to `define.js` importers.
export type { OdTagNameMap } from './registry.js';
