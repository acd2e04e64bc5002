/**
 * Serialises like Opendatasoft's backend (Python `json.dumps` defaults): `", "` and `": "` separators,
 * non-ASCII escaped as \uXXXX. Success bodies use this compact form; error bodies are pretty-printed.
 */
const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function pyString(s: string): string {
  if (PLAIN.test(s)) return '"' + s + '"';
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ESC[ch]) out += ESC[ch];
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function pyNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  return String(n);
}

export function pyJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string': return pyString(v);
    case 'number': return pyNumber(v);
    case 'boolean': return v ? 'true' : 'false';
    case 'bigint': return v.toString();
    case 'object': {
      if (Array.isArray(v)) return '[' + v.map(pyJson).join(', ') + ']';
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x !== undefined) parts.push(pyString(k) + ': ' + pyJson(x));
      }
      return '{' + parts.join(', ') + '}';
    }
    default: return 'null';
  }
}

/** Error bodies: 2-space indent, no trailing newline (as recorded). */
export function prettyJson(v: unknown): string {
  return JSON.stringify(v, null, 2).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
