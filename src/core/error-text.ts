import type { Lang } from '../i18n/catalog.js';
import { common } from '../i18n/common.js';
import { cut } from './format.js';
import { errorMessages } from './error-messages.js';
import { closest, datasetOfUrl, unknownFieldOf } from './suggest.js';

type ErrorLike = { kind?: string; portalMessage?: string; message?: string; url?: string; suggestions?: string[]; shownByContext?: boolean };

/** What a visitor reads for an error of the API client (or any other), in their language. */
export function errorText(error: unknown, lang: Lang): string {
  const t = common[lang];
  const e = error as ErrorLike | undefined;
  switch (e?.kind) {
    case 'not-found': {
      const where = datasetOfUrl(e.url);
      if (!where) return t.notFound;
      const m = errorMessages[lang];
      return m.datasetNotFound(where.id, where.portal) + (e.suggestions?.length ? m.didYouMean(e.suggestions) : '');
    }
    case 'bad-request': {
      const text = e.portalMessage || e.message || '';
      // The portal's own words are shown apart (`portalNote`), muted and cut: never as the widget's sentence.
      if (!/ODSQL/i.test(text)) return t.badRequest;
      const field = unknownFieldOf(text);
      return explainOdsql(text, whereOfUrl(e.url), lang, false) + (field && e.suggestions?.length ? errorMessages[lang].closestIs(field, e.suggestions) : '');
    }
    case 'quota': return t.quota;
    case 'network': return t.network;
    case 'timeout': return t.timeout;
    case 'auth': return t.auth;
    case 'server': return t.server;
    case 'bad-response': return (e as { errorCode?: string }).errorCode === 'too-large' ? t.tooLarge : t.badResponse;
    default: return t.unknownError;
  }
}

/** Longest portal message shown under an alert (the whole error goes to the console). */
const PORTAL_TEXT = 160;

/**
 * The portal's own words for a refused query, whitespace collapsed and cut, to show apart from our sentence
 * (muted, after "Message du portail :"): a portal's text never reads as the widget's own message.
 */
export function portalNote(error: unknown): string | undefined {
  const e = error as { kind?: string; portalMessage?: unknown } | undefined;
  if (e?.kind !== 'bad-request' || typeof e.portalMessage !== 'string') return undefined;
  const text = e.portalMessage.slice(0, PORTAL_TEXT * 2).replace(/\s+/g, ' ').trim();
  return text ? cut(text, PORTAL_TEXT).text : undefined;
}

function whereOfUrl(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).searchParams.get('where') ?? undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A French (en, br) explanation of the portal's ODSQL error: unterminated string, unknown field, unknown function,
 * unexpected token, type mismatch; the spot in the filter when the portal gives a position; then the portal's own
 * text, labelled as such.
 */
export function explainOdsql(portalText: string, where: string | undefined, lang: Lang, withPortalText = true): string {
  const m = errorMessages[lang];
  const body = portalText.replace(/^ODSQL query is malformed:\s*/i, '');
  let why: string;
  let pos: number | undefined;
  let r: RegExpExecArray | null;
  const unknown = unknownFieldOf(body);
  if ((r = /Unterminated string starting at position (\d+)/i.exec(body))) {
    pos = Number(r[1]);
    why = m.unterminated(String(pos + 1));
  } else if (unknown) why = m.unknownField(unknown);
  else if ((r = /Unexpected token '([^']*)' at position (\d+)/i.exec(body))) {
    pos = Number(r[2]);
    why = m.unexpected(r[1], String(pos + 1));
  } else if (/type|incompatible|cannot (compare|apply)|only supports numeric/i.test(body)) why = m.typeMismatch;
  else if ((r = /^([a-z_][\w]*)\s*\([^)]*\)/i.exec(body))) why = m.unknownFunction(r[1]);
  else why = m.other;
  const near = where && pos !== undefined && pos <= where.length ? m.near(`${where.slice(Math.max(0, pos - 20), pos)}⟶${where.slice(pos, pos + 20)}`) : '';
  return `${m.badWhere} ${why}${near}${withPortalText ? m.portalSaid(portalText) : ''}`;
}

/** Unknown field names of an attribute, each with the closest names of the schema (a typo is the usual cause). */
export function unknownFieldsText(unknown: string[], schema: readonly string[], lang: Lang): string {
  const m = errorMessages[lang];
  return m.unknownFields(unknown) + closestText(unknown.join(','), schema, lang);
}

/** " Pour « x », vouliez-vous dire « y » ?" for each name of a comma-separated list that has close names in `known`. */
export function closestText(names: string, known: readonly string[] | undefined, lang: Lang): string {
  if (!known?.length) return '';
  const m = errorMessages[lang];
  return names.split(',').map((n) => n.trim()).filter(Boolean).map((n) => {
    const close = closest(n, known);
    return close.length ? m.closestIs(n, close) : '';
  }).join('');
}

/** Retrying can help only for transient failures: no network, timeout, quota (429), server error (5xx). */
export function isRetryable(error: unknown): boolean {
  const kind = (error as ErrorLike | undefined)?.kind;
  return kind === 'network' || kind === 'timeout' || kind === 'quota' || kind === 'server' || kind === 'bad-response';
}

/** An error the linked context already shows once for the whole page (e.g. `commune` without a commune field). */
export function shownElsewhere(error: unknown): boolean {
  const e = error as (ErrorLike & { name?: string }) | undefined;
  return e?.shownByContext === true || (e?.name === 'ConfigError' && e.kind === 'noCommuneField');
}

/** True for an abort caused by a newer request replacing an older one (not worth showing). */
export function isAbort(error: unknown): boolean {
  const e = error as { kind?: string; name?: string } | undefined;
  return e?.kind === 'aborted' || e?.name === 'AbortError';
}
