import type { Lang } from '../i18n/catalog.js';
import { common } from '../i18n/common.js';

/** What a visitor reads for an error of the API client (or any other), in their language. */
export function errorText(error: unknown, lang: Lang): string {
  const t = common[lang];
  const e = error as { kind?: string; portalMessage?: string; message?: string } | undefined;
  switch (e?.kind) {
    case 'not-found': return t.notFound;
    case 'bad-request': return t.badRequest(e.portalMessage || e.message || '');
    case 'quota': return t.quota;
    case 'network': return t.network;
    case 'timeout': return t.timeout;
    case 'auth': return t.auth;
    case 'server': return t.server;
    case 'bad-response': return t.badResponse;
    default: return t.unknownError;
  }
}

/** True for an abort caused by a newer request replacing an older one (not worth showing). */
export function isAbort(error: unknown): boolean {
  const e = error as { kind?: string; name?: string } | undefined;
  return e?.kind === 'aborted' || e?.name === 'AbortError';
}
