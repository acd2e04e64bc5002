// The npm package surface after the build: every `exports` target exists, declarations carry the tag map,
// the tarball holds the right files, the API entry works in Node, and the side files (iframe page, resize
// script, themes) are what the docs say. `npm test -- --only=e2e` builds first; declarations are emitted here.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TAGS } from '../../src/registry.js';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('npm package surface', () => {
  before(() => {
    assert.ok(existsSync('dist/opendata-widgets.js'), 'run `npm run build` first');
    // Same step as `npm run build`; declarations are written even if a work-in-progress file has a type error.
    spawnSync(join('node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'ignore' });
  });

  it('every exports target exists', () => {
    const missing: string[] = [];
    for (const [key, target] of Object.entries<any>(pkg.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values<string>(target)) {
        if (file.includes('*')) {
          const dir = file.slice(0, file.indexOf('*'));
          if (!existsSync(dir) || !readdirSync(dir).length) missing.push(`${key} -> ${file}`);
        } else if (!existsSync(join(root, file))) missing.push(`${key} -> ${file}`);
      }
    }
    for (const field of ['main', 'module', 'types', 'unpkg']) if (!existsSync(pkg[field])) missing.push(field);
    assert.deepEqual(missing, []);
    const themes = readdirSync('themes').filter((f) => f.endsWith('.css')).sort();
    assert.deepEqual(readdirSync('dist/themes').sort(), themes);
  });

  it('the declarations map every registered tag to its class', () => {
    // A consumer's file, type-checked against the emitted declarations: each tag must be an OdElement subclass.
    const dir = join('node_modules', '.cache', 'od-dts-test');
    mkdirSync(dir, { recursive: true });
    const types = pathToFileURL(join(root, 'dist/types')).pathname;
    const lines = [`import '${types}/define.js';`, `import type { OdElement } from '${types}/index.js';`,
      'type IsOd<T> = T extends OdElement ? true : false;',
      ...TAGS.map((tag, i) => `export const t${i}: IsOd<HTMLElementTagNameMap['${tag}']> = true;`)];
    writeFileSync(join(dir, 'consumer.ts'), lines.join('\n'));
    const r = spawnSync(join('node_modules', '.bin', 'tsc'), ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022',
      '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', '--types', '', '--experimentalDecorators',
      join(dir, 'consumer.ts')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout);
    assert.ok(TAGS.length >= 11);
  });

  it('the tarball holds the build, the manifest and the docs, not the sources or tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const f of ['dist/opendata-widgets.js', 'dist/npm/index.js', 'dist/types/index.d.ts', 'dist/embed.html',
      'dist/embed.js', 'dist/od-resize.js', 'dist/themes/qbo.css', 'custom-elements.json', 'README.md']) {
      assert.ok(files.includes(f), `${f} not in the package`);
    }
    assert.ok(!files.some((f) => /^(src|test|portal|demo)\//.test(f)), 'sources or tests in the package');
  });

  it('the npm build leaves only the declared dependencies to the consumer, as plain specifiers', () => {
    const deps = Object.keys(pkg.dependencies);
    const files = readdirSync('dist/npm', { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    const bare = new Set<string>();
    for (const f of files) {
      const code = readFileSync(join('dist/npm', f), 'utf8');
      for (const m of code.matchAll(/(?:from\s*|import\()\s*["']([^"'.][^"']*)["']/g)) bare.add(m[1]);
    }
    assert.ok(bare.has('lit'), 'lit should stay external (one copy in the app)');
    for (const spec of bare) {
      assert.ok(!spec.includes('?'), `${spec}: bundler-specific query left in the npm build`);
      assert.ok(deps.some((d) => spec === d || spec.startsWith(`${d}/`)), `${spec} is not a dependency`);
    }
  });

  it('the API entry works in Node without a DOM', async () => {
    const api = await import(pathToFileURL(join(root, pkg.exports['./api'].import)).href);
    const url = api.getClient('https://portal.example.fr').url(api.records('qbo-communes').where(`${api.field('nom')} = ${api.str('Quimper')}`).limit(1));
    assert.match(url, /^https:\/\/portal\.example\.fr\/api\/explore\/v2\.1\/catalog\/datasets\/qbo-communes\/records\?/);
    assert.equal(new URL(url).searchParams.get('where'), '`nom` = "Quimper"');
  });

  it('the host script is a tiny classic script; the iframe page loads the bundle, not a copy', () => {
    const resize = readFileSync('dist/od-resize.js', 'utf8');
    assert.ok(resize.length < 1024, `od-resize.js is ${resize.length} bytes`);
    assert.doesNotMatch(resize, /^\s*(import|export)\b/m);
    const embed = readFileSync('dist/embed.js', 'utf8');
    assert.match(embed, /from\s*["']\.\/opendata-widgets\.js["']|import\s*["']\.\/opendata-widgets\.js["']/);
    assert.doesNotMatch(embed, /customElements\.define\(/);
    const page = readFileSync('dist/embed.html', 'utf8');
    assert.match(page, /<script type="module" src="\.\/embed\.js"><\/script>/);
    assert.match(page, /<meta name="od-themes" content="\.\/themes\/"/);
    assert.match(page, /<title>[^<]+<\/title>/);
  });
});
