// Reads docs/portal-queries.md: the query shapes (first table column of "## Query shapes") and the filters and
// options (first column of "## Filters and options"), each with its evidence in the last column.
import { readFileSync } from 'node:fs';

export interface Inventory { shapes: Map<string, string>; mods: Map<string, string> }

export function readInventory(path = 'docs/portal-queries.md'): Inventory {
  const md = readFileSync(path, 'utf8');
  const section = (title: string) => {
    const at = md.indexOf(`\n## ${title}`);
    if (at < 0) throw new Error(`${path}: no "## ${title}" section`);
    const end = md.indexOf('\n## ', at + 4);
    const rows = new Map<string, string>();
    for (const line of md.slice(at, end < 0 ? undefined : end).split('\n')) {
      const m = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
      if (m) rows.set(m[1], m[2].split('|').pop()!.trim());
    }
    return rows;
  };
  return { shapes: section('Query shapes'), mods: section('Filters and options') };
}
