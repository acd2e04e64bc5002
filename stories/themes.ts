// Every theme in themes/ (each scoped to its class `od-theme-<name>`), loaded once for all stories.
const files = import.meta.glob('../themes/*.css', { eager: true });

export const THEMES = Object.keys(files).map((f) => f.replace(/^.*\/([^/]+)\.css$/, '$1')).sort();
