/** Public surface of the framework-free Explore API v2.1 client. No side effects on import. */
export * from './errors.js';
export * from './odsql.js';
export * from './query.js';
export * from './types.js';
export { normalizePortal, API_ROOT } from './portal-url.js';
export { Transport, type TransportOptions, type CallOptions, type FetchLike } from './transport.js';
export { ExploreClient, getClient, resetClients, exportUrl, type ClientOptions } from './client.js';
export * from './aggregate.js';
export * from './facets.js';
