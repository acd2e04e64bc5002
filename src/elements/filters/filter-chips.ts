import { cut, isolate } from '../../core/format.js';
import type { ViewState } from '../../core/view-state.js';
import type { DateRange } from '../../core/date-range.js';
import { parsePairs } from '../dataset/url-state.js';
import type { filtersMessages } from './filters.i18n.js';

type Messages = (typeof filtersMessages)['fr'];

/** Longest value shown in a chip (the whole value stays in the filter). */
const CHIP_TEXT = 80;
/** A value as a chip shows it: cut, and isolated so its bidi controls cannot reorder the chip's sentence. */
const shown = (s: string) => isolate(cut(s, CHIP_TEXT).text);

/** One active filter: its text and, for the visitor's own filters, how to remove it. */
export interface Chip {
  key: string;
  label: string;
  /** The field and the value as `label` shows it, when the chip names a value (so it can carry its language). */
  value?: { field: string; text: string };
  remove?: { kind: 'q' } | { kind: 'refine' | 'exclude'; field: string; value: string } | { kind: 'date'; field: string };
}

/** The visitor's filters, in the order they read: search, choices, exclusions. */
export function visitorChips(
  s: ViewState,
  labelOf: (field: string) => string,
  t: Messages,
  valueOf: (field: string, value: string) => string = (_f, v) => v,
  dateText?: (field: string, r: DateRange) => string,
): Chip[] {
  const chips: Chip[] = [];
  if (s.q) chips.push({ key: 'q', label: t.search(shown(s.q)), remove: { kind: 'q' } });
  for (const [field, values] of Object.entries(s.refine))
    for (const value of values)
      chips.push({ key: `r|${field}|${value}`, label: t.choice(shown(labelOf(field)), shown(valueOf(field, value))), value: { field, text: shown(valueOf(field, value)) }, remove: { kind: 'refine', field, value } });
  for (const [field, values] of Object.entries(s.exclude))
    for (const value of values)
      chips.push({ key: `e|${field}|${value}`, label: t.exclusion(shown(labelOf(field)), shown(valueOf(field, value))), value: { field, text: shown(valueOf(field, value)) }, remove: { kind: 'exclude', field, value } });
  for (const [field, r] of Object.entries(s.dates ?? {}))
    if (dateText) chips.push({ key: `d|${field}`, label: t.choice(shown(labelOf(field)), shown(dateText(field, r))), remove: { kind: 'date', field } });
  return chips;
}

/** The page's base filters (attributes of `<od-dataset>`): shown, never removable. */
export function baseChips(
  attrs: { q?: string | null; where?: string | null; refine?: string | null; exclude?: string | null; commune?: string | null },
  labelOf: (field: string) => string,
  t: Messages,
  valueOf: (field: string, value: string) => string = (_f, v) => v,
): Chip[] {
  const chips: Chip[] = [];
  if (attrs.commune) chips.push({ key: 'b|commune', label: t.commune(attrs.commune) });
  for (const [f, v] of parsePairs(attrs.refine)) chips.push({ key: `b|r|${f}|${v}`, label: t.choice(labelOf(f), valueOf(f, v)), value: { field: f, text: valueOf(f, v) } });
  for (const [f, v] of parsePairs(attrs.exclude)) chips.push({ key: `b|e|${f}|${v}`, label: t.exclusion(labelOf(f), valueOf(f, v)), value: { field: f, text: valueOf(f, v) } });
  if (attrs.q) chips.push({ key: 'b|q', label: t.search(attrs.q) });
  if (attrs.where) chips.push({ key: 'b|where', label: t.where(attrs.where) });
  return chips;
}
