import { OdsqlError } from './errors.js';
/** Full-text helpers: tokenising, accent folding, fuzzy term matching for search()/suggest()/LIKE/bare strings. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function words(s: string): string[] {
  return fold(s).split(/[^a-z0-9]+/).filter(Boolean);
}

function lev(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** search(): every query term matches a word, with edit distance 1 (>2 chars) or 2 (>5); last term also by prefix. */
export function fuzzyMatch(haystack: string[], query: string): boolean {
  const terms = words(query);
  if (!terms.length) return true;
  return terms.every((t, i) => {
    const tol = t.length > 5 ? 2 : t.length > 2 ? 1 : 0;
    const last = i === terms.length - 1;
    return haystack.some((w) => w === t || (last && w.startsWith(t)) || (tol > 0 && lev(w, t, tol) <= tol));
  });
}

/** suggest() and bare-string search: every term is a prefix of a word (`*` suffix allowed). */
export function prefixMatch(haystack: string[], query: string): boolean {
  const terms = words(query.replace(/\*/g, ' '));
  return terms.every((t) => haystack.some((w) => w.startsWith(t)));
}

/** `*` wildcards over raw text (`include(pop*)`): greedy with one backtrack point, O(|p| × |s|) at worst. */
export function wildcardMatch(p: string, s: string): boolean {
  let i = 0, j = 0, star = -1, mark = 0;
  while (j < s.length) {
    if (i < p.length && p[i] !== '*' && p[i] === s[j]) { i++; j++; }
    else if (i < p.length && p[i] === '*') { star = i++; mark = j; }
    else if (star >= 0) { i = star + 1; j = ++mark; }
    else return false;
  }
  while (p[i] === '*') i++;
  return i === p.length;
}

/** Longest LIKE pattern accepted, in characters (a real portal caps query length too). */
export const MAX_LIKE_PATTERN = 200;
/** Matching steps one request may spend on LIKE before it is refused (value length × pattern length, summed). */
export const LIKE_BUDGET = 50_000_000;

/** One LIKE term compiled for `globMatch`: letters, optional word gaps (' ?') and `*` wildcards. */
type Atom = { c: string } | { gap: true } | { star: true };

function compileTerm(p: string): Atom[] {
  const out: Atom[] = [];
  p.split(/[*%]/).forEach((piece, i) => {
    if (i > 0 && !('star' in (out[out.length - 1] ?? {}))) out.push({ star: true });
    words(piece).forEach((w, j) => {
      if (j > 0) out.push({ gap: true });
      for (const c of w) out.push({ c });
    });
  });
  return out;
}

/**
 * Whether `atoms` match all of `s`: a set-of-states automaton, O(|s| × |atoms|) whatever the pattern (a
 * backtracking regex took minutes on `*e*e*e*e*e*e*e*e*e*e*zzz`). A gap matches nothing or one space.
 */
function globMatch(atoms: Atom[], s: string): boolean {
  const m = atoms.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  const close = (set: Uint8Array) => {
    for (let i = 0; i < m; i++) if (set[i] && !('c' in atoms[i])) set[i + 1] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (const ch of s) {
    next.fill(0);
    let any = false;
    for (let i = 0; i < m; i++) {
      if (!cur[i]) continue;
      const a = atoms[i];
      if ('star' in a) { next[i] = 1; any = true; }
      else if ('c' in a ? a.c === ch : ch === ' ') { next[i + 1] = 1; any = true; }
    }
    if (!any) return false;
    close(next);
    [cur, next] = [next, cur];
  }
  return cur[m] === 1;
}

/** A LIKE matcher for one pattern, charging `budget` (one per request) for its work; throws past the budget. */
export function likeMatcher(pattern: string, budget: { left: number }): (value: string) => boolean {
  if (pattern.length > MAX_LIKE_PATTERN) throw new OdsqlError(`LIKE pattern too long (more than ${MAX_LIKE_PATTERN} characters).`);
  const terms = fold(pattern).split(/\s+/).filter(Boolean).map(compileTerm);
  return (value) => {
    const hay = words(value);
    const joined = hay.join(' ');
    return terms.every((atoms) => {
      budget.left -= (joined.length * 2 + hay.length) * (atoms.length + 1);
      if (budget.left < 0) throw new OdsqlError('LIKE pattern too costly for this request: narrow it or use search().');
      return hay.some((w) => globMatch(atoms, w)) || globMatch(atoms, joined);
    });
  };
}

/** LIKE: the pattern's words appear in the value (case and accent insensitive; `*`/`%` are wildcards). */
export function likeMatch(value: string, pattern: string): boolean {
  return likeMatcher(pattern, { left: LIKE_BUDGET })(value);
}
