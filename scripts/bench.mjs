// `npm run bench`: bundle sizes against the peers, the dashboard bench at 1k/20k/200k records against a bare script,
// then the portal's and the map's own benches. Prints a Markdown report, writes bench/results.json and refreshes
// the report in BENCHMARKS.md (between its bench markers; `--no-md` skips that).
// Options: --runs N (default 5), --sizes 1000,20000,200000, --latencies 0,50,150 (portal latency scenarios, ms per
// request), --no-md. A widget that never shows data fails the run: the report says which, and the exit code is 1.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { measureSizes } from '../bench/sizes.mjs';
import { findChrome } from './find-chrome.mjs';
import { markdownReport } from '../bench/report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const tmp = join(ROOT, '.test-tmp');
mkdirSync(tmp, { recursive: true });

function run(cmd, cmdArgs, { quiet = false, env = {} } = {}) {
  return new Promise((done) => {
    let out = '';
    let err = '';
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => { out += d; if (!quiet) process.stdout.write(d); });
    child.stderr.on('data', (d) => { err += d; process.stderr.write(d); });
    child.on('close', (code) => done({ code: code ?? 1, out, err }));
  });
}

const started = Date.now();
const chrome = findChrome();
const chromeVersion = (await run(chrome, ['--version'], { quiet: true })).out.trim();
const machine = {
  cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: chromeVersion,
  date: new Date().toISOString(),
  loadBefore: loadavg().map((x) => x.toFixed(1)).join(' '),
};

console.error('== bundle sizes (Vite build, minified, gzip -9)');
const sizes = await measureSizes();

// The project's own build (dist/), as `npm run build` makes it: the dashboard page and the map bench load it.
console.error('== building the library (vite build → dist/)');
const lib = join(ROOT, 'dist');
const built = await run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { quiet: true });
let dashboard = [];
let dashboardError = '';
if (built.code !== 0) dashboardError = 'the library did not build';
else {
  console.error('== dashboard bench (headless Chromium, local portal)');
  const out = join(tmp, 'bench-dashboard.json');
  rmSync(out, { force: true });
  const r = await run('npx', ['tsx', 'bench/dashboard.ts', '--lib', lib, '--runs', opt('--runs', '5'),
    '--sizes', opt('--sizes', '1000,20000,200000'), '--latencies', opt('--latencies', opt('--latency', '0,50,150')), '--json', out]);
  if (existsSync(out)) dashboard = JSON.parse(readFileSync(out, 'utf8'));
  if (r.code !== 0 || !existsSync(out)) dashboardError = `exit ${r.code}: ${(r.err.match(/^\w*Error.*$/m) ?? [r.err.trim().split('\n').pop()])[0]}`;
}

/** The other engineers' benches: their own output, kept as text. */
async function external(script) {
  if (!existsSync(join(ROOT, script))) return { script, missing: true, output: '' };
  console.error(`== ${script}`);
  const r = await run('npx', ['tsx', script], { env: { CHROME_PATH: chrome } });
  return { script, code: r.code, output: r.out.trim() || r.err.trim().split('\n').slice(-5).join('\n') };
}
const others = [await external('scripts/bench-portal.ts'), await external('scripts/bench-map.ts')];

const results = { machine, seconds: Math.round((Date.now() - started) / 1000), sizes, dashboard, dashboardError, others };
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
const md = markdownReport(results);
console.log(md);

if (!args.includes('--no-md')) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) writeFileSync(file, `${text.slice(0, a + START.length)}\n${md}\n${text.slice(b)}`);
}

if (dashboardError) {
  console.error(`npm run bench: the dashboard bench failed — ${dashboardError}`);
  process.exitCode = 1;
}
