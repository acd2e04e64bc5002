// The user documentation lists every element, attribute, event, CSS part and custom property that the
// elements declare: the manifest is regenerated from the source here, then compared with docs/elements.md
// (which `npm run docs` writes). A new attribute without a docs update fails this test.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, type ElementDoc } from '../../src/builder/manifest.js';
import { elementsMarkdown } from '../../docs/build-docs.js';
import { TAGS } from '../../src/registry.js';

let elements: ElementDoc[] = [];
let committed: ElementDoc[] = [];
let docs = '';
/** Event names of the library's event map (src/core/events.ts). */
const EVENT_MAP = [...readFileSync('src/core/events.ts', 'utf8').matchAll(/^\s*'(od-[a-z-]+)':/gm)].map((m) => m[1]);
/** Heard on `document` by DatasetLink only: not an event of an element's public surface. */
const INTERNAL_EVENTS = ['od-dataset-connected'];

/** The part of docs/elements.md about one tag (from its heading to the next element heading). */
function section(markdown: string, tag: string): string {
  const start = markdown.indexOf(`\n## ${tag}\n`);
  if (start < 0) return '';
  const next = markdown.indexOf('\n## ', start + 4);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe('docs/elements.md', () => {
  before(() => {
    // The analyzer joins --outdir to the working directory: keep it under node_modules/.cache.
    const out = join('node_modules', '.cache', 'od-docs-test');
    execFileSync(join('node_modules', '.bin', 'cem'), ['analyze', '--outdir', out], { stdio: 'ignore' });
    elements = elementsOf(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')));
    committed = elementsOf(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
    docs = existsSync('docs/elements.md') ? readFileSync('docs/elements.md', 'utf8') : '';
  });

  it('the manifest generated from the source has exactly the registered elements', () => {
    assert.deepEqual(elements.map((e) => e.tag).sort(), [...TAGS].sort());
  });

  it('the committed custom-elements.json is the one the source generates (run `npm run docs`)', () => {
    assert.deepEqual(committed, elements);
  });

  it('every attribute, event, part and custom property has a description', () => {
    const bare: string[] = [];
    for (const el of elements) {
      if (!el.summary || !el.description) bare.push(`<${el.tag}> summary/description`);
      for (const [kind, list] of [['attribute', el.attributes], ['event', el.events], ['part', el.parts],
        ['custom property', el.cssProperties]] as const) {
        for (const item of list) if (!item.description) bare.push(`<${el.tag}> ${kind} ${item.name}`);
      }
    }
    assert.deepEqual(bare, []);
  });

  it('the events the elements document are the typed event map, and each is fired by one element', () => {
    const fired = elements.flatMap((e) => e.events.map((ev) => ev.name));
    assert.deepEqual([...new Set(fired)].sort(), EVENT_MAP.filter((e) => !INTERNAL_EVENTS.includes(e)).sort());
    assert.ok(fired.every((name) => /^od-[a-z]+-[a-z-]+$/.test(name)), `inconsistent names: ${fired.join(', ')}`);
  });

  it('lists every attribute, event, CSS part and custom property of every element (run `npm run docs`)', () => {
    const missing: string[] = [];
    for (const el of elements) {
      const part = section(docs, el.tag);
      if (!part) { missing.push(`<${el.tag}>`); continue; }
      for (const a of el.attributes) {
        // The attribute with its property: the row names both.
        const row = `| \`${a.name}\` | ${a.property ? `\`${a.property}\`` : ''} |`;
        if (!part.includes(row)) missing.push(`<${el.tag}> attribute ${a.name} (property ${a.property ?? 'none'})`);
      }
      for (const [kind, list] of [['event', el.events], ['part', el.parts], ['custom property', el.cssProperties]] as const) {
        for (const item of list) if (!part.includes(`| \`${item.name}\` | ${item.description.replace(/\|/g, '\\|')} |`)) missing.push(`<${el.tag}> ${kind} ${item.name}`);
      }
      if (!part.includes('```html')) missing.push(`<${el.tag}> example`);
    }
    assert.deepEqual(missing, [], `docs/elements.md is missing: ${missing.join(', ')}`);
  });

  it('a section without an attribute is detected (the check can fail)', () => {
    const el = elements.find((e) => e.attributes.length)!;
    const md = elementsMarkdown(elements.map((e) => (e === el ? { ...e, attributes: e.attributes.slice(1) } : e)));
    assert.ok(!section(md, el.tag).includes(`| \`${el.attributes[0].name}\` |`));
  });
});
