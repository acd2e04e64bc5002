// `npm test`: lint, type-check, node tests (portal + API client), then browser tests (wtr + Chromium).
// Prints each stage's duration after it and in a list at the end, then one plain line `N passed, N failed` summing
// every stage; exits non-zero on any failure.
// `npm test -- --only=lint|node|e2e|storybook|browser|wordpress` runs a part; extra args after `--files` go to wtr.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';
import { findWordpress } from './find-wordpress.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const wtrFiles = args.includes('--files') ? args.slice(args.indexOf('--files') + 1) : [];
const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
// Every request shape the local portal serves to widgets during the e2e and browser suites (demo pages included),
// checked at the end against docs/portal-queries.md.
const queryLog = join(mkdtempSync(join(tmpdir(), 'od-queries-')), 'shapes.jsonl');
/** Each stage's wall-clock duration, printed after it and again before the summary. */
const durations = [];
function timed(name, started) {
  const line = `${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`;
  durations.push(line);
  console.log(`-- ${line}`);
}

function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, cmdArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function testFiles(dir) {
  try {
    return readdirSync(dir, { recursive: true })
      .filter((f) => String(f).endsWith('.test.ts'))
      .map((f) => join(dir, String(f)))
      .sort();
  } catch { return []; }
}

async function check(name, cmd, cmdArgs) {
  console.log(`\n== ${name}`);
  const started = Date.now();
  const { code } = await run(cmd, cmdArgs);
  if (code === 0) passed++; else { failed++; console.error(`${name} failed (exit ${code})`); }
  timed(name, started);
}

if (!only || only === 'lint') {
  await check('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
  await check('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
}

if (!only || only === 'node') {
  const files = testFiles('test/node');
  console.log(`\n== node tests (${files.length} files)`);
  const started = Date.now();
  if (files.length) {
    const { code, out } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files]);
    const p = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
    const f = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
    passed += p;
    failed += f || (code !== 0 ? 1 : 0);
  }
  timed('node tests', started);
}

if (!only || only === 'e2e') {
  // Built bundle under a strict CSP and other whole-page checks (playwright-core + Chromium).
  const files = testFiles('test/e2e');
  console.log(`\n== end-to-end tests on the built bundle (${files.length} files)`);
  const started = Date.now();
  if (files.length) {
    const build = await run(bin('vite'), ['build', '--logLevel', 'warn']);
    if (build.code !== 0) failed++;
    else {
      const { code, out } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files],
        { CHROME_PATH: findChrome(), OD_QUERY_LOG: queryLog });
      passed += Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
      failed += Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0) || (code !== 0 ? 1 : 0);
    }
  }
  timed('end-to-end tests (build included)', started);
}

if (!only || only === 'storybook') {
  // `storybook build` into a temporary folder, then every story opened in Chromium beside the local portal.
  console.log('\n== Storybook: build, then every story in Chromium (axe-core, console)');
  const started = Date.now();
  const out = mkdtempSync(join(tmpdir(), 'od-storybook-'));
  try {
    const build = await run(bin('storybook'), ['build', '-o', out, '--quiet', '--loglevel', 'warn'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
    if (build.code !== 0) { failed++; console.error(`storybook build failed (exit ${build.code})`); }
    else {
      const { code, out: tap } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...testFiles('test/storybook')],
        { CHROME_PATH: findChrome(), OD_STORYBOOK_DIR: out });
      passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
      failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) || (code !== 0 ? 1 : 0);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  timed('Storybook (build included)', started);
}

if (!only || only === 'browser') {
  console.log('\n== browser tests (web-test-runner, Chromium)');
  const started = Date.now();
  const chrome = findChrome();
  const wtrArgs = wtrFiles.length ? ['--files', ...wtrFiles] : [];
  const { code, out } = await run(bin('wtr'), wtrArgs, { CHROME_PATH: chrome, OD_QUERY_LOG: queryLog });
  const m = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  passed += Number(m?.[1] ?? 0);
  failed += Number(m?.[2] ?? 0) || (code !== 0 ? 1 : 0);
  timed('browser tests', started);
}

if (!only || only === 'e2e' || only === 'browser') {
  console.log('\n== query inventory (every request shape of the suites is in docs/portal-queries.md)');
  const { code, out } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/inventory/query-inventory.test.ts'],
    { OD_QUERY_LOG: queryLog });
  passed += Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0) || (code !== 0 ? 1 : 0);
}

if (!only || only === 'wordpress') {
  // The WordPress plugin on a real WordPress (PHP, MariaDB, Debian's WordPress: installed when root, else named).
  console.log('\n== WordPress plugin on a real WordPress (single site and multisite)');
  const started = Date.now();
  let tools;
  try { tools = findWordpress(); } catch (e) { console.error(e.message); failed++; }
  if (tools) {
    const phpFiles = ['integrations/wordpress', 'test/wordpress'].flatMap((d) => readdirSync(d, { recursive: true })
      .filter((f) => String(f).endsWith('.php')).map((f) => join(d, String(f))));
    const bad = phpFiles.filter((f) => spawnSync(tools.php, ['-l', f], { encoding: 'utf8' }).status !== 0);
    console.log(`php -l: ${phpFiles.length - bad.length} of ${phpFiles.length} files pass${bad.length ? `; failing: ${bad.join(', ')}` : ''}`);
    if (bad.length) failed++; else passed++;
    const build = only === 'wordpress' || !existsSync('dist/opendata-widgets.js') ? await run(bin('vite'), ['build', '--logLevel', 'warn']) : { code: 0 };
    const pack = build.code === 0 ? await run(process.execPath, ['scripts/build-wordpress.mjs']) : build;
    if (pack.code !== 0) failed++;
    else {
      const { code, out } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...testFiles('test/wordpress')],
        { CHROME_PATH: findChrome() });
      passed += Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
      failed += Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0) || (code !== 0 ? 1 : 0);
    }
  }
  timed('WordPress (install included)', started);
}

console.log(`\nDurations:\n${durations.map((d) => `  ${d}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
