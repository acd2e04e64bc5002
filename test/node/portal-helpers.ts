// Shared by the portal's node tests: one real HTTP server on a random 127.0.0.1 port.
import { startPortal } from '../../portal/server.js';

export interface Got { status: number; headers: Headers; text: string; json: any }

export async function withPortal(opts: Parameters<typeof startPortal>[0] = {}) {
  const p = await startPortal({ synthetic: 2000, ...opts });
  const get = async (path: string, init?: RequestInit): Promise<Got> => {
    const r = await fetch(p.url + path, init);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer()); // keep a CSV BOM visible
    let json: any;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: r.status, headers: r.headers, text, json };
  };
  const api = (path: string, params: Record<string, string | string[]> = {}) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) u.append(k, x);
    const qs = u.toString();
    return get(`/api/explore/v2.1${path}${qs ? '?' + qs : ''}`);
  };
  return { ...p, get, api };
}
