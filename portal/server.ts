/**
 * The local Explore API v2.1 portal: a connect-style handler for `/api/explore/v2.1/…`,
 * `/__fault/<spec>/api/explore/v2.1/…` and `/__portal/…`; anything else goes to `next()` (or 404).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORS, send, send429, sendError, CALL_LIMIT, type Quota } from './http.js';
import { FaultCounters, parseFault, targets, type Fault } from './faults.js';
import { NotFoundError, OdsqlError, RestParamError } from './odsql/errors.js';
import { getStore, type Store } from './store/index.js';
import { catalogDataset, catalogDatasets, catalogFacets } from './routes/catalog.js';
import type { Ctx } from './routes/context.js';
import { exportCatalog, exportDataset, listCatalogExports, listDatasetExports } from './routes/exports.js';
import { explorePage } from './routes/pages.js';
import { logShape } from './query-shape.js';
import { attachment, attachments, facets, record, records } from './routes/records.js';

/** `xss: true` adds the `xss-corpus` security test dataset (portal/fixtures/xss-corpus.ts); tests only. */
export interface PortalOptions { synthetic?: number; faults?: string; latency?: number; xss?: boolean }
export type PortalHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const API = '/api/explore/v2.1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { throw new NotFoundError(`The requested resource ${s} does not exist.`); }
}

function route(ctx: Ctx, path: string): void {
  const seg = path.split('/').filter(Boolean).map(safeDecode);
  const json = (body: unknown) => send(ctx.res, 200, JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8' });
  if (seg.length === 0) return json({ links: [{ rel: 'catalog', href: `${ctx.apiRoot}/catalog` }] });
  if (seg[0] !== 'catalog') throw new NotFoundError(`The requested resource ${path} does not exist.`);
  if (seg.length === 1) return json({ links: ['datasets', 'exports', 'facets'].map((r) => ({ rel: r, href: `${ctx.apiRoot}/catalog/${r}` })) });
  if (seg[1] === 'facets' && seg.length === 2) return catalogFacets(ctx);
  if (seg[1] === 'exports') {
    if (seg.length === 2) return listCatalogExports(ctx);
    if (seg.length === 3) return exportCatalog(ctx, seg[2]);
  }
  if (seg[1] === 'datasets') {
    if (seg.length === 2) return catalogDatasets(ctx);
    const ds = ctx.store.byId.get(seg[2]);
    if (!ds) throw new NotFoundError(`The requested dataset ${seg[2]} does not exist.`);
    const sub = seg[3];
    if (seg.length === 3) return catalogDataset(ctx, ds);
    if (sub === 'records' && seg.length === 4) return records(ctx, ds);
    if (sub === 'records' && seg.length === 5) return record(ctx, ds, seg[4]);
    if (sub === 'facets' && seg.length === 4) return facets(ctx, ds);
    if (sub === 'attachments' && seg.length === 4) return attachments(ctx, ds);
    if (sub === 'attachments' && seg.length === 5) return attachment(ctx, ds, seg[4]);
    if (sub === 'exports' && seg.length === 4) return listDatasetExports(ctx, ds);
    if (sub === 'exports' && seg.length === 5) return exportDataset(ctx, ds, seg[4]);
    if (sub === 'aggregates') return sendError(ctx.res, 410, 'GoneResource', 'The aggregates endpoint was removed in Explore API v2.1: use /records with group_by.');
  }
  throw new NotFoundError(`The requested resource ${path} does not exist.`);
}

function answer(ctx: Ctx, path: string): void {
  try {
    route(ctx, path);
  } catch (e) {
    if (e instanceof OdsqlError) {
      const clause = e.clause ? ` Clause(s) containing the error(s): ${e.clause}.` : '';
      sendError(ctx.res, 400, 'ODSQLError', `ODSQL query is malformed: ${e.message}${clause}`);
    } else if (e instanceof RestParamError) sendError(ctx.res, 400, 'InvalidRESTParameterError', e.message);
    else if (e instanceof NotFoundError) sendError(ctx.res, 404, 'NotFoundResource', e.message);
    else {
      console.error('[portal] internal error', e);
      sendError(ctx.res, 500, 'InternalServerError', 'Internal Server Error');
    }
  }
}

/** The hostile `/records` answers of `flood`, `huge` and `deep` (a portal that ignores `limit`, or sends monsters). */
function hostileAnswer(res: ServerResponse, f: Fault): boolean {
  const head = { ...CORS, 'Content-Type': 'application/json; charset=utf-8' };
  if (f.flood) {
    const row = '{"nom_lieu":"Aire","com_lieu":"Quimper","type":"Aire de covoiturage","categorie":"x","titre":"x"}';
    send(res, 200, `{"total_count":${f.flood},"results":[${Array(f.flood).fill(row).join(',')}]}`, head, { compress: false });
    return true;
  }
  if (f.deep) {
    send(res, 200, `{"total_count":1,"results":[{"nom_lieu":${'['.repeat(f.deep)}"x"${']'.repeat(f.deep)}}]}`, head, { compress: false });
    return true;
  }
  if (f.huge) {
    // Any path. Streamed in chunks without Content-Length: the client must count the bytes it reads.
    res.writeHead(200, head);
    res.write('{"total_count":1,"results":[{"nom_lieu":"');
    const chunk = 'x'.repeat(1 << 20);
    let left = f.huge;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!res.write(chunk.slice(0, n))) { res.once('drain', pump); return; }
      }
      res.end('"}]}');
    };
    res.on('close', () => { left = 0; });
    pump();
    return true;
  }
  return false;
}

