const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns an absolute URL string when `value` is an http(s), mailto or tel URL, else undefined: data and
 * attributes never become `javascript:`, `data:` or other executable links. Relative URLs resolve against `base`.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
