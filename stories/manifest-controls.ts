// What Storybook reads from custom-elements.json: the public API only (no private or static members, no
// property listed twice beside its attribute), and each attribute's control from its declared type.
import type { ArgTypes } from '@storybook/web-components-vite';

interface Json { [k: string]: any }

/** Attributes a story sets itself (through the wrapper or the context): shown in the docs, no control. */
const SET_BY_STORY = new Set(['source', 'portal', 'api-key', 'sync-url']);

/** The manifest with what the Controls and Docs tabs should show. */
export function publicManifest(manifest: Json): Json {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((m: Json) => ({
      ...m,
      declarations: (m.declarations ?? []).map((d: Json) => {
        if (!d.customElement) return d;
        const twins = new Set((d.attributes ?? []).map((a: Json) => a.fieldName).filter(Boolean));
        const members = (d.members ?? []).filter((x: Json) =>
          x.kind === 'field' && !x.static && !x.privacy && !String(x.name).startsWith('_') && !twins.has(x.name));
        return { ...d, members };
      }),
    })),
  };
}

function control(type = ''): ArgTypes[string]['control'] {
  const t = type.replace(/\|\s*undefined/g, '').trim();
  if (t === 'boolean') return 'boolean';
  if (t === 'number') return 'number';
  const literals = [...t.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (literals.length > 1) return 'select';
  return 'text';
}

/**
 * One control per attribute of `tag`, keyed by attribute name (the stories' args are attribute values), a text
 * control per CSS custom property (set on the element's style), none for CSS parts and slots.
 */
export function attributeArgTypes(manifest: Json, tag: string): ArgTypes {
  const decl = (manifest.modules ?? []).flatMap((m: Json) => m.declarations ?? []).find((d: Json) => d.tagName === tag);
  const out: ArgTypes = {};
  for (const a of decl?.attributes ?? []) {
    const type = a.type?.text ?? '';
    const literals = [...type.matchAll(/'([^']*)'/g)].map((m: RegExpMatchArray) => m[1]);
    out[a.name] = {
      name: a.name,
      description: a.description,
      control: SET_BY_STORY.has(a.name) ? false : control(type),
      ...(literals.length > 1 ? { options: literals } : {}),
      table: { category: 'attributes', type: { summary: type }, defaultValue: a.default !== undefined ? { summary: String(a.default) } : undefined },
    };
  }
  for (const c of decl?.cssProperties ?? []) {
    out[c.name] = { name: c.name, description: c.description, control: 'text', table: { category: 'css custom properties' } };
  }
  for (const p of decl?.cssParts ?? []) out[p.name] = { name: p.name, description: p.description, control: false, table: { category: 'css shadow parts' } };
  for (const s of decl?.slots ?? []) out[s.name || 'default slot'] = { name: s.name, description: s.description, control: false, table: { category: 'slots' } };
  return out;
}
