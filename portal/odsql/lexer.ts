/** ODSQL lexer: turns a clause into tokens carrying their source offsets (unlabelled expressions are keyed by their text). */
import { OdsqlError } from './errors.js';

export type TokType = 'id' | 'qid' | 'str' | 'num' | 'op' | 'date' | 'geom' | 'eof';
export interface Token { t: TokType; v: string; s: number; e: number }

const OPS = ['<=', '>=', '!=', '<>', '..', '=', '<', '>', '(', ')', ',', '[', ']', '*', '+', '-', '/', '%', ':'];

function readQuoted(src: string, i: number, q: string): [string, number] {
  let out = '';
  let j = i + 1;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\' && j + 1 < src.length) { out += src[j + 1]; j += 2; continue; }
    if (c === q) return [out, j + 1];
    out += c;
    j++;
  }
  throw new OdsqlError(`Unterminated string starting at position ${i}.`);
}

export function lex(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"' || c === "'") {
      const [v, j] = readQuoted(src, i, c);
      toks.push({ t: 'str', v, s: i, e: j });
      i = j;
      continue;
    }
    if (c === '`') {
      const [v, j] = readQuoted(src, i, '`');
      toks.push({ t: 'qid', v, s: i, e: j });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? '') && src[i - 1] !== '.')) {
      let j = i;
      while (j < src.length && /[0-9]/.test(src[j])) j++;
      if (src[j] === '.' && /[0-9]/.test(src[j + 1] ?? '')) { j++; while (j < src.length && /[0-9]/.test(src[j])) j++; }
      if (/[eE]/.test(src[j] ?? '') && /[0-9+-]/.test(src[j + 1] ?? '') && /[0-9]/.test(src[j + 2] ?? src[j + 1])) {
        j += 2;
        while (j < src.length && /[0-9]/.test(src[j])) j++;
      }
      // `800m` is a distance; any other digits+letters run (`2019_total`) is an identifier.
      if (/[A-Za-z_]/.test(src[j] ?? '')) {
        let k = j;
        while (k < src.length && /[A-Za-z0-9_]/.test(src[k])) k++;
        if (!/^(mi|yd|ft|m|cm|km|mm)$/i.test(src.slice(j, k))) {
          toks.push({ t: 'id', v: src.slice(i, k), s: i, e: k });
          i = k;
          continue;
        }
      }
      toks.push({ t: 'num', v: src.slice(i, j), s: i, e: j });
      i = j;
      continue;
    }
    if (/[A-Za-z_\u00c0-\u024f]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_.\u00c0-\u024f]/.test(src[j])) {
        if (src[j] === '.' && src[j + 1] === '.') break;
        j++;
      }
      while (src[j - 1] === '.') j--;
      const word = src.slice(i, j);
      const lower = word.toLowerCase();
      if ((lower === 'date' || lower === 'geom') && (src[j] === "'" || src[j] === '"')) {
        const [v, k] = readQuoted(src, j, src[j]);
        toks.push({ t: lower as 'date' | 'geom', v, s: i, e: k });
        i = k;
        continue;
      }
      toks.push({ t: 'id', v: word, s: i, e: j });
      i = j;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new OdsqlError(`Unexpected character '${c}' at position ${i}.`);
    toks.push({ t: 'op', v: op, s: i, e: i + op.length });
    i += op.length;
  }
  toks.push({ t: 'eof', v: '', s: src.length, e: src.length });
  return toks;
}
