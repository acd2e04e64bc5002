import type { DatasetMetadata } from '../../api/index.js';
import type { DatasetSource } from '../../core/dataset-link.js';
import { checkFields, groupQuery, parseFields, toPoints, type ChartFields, type Point } from './aggregate.js';
import { SourcesLink } from './sources.js';

/** One answer of the chart: the (first) dataset's metadata, the fields, the points, and one entry per source. */
export interface ChartData {
  meta: DatasetMetadata;
  fields: ChartFields;
  metas: ReturnType<typeof checkFields>;
  points: Point[];
  /** With `sources`: each series' name, metadata and portal page, for its own source line. */
  sources?: { name: string; meta: DatasetMetadata; url?: string }[];
}

/** The chart's one group_by query on one context (click-to-refine keeps every category: chosen ones are highlighted). */
export async function loadOne(ctx: DatasetSource, x: string | undefined, y: string, series: string | undefined, clickable: boolean,
  signal: AbortSignal): Promise<ChartData> {
  const fields = parseFields(x, y, series);
  const meta = await ctx.metadata(signal);
  const metas = checkFields(fields, meta.fields);
  const base = await ctx.recordsQuery({ signal, withoutRefineOn: clickable ? fields.x.field : undefined });
  const rows = await ctx.client!.groups(groupQuery(base, fields), { signal });
  return { meta, fields, metas, points: toPoints(rows, fields) };
}

/** `sources`: the same query on each context, in parallel; each answer becomes one series named after its context. */
export async function loadMany(ctxs: DatasetSource[], x: string | undefined, y: string, signal: AbortSignal): Promise<ChartData> {
  const all = await Promise.all(ctxs.map((c) => loadOne(c, x, y, undefined, false, signal)));
  const names = ctxs.map(SourcesLink.nameOf);
  return {
    ...all[0],
    points: all.flatMap((d, k) => d.points.map((p) => ({ ...p, s: names[k] }))),
    sources: all.map((d, k) => ({ name: names[k], meta: d.meta, url: ctxs[k].portalDatasetUrl })),
  };
}
