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
    if (!ALLOWED.has(url.protocol)) return undefined;
    // A mail link from data goes to its address only: no hidden `?cc=…&bcc=…&body=…` behind readable text.
    return url.protocol === 'mailto:' ? `mailto:${url.pathname}` : url.href;
  } catch {
    return undefined;
  }
}

/** Bidi controls (embeddings, overrides, isolates, marks) that can make text read differently from what it is. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every bidi control written visibly as `⟨U+202E⟩`, for text that says where a link or file leads. */
export function showControls(s: string): string {
  return s.replace(BIDI_CONTROLS, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
