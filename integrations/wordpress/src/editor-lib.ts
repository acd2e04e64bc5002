// What the block editor reuses from the library, built by scripts/build-wordpress.mjs into
// assets/bundle/od-editor-lib.js: the builder's schema checks and manifest reader, its presets, and the API
// client that reads the catalogue and a dataset's fields. Nothing is written twice: the attribute-level helpers
// below only look up the builder's option table (which attributes name fields, and how).
import { checkFieldValue as checkUse, fieldsFor, type SchemaField } from '../../../src/builder/schema-check.js';
import { OPTION_SPECS, type FieldUse } from '../../../src/builder/option-spec.js';
export { elementsOf, isBoolean, isNumber } from '../../../src/builder/manifest.js';
export { PRESETS, presetOf } from '../../../src/builder/presets.js';
export { getClient, catalog } from '../../../src/api/index.js';

/** How an attribute names fields, from the builder's option table (the first element that declares it). */
export function fieldKind(attribute: string): FieldUse['kind'] | undefined {
  return useOf(attribute)?.kind;
}

function useOf(attribute: string): FieldUse | undefined {
  for (const specs of Object.values(OPTION_SPECS)) if (specs[attribute]?.field) return specs[attribute].field;
  return undefined;
}

/** French problems with an attribute's value against the dataset's fields (empty: fine). */
export function checkFieldValue(attribute: string, value: string, fields: SchemaField[]): string[] {
  const use = useOf(attribute);
  return use ? checkUse(use, value, fields) : [];
}

/** Values to suggest for an attribute (a datalist). */
export function suggestions(attribute: string, fields: SchemaField[]): string[] {
  const use = useOf(attribute);
  if (!use) return [];
  const names = fieldsFor(use, fields).map((f) => f.name);
  return use.kind === 'aggregate' ? ['count(*)', ...names.map((n) => `sum(${n})`)] : names;
}
