// `npm run analyze`: custom-elements.json from the JSDoc of every element (attributes, properties, events,
// slots, CSS parts and custom properties). docs/elements.md, the stories and the builder read it.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/*.i18n.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dev: false,
};
