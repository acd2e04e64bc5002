/**
 * ODSQL helpers: build `where`/`select` fragments from untrusted values without injection.
 * Rule: a visitor's text only ever enters ODSQL through `str()` (one string literal) or `field()`.
 * All functions are pure.
 */

/** A value that can be written as an ODSQL literal. */
export type OdsqlValue = string | number | boolean | null | Date;

/**
 * Quotes `text` as one double-quoted ODSQL string literal. Backslashes and double quotes are
 * backslash-escaped, so `it's "x" OR 1=1` stays a single literal and can never close it early.
 */
export function str(text: string | number): string {
  return `"${String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** ODSQL reserved words (spec §Lexical): such names must be back-quoted. */
const RESERVED = new Set(('and as asc avg by count date_format day dayofweek desc distinct equi false group hour ifnull '
  + 'in is like not or limit lower max millisecond min minute month null quarter range search second select sum '
  + 'to top true upper where year').split(' '));

const quote = (s: string) => `\`${s.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;

/**
 * Back-quotes a field name (needed for reserved words and all-digit names, harmless otherwise).
 * A dotted catalog name of plain segments (`default.modified`) is left bare, as the API documents
 * it; any other dotted name (`custom.data-owner`) is quoted whole.
 */
export function field(name: string): string {
  const parts = name.split('.');
  const plain = parts.length > 1 && parts.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) && !RESERVED.has(p.toLowerCase()));
  return plain ? name : quote(name);
}

const DATE_RE = /^\d{4}(?:[-/]\d{2}(?:[-/]\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * A date literal `date'…'`. Accepts a Date (written as ISO-8601 UTC) or an ISO / `YYYY/MM/DD`
 * string; anything else throws a TypeError (it would otherwise be pasted into the query).
 */
export function dateLit(d: Date | string): string {
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) throw new TypeError('dateLit: invalid Date');
    return `date'${d.toISOString()}'`;
  }
  const s = String(d).trim();
  if (!DATE_RE.test(s)) throw new TypeError(`dateLit: not a date: ${JSON.stringify(s)}`);
  return `date'${s}'`;
}

/** Any value as a literal: strings quoted, finite numbers as written, booleans, null, dates. */
export function lit(value: OdsqlValue): string {
  if (value === null) return 'null';
  if (value instanceof Date) return dateLit(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`lit: not a finite number: ${value}`);
    return String(value);
  }
  return str(value);
}

type Part = string | null | undefined | false;

function join(op: 'AND' | 'OR', parts: Part[]): string {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (kept.length === 1) return kept[0];
  return kept.map((p) => `(${p})`).join(` ${op} `);
}

/** ANDs the non-empty parts, each parenthesised; '' when there is none (callers then skip `where`). */
export function and(...parts: Part[]): string {
  return join('AND', parts);
}

/** ORs the non-empty parts, each parenthesised; '' when there is none. */
export function or(...parts: Part[]): string {
  return join('OR', parts);
}

/** Negation: `not(expr)`. */
export function not(expr: string): string {
  return `not(${expr})`;
}

/** `field = value` with the value as a literal. */
export function eq(name: string, value: OdsqlValue): string {
  return value === null ? `${field(name)} is null` : `${field(name)} = ${lit(value)}`;
}

/**
 * `field IN (v1, v2, …)`. An empty list matches nothing, written `false` so the query stays valid.
 */
export function inList(name: string, values: readonly OdsqlValue[]): string {
  if (values.length === 0) return 'false';
  return `${field(name)} IN (${values.map(lit).join(', ')})`;
}

/**
 * Full-text search `search([fields,] "text")`: fuzzy, case-insensitive. Empty text gives ''
 * (no filter) so a cleared search box removes the condition.
 */
export function search(text: string, fields?: readonly string[]): string {
  if (text.trim() === '') return '';
  const scope = fields && fields.length ? `${fields.map(field).join(', ')}, ` : '';
  return `search(${scope}${str(text)})`;
}
