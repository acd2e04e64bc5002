/** `npm run portal -- --port 8787 [--host 127.0.0.1] [--synthetic N] [--faults spec] [--latency ms]` */
import { startPortal } from './server.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
}

const port = Number(arg('port') ?? 8787);
const host = arg('host') ?? '127.0.0.1';
const synthetic = arg('synthetic') !== undefined ? Number(arg('synthetic')) : 20000;
const latency = arg('latency') !== undefined ? Number(arg('latency')) : undefined;
const { url } = await startPortal({ port, host, synthetic, faults: arg('faults'), latency });
console.log(`Local Explore API v2.1 portal: ${url}/api/explore/v2.1/catalog/datasets`);
