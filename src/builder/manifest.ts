// Reads custom-elements.json (Custom Elements Manifest) into the short shape the docs, the stories and the
// builder use. Pure: no DOM, usable from Node (docs generator, tests) and the browser.

export interface DocItem { name: string; description: string; type?: string; default?: string }
export interface ElementDoc {
  tag: string;
  className: string;
  summary: string;
  description: string;
  attributes: (DocItem & { property?: string })[];
  events: DocItem[];
  slots: DocItem[];
  parts: DocItem[];
  cssProperties: DocItem[];
}

interface Json { [k: string]: any }

const item = (x: Json): DocItem => ({
  name: String(x.name ?? ''),
  description: String(x.description ?? '').replace(/\s+/g, ' ').trim(),
  ...(x.type?.text ? { type: String(x.type.text) } : {}),
  ...(x.default !== undefined ? { default: String(x.default) } : {}),
});

/** Every custom element of a manifest, sorted by tag. Events named after a constant are left out. */
export function elementsOf(manifest: Json): ElementDoc[] {
  const out: ElementDoc[] = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out.push({
        tag: d.tagName,
        className: d.name,
        summary: String(d.summary ?? '').trim(),
        description: String(d.description ?? '').replace(/\n(?!\n)/g, ' ').trim(),
        attributes: (d.attributes ?? []).map((a: Json) => ({ ...item(a), property: a.fieldName })),
        // The analyzer also lists `dispatchEvent(new CustomEvent(CONSTANT…))` under the constant's name.
        events: (d.events ?? []).filter((e: Json) => /^[a-z][a-z0-9-]*$/.test(e.name ?? '')).map(item),
        slots: (d.slots ?? []).map(item),
        parts: (d.cssParts ?? []).map(item),
        cssProperties: (d.cssProperties ?? []).map(item),
      });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Whether an attribute takes no value (present = on). */
export const isBoolean = (a: DocItem): boolean => a.type === 'boolean';
/** Whether an attribute is a number. */
export const isNumber = (a: DocItem): boolean => /^number(\s*\|\s*undefined)?$/.test(a.type ?? '');
