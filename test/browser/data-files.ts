// The local portal's data files read directly (not through the portal), so that tests compute expected values
// independently of the code under test.

/** Rows of a portal/data CSV file (comma-separated, no quoted commas in these files), values as text. */
export async function csvRows(dataset: string): Promise<Record<string, string>[]> {
  const text = await (await fetch(`/portal/data/${dataset}/${dataset}.csv`)).text();
  const [head, ...lines] = text.trim().split(/\r?\n/).map((l) => l.split(','));
  return lines.map((cells) => Object.fromEntries(head.map((h, k) => [h, cells[k] ?? ''])));
}

/** Sum of `value` per `key`, over the rows that pass `keep`. */
export function sumBy(rows: Record<string, string>[], key: string, value: string, keep: (r: Record<string, string>) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) if (keep(r)) out.set(r[key], (out.get(r[key]) ?? 0) + Number(r[value]));
  return out;
}
