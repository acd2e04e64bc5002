// Structural comparison of a recorded Explore API body with the local portal's answer: same keys, value
// types and nesting. `rename` maps recorded keys to ours (equivalent fields of another dataset); null is
// compatible with any type (a nullable column); arrays compare their first elements.
export interface ShapeOpts { rename?: Record<string, string>; ignore?: string[]; exactKeys?: boolean; keyOrder?: boolean }

export function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function shapeDiff(rec: unknown, ours: unknown, opts: ShapeOpts = {}, path = '$'): string[] {
  const tr = typeOf(rec), to = typeOf(ours);
  if (tr === 'null' || to === 'null') return [];
  if (tr !== to) return [`${path}: recorded ${tr}, ours ${to}`];
  if (tr === 'array') {
    const a = rec as unknown[], b = ours as unknown[];
    if (!a.length || !b.length) return [];
    return shapeDiff(a[0], b[0], opts, `${path}[0]`);
  }
  if (tr !== 'object') return [];
  const r = rec as Record<string, unknown>, o = ours as Record<string, unknown>;
  const out: string[] = [];
  const mapped = Object.keys(r).filter((k) => !opts.ignore?.includes(`${path}.${k}`)).map((k) => [k, opts.rename?.[k] ?? k]);
  for (const [k, ok] of mapped) {
    if (!(ok in o)) { out.push(`${path}.${k}: missing (as ${ok})`); continue; }
    out.push(...shapeDiff(r[k], o[ok], opts, `${path}.${k}`));
  }
  if (opts.exactKeys) {
    const want = mapped.map(([, ok]) => ok);
    const extra = Object.keys(o).filter((k) => !want.includes(k));
    if (extra.length) out.push(`${path}: extra keys ${extra.join(', ')}`);
    if (opts.keyOrder && JSON.stringify(Object.keys(o).filter((k) => want.includes(k))) !== JSON.stringify(want)) out.push(`${path}: key order ${Object.keys(o).join(',')} ≠ ${want.join(',')}`);
  }
  return out;
}