async function applyFault(res: ServerResponse, f: Fault, path: string): Promise<boolean> {
  if (f.latency) await sleep(f.latency);
  if ((f.huge || /\/records\/?$/.test(path)) && hostileAnswer(res, f)) return true;
  if (f.reset) { res.socket?.destroy(); return true; }
  if (f.status === 429) { send429(res, f.retryAfter); return true; }
  if (f.status && f.status >= 400) {
    const extra: Record<string, string> = f.retryAfter ? { 'Retry-After': f.retryAfter } : {};
    const msg = f.status === 503 ? 'Service Unavailable' : f.status === 500 ? 'Internal Server Error' : 'Error';
    sendError(res, f.status, f.status === 503 ? 'ServiceUnavailable' : 'InternalServerError', msg, extra);
    return true;
  }
  if (f.badjson) { send(res, 200, '{"total_count": 3, "results": [{"nom": "Quimp', { 'Content-Type': 'application/json; charset=utf-8' }); return true; }
  return false;
}

export function createPortalHandler(opts: PortalOptions = {}): PortalHandler {
  let store: Store | null = null;
  const getS = () => (store ??= getStore(opts.synthetic ?? 1000, { xss: opts.xss }));
  const counters = new FaultCounters();
  const quota: Quota = { remaining: CALL_LIMIT };
  const serverFault = opts.faults ? parseFault(opts.faults) : null;

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    let path = url.pathname;
    let prefix = '';
    const fm = /^\/__fault\/([^/]*)(\/.*)?$/.exec(path);
    if (fm) { prefix = `/__fault/${fm[1]}`; path = fm[2] ?? '/'; }
    const isApi = path === API || path.startsWith(API + '/');
    if (!fm && path.startsWith('/__portal/')) {
      if (path === '/__portal/reset' && req.method === 'POST') { counters.reset(); quota.remaining = CALL_LIMIT; send(res, 204, '', {}); return; }
      if (path === '/__portal/health') { send(res, 200, '{"ok": true}', { 'Content-Type': 'application/json' }); return; }
      sendError(res, 404, 'NotFoundResource', `The requested resource ${path} does not exist.`);
      return;
    }
    if (!isApi) {
      if (path.startsWith('/explore/') && explorePage(getS(), path, `http://${req.headers.host ?? 'localhost'}${prefix}`, res)) return;
      if (next && !fm) { next(); return; }
      sendError(res, 404, 'NotFoundResource', `The requested resource ${path} does not exist.`);
      return;
    }
    if (req.method === 'OPTIONS') { res.writeHead(200, { ...CORS, 'Content-Length': '0' }); res.end(); return; }
    if (req.method !== 'GET' && req.method !== 'HEAD') { sendError(res, 405, 'MethodNotAllowed', 'Only the GET method is supported.'); return; }
    logShape(path.slice(API.length), url.searchParams, req.headers.accept, req.headers.referer);
    const run = async () => {
      let spec: string | null = null;
      try { spec = fm ? decodeURIComponent(fm[1]) : null; } catch { spec = fm![1]; }
      const aimed = (f: Fault) => targets(f, path.slice(API.length), url.search);
      if (serverFault && aimed(serverFault) && counters.active('server:' + opts.faults, serverFault) && (await applyFault(res, serverFault, path))) return;
      if (spec !== null) { const f = parseFault(spec); if (aimed(f) && counters.active(spec, f) && (await applyFault(res, f, path))) return; }
      if (opts.latency) await sleep(opts.latency);
      const ctx: Ctx = { store: getS(), url, res, quota, apiRoot: `http://${req.headers.host ?? 'localhost'}${prefix}${API}` };
      answer(ctx, path.slice(API.length));
    };
    run().catch((e) => { console.error('[portal]', e); sendError(res, 500, 'InternalServerError', 'Internal Server Error'); });
  };
}

/** Listens on host:port (0 = random) and resolves with the base URL and a close function. */
export async function startPortal(opts: PortalOptions & { port?: number; host?: string } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = createPortalHandler(opts);
  const server = createServer((req, res) => handler(req, res));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(opts.port ?? 0, host, resolve); });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
