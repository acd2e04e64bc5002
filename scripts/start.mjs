// `npm start`: the demo pages and the local portal on one Vite dev server; prints the URLs.
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
console.log(`\nopendata-widgets demo:  ${base}demo/`);
console.log(`local portal (Explore API v2.1):  ${base}api/explore/v2.1/catalog/datasets\n`);
