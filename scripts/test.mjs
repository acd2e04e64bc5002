// `npm test`: lint, type-check, node tests (portal + API client), then browser tests (wtr + Chromium).
// Prints each stage's duration after it and in a list at the end, then one plain line `N passed, N failed` summing
// every stage; exits non-zero on any failure.
// `npm test -- --only=lint|node|e2e|browser` runs a part; extra args after `--files` go to wtr.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const wtrFiles = args.includes('--files') ? args.slice(args.indexOf('--files') + 1) : [];
const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
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
        { CHROME_PATH: findChrome() });
      passed += Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
      failed += Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0) || (code !== 0 ? 1 : 0);
    }
  }
  timed('end-to-end tests (build included)', started);
}

if (!only || only === 'browser') {
  console.log('\n== browser tests (web-test-runner, Chromium)');
  const started = Date.now();
  const chrome = findChrome();
  const wtrArgs = wtrFiles.length ? ['--files', ...wtrFiles] : [];
  const { code, out } = await run(bin('wtr'), wtrArgs, { CHROME_PATH: chrome });
  const m = [...out.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  passed += Number(m?.[1] ?? 0);
  failed += Number(m?.[2] ?? 0) || (code !== 0 ? 1 : 0);
  timed('browser tests', started);
}

console.log(`\nDurations:\n${durations.map((d) => `  ${d}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
