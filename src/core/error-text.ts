import type { Lang } from '../i18n/catalog.js';
import { common } from '../i18n/common.js';
import { cut } from './format.js';

/** What a visitor reads for an error of the API client (or any other), in their language. */
export function errorText(error: unknown, lang: Lang): string {
  const t = common[lang];
  const e = error as { kind?: string; portalMessage?: string; message?: string } | undefined;
  switch (e?.kind) {
    case 'not-found': return t.notFound;
    case 'bad-request': return t.badRequest;
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

/** True for an abort caused by a newer request replacing an older one (not worth showing). */
export function isAbort(error: unknown): boolean {
  const e = error as { kind?: string; name?: string } | undefined;
  return e?.kind === 'aborted' || e?.name === 'AbortError';
}
