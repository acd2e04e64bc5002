// Run by `npm test` after the e2e and browser suites: every request shape the local portal served to a widget
// (logged to $OD_QUERY_LOG, see portal/query-shape.ts) must be listed in docs/portal-queries.md with its evidence.
// A new shape then fails here and gets noticed (and checked against a real portal), instead of shipping silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readInventory } from './inventory.js';

test('every request shape of the demo pages and the browser/e2e suites is in the query inventory', () => {
  const file = process.env.OD_QUERY_LOG;
  assert.ok(file && existsSync(file), `no request was logged (OD_QUERY_LOG=${file}): the suites must run first`);
  const logged = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { key: string; mods: string[]; from?: string });
  assert.ok(logged.length > 20, `only ${logged.length} shapes logged`);
  const inv = readInventory();
  const missing = new Map<string, Set<string>>();
  const note = (what: string, from?: string) => { if (!missing.has(what)) missing.set(what, new Set()); if (from) missing.get(what)!.add(from); };
  for (const s of logged) {
    if (!inv.shapes.has(s.key)) note(`shape \`${s.key}\``, s.from);
    for (const m of s.mods) if (!inv.mods.has(m)) note(`filter/option \`${m}\` (on ${s.key.split(' · ')[0]})`, s.from);
  }
  assert.deepEqual([...missing].map(([w, f]) => `${w}${f.size ? ` — from ${[...f].slice(0, 3).join(', ')}` : ''}`), [],
    'request shapes not in docs/portal-queries.md');
});
