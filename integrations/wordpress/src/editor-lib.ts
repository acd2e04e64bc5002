// What the block editor reuses from the library, built by scripts/build-wordpress.mjs into
// assets/bundle/od-editor-lib.js: the builder's schema checks and manifest reader, its presets, and the API
// client that reads the catalogue and a dataset's fields. Nothing is written twice: the attribute-level helpers
// below only look up the builder's option table for the given tag (labels, which attributes name fields, and how).
import { checkFieldValue as checkUse, fieldsFor, type SchemaField } from '../../../src/builder/schema-check.js';
import { specOf, type FieldUse } from '../../../src/builder/option-spec.js';
export { elementsOf, isBoolean, isNumber } from '../../../src/builder/manifest.js';
export { PRESETS, presetOf } from '../../../src/builder/presets.js';
export { getClient, catalog } from '../../../src/api/index.js';

/** The builder's option of `tag`'s `attribute`: its French label and help, and how it names fields. */
export function optionOf(tag: string, attribute: string): { label: string; help: string } | undefined {
  const spec = specOf(tag, attribute);
  return spec && !spec.hidden ? { label: spec.label.fr, help: spec.help.fr } : undefined;
}

/** How `tag`'s `attribute` names fields (the same attribute name can mean different things on two tags). */
export function fieldKind(tag: string, attribute: string): FieldUse['kind'] | undefined {
  return specOf(tag, attribute)?.field?.kind;
}

/** French problems with an attribute's value against the dataset's fields (empty: fine). */
export function checkFieldValue(tag: string, attribute: string, value: string, fields: SchemaField[]): string[] {
  const use = specOf(tag, attribute)?.field;
  return use ? checkUse(use, value, fields) : [];
}

/** Values to suggest for an attribute (a datalist). */
export function suggestions(tag: string, attribute: string, fields: SchemaField[]): string[] {
  const use = specOf(tag, attribute)?.field;
  if (!use) return [];
  const names = fieldsFor(use, fields).map((f) => f.name);
  return use.kind === 'aggregate' ? ['count(*)', ...names.map((n) => `sum(${n})`)] : names;
}
