// What the block editor reuses from the library, built by scripts/build-wordpress.mjs into
// assets/bundle/od-editor-lib.js: the builder's schema checks and manifest reader, its presets, and the API
// client that reads the catalogue and a dataset's fields. Nothing is written twice.
export { checkFieldValue, suggestions, fieldKind } from '../../../src/builder/schema-check.js';
export { elementsOf, isBoolean, isNumber } from '../../../src/builder/manifest.js';
export { PRESETS, presetOf } from '../../../src/builder/presets.js';
export { getClient, catalog } from '../../../src/api/index.js';
