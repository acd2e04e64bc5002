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

/** LIKE: the pattern's words appear in the value (case and accent insensitive; `*`/`%` are wildcards). */
export function likeMatch(value: string, pattern: string): boolean {
  const hay = words(value);
  const parts = fold(pattern).split(/\s+/).filter(Boolean);
  return parts.every((p) => {
    const re = new RegExp('^' + p.split(/[*%]/).map((x) => words(x).join('[^a-z0-9]*').replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    return hay.some((w) => re.test(w)) || re.test(hay.join(' '));
  });
}
