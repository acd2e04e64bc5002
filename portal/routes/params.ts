/** Request parameters shared by the endpoints, with the real limit/offset validation messages. */
import { RestParamError } from '../odsql/errors.js';
import type { QueryParams } from '../query/run.js';

export function queryParams(u: URLSearchParams): QueryParams {
  return {
    where: u.getAll('where'), refine: u.getAll('refine'), exclude: u.getAll('exclude'),
    select: u.get('select') ?? undefined, groupBy: u.get('group_by') ?? undefined, orderBy: u.get('order_by') ?? undefined,
    lang: (u.get('lang') ?? 'fr').toLowerCase(), tz: u.get('timezone') ?? undefined,
  };
}

function intParam(u: URLSearchParams, name: string, def: number, rule: string): number {
  const raw = u.get(name);
  if (raw === null || raw === '') return def;
  if (!/^-?\d+$/.test(raw.trim())) throw new RestParamError(`Invalid value for ${name} API parameter: ${raw} was found but ${rule} is expected.`);
  return Number(raw);
}

export const GROUP_LIMIT = 20000;

/** [offset, limit]: records/catalog limit -1..100 (default 10) and offset+limit <= 10000; grouped queries up to 20000. */
export function pageWindow(u: URLSearchParams, grouped: boolean): [number, number] {
  const max = grouped ? GROUP_LIMIT : 100;
  const total = grouped ? GROUP_LIMIT : 10000;
  // Recorded: GEO_CLUSTER without `limit` returned all 14 clusters; the spec's default of 10 holds otherwise.
  const def = grouped && /\bgeo_cluster\s*\(/i.test(u.get('group_by') ?? '') ? -1 : 10;
  const limit = intParam(u, 'limit', def, `-1 <= limit <= ${max}`);
  if (limit < -1 || limit > max) throw new RestParamError(`Invalid value for limit API parameter: ${limit} was found but -1 <= limit <= ${max} is expected.`);
  const offset = intParam(u, 'offset', 0, 'offset >= 0');
  if (offset < 0) throw new RestParamError(`Invalid value for offset API parameter: ${offset} was found but offset >= 0 is expected.`);
  const eff = limit === -1 ? (grouped ? GROUP_LIMIT : 100) : limit;
  if (offset + eff > total) throw new RestParamError(`Invalid value for sum of offset + limit API parameter: ${offset + eff} was found but <= ${total} is expected.`);
  return [offset, limit === -1 && !grouped ? 100 : limit];
}

/** Exports: limit defaults to -1 (everything), no upper bound. */
export function exportWindow(u: URLSearchParams): [number, number] {
  const limit = intParam(u, 'limit', -1, 'limit >= -1');
  const offset = intParam(u, 'offset', 0, 'offset >= 0');
  if (limit < -1) throw new RestParamError(`Invalid value for limit API parameter: ${limit} was found but limit >= -1 is expected.`);
  if (offset < 0) throw new RestParamError(`Invalid value for offset API parameter: ${offset} was found but offset >= 0 is expected.`);
  return [offset, limit];
}

export function isGrouped(u: URLSearchParams): boolean {
  return !!u.get('group_by')?.trim();
}
