/** What every endpoint handler receives. */
import type { ServerResponse } from 'node:http';
import type { Quota } from '../http.js';
import type { Store } from '../store/index.js';

export interface Ctx {
  store: Store;
  url: URL;
  res: ServerResponse;
  quota: Quota;
  /** Absolute API root for `links` (`http://host[/__fault/…]/api/explore/v2.1`). */
  apiRoot: string;
}
