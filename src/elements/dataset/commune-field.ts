import type { DatasetMetadata } from '../../api/index.js';

const NAME_HINTS = [/^code_?insee$/i, /insee/i, /^codgeo$/i, /^(code_)?com(mune)?_?(code|insee)$/i, /^code_?commune$/i, /^depcom$/i];
const LABEL_HINT = /code\s*insee|code\s*(de\s*la\s*)?commune|code\s*officiel\s*g[ée]ographique/i;

/**
 * Finds the field that holds a commune's INSEE code, from the dataset's schema: by name first, then by label.
 * Returns undefined when the dataset has none (the widget then says so rather than ignore `commune`).
 */
export function findCommuneField(meta: DatasetMetadata): { name: string; numeric: boolean } | undefined {
  const fields = (meta.fields ?? []).filter((f) => ['text', 'int', 'double'].includes(f.type));
  for (const hint of NAME_HINTS) {
    const f = fields.find((x) => hint.test(x.name) && !/epci|dep|reg/i.test(x.name.replace(/^depcom$/i, '')));
    if (f) return { name: f.name, numeric: f.type !== 'text' };
  }
  const byLabel = fields.find((x) => LABEL_HINT.test(x.label ?? ''));
  return byLabel ? { name: byLabel.name, numeric: byLabel.type !== 'text' } : undefined;
}
