// The builder's widgets, in the registry's order (src/registry.ts holds the labels and example attributes).
import { ENTRIES, type WidgetPreset as Preset } from '../registry.js';

export interface WidgetPreset extends Preset {
  tag: string;
}

export const PRESETS: WidgetPreset[] = ENTRIES.flatMap(([tag, e]) => (e.preset ? [{ tag, ...e.preset }] : []));

export const presetOf = (tag: string): WidgetPreset | undefined => PRESETS.find((p) => p.tag === tag);
