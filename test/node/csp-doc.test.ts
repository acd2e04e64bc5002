// The Trusted Types policy names the library creates are distinct, and every `trusted-types` directive we publish
// or test with (docs/csp.md, the e2e servers) lists each of them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (p: string) => readFileSync(p, 'utf8');
const SOURCES = ['src/core/sanitize.ts', 'src/elements/map/maplibre-loader.ts'];
const policyOf = (src: string) => /export const \w+_POLICY = '([\w-]+)'/.exec(read(src))?.[1];

describe('Trusted Types policy names', () => {
  it('each creator has its own name, used through its constant', () => {
    const names = SOURCES.map(policyOf);
    assert.ok(names.every(Boolean), `a creator lost its *_POLICY constant: ${names.join(', ')}`);
    assert.equal(new Set(names).size, names.length, 'two policies share a name');
    for (const src of SOURCES) assert.doesNotMatch(read(src), /createPolicy\(\s*['"`]/, `${src}: a literal policy name`);
  });

  it('every trusted-types directive lists them (docs and the e2e servers)', () => {
    const names = SOURCES.map(policyOf) as string[];
    for (const file of ['docs/csp.md', 'test/e2e/harness.ts', 'test/e2e/bundle-servers.ts']) {
      const directives = [...read(file).matchAll(/trusted-types ([^;"'`|\n]*(?:'allow-duplicates')?)/g)].map((m) => m[1]);
      assert.ok(directives.length, `${file}: no trusted-types directive`);
      for (const d of directives) for (const n of names) assert.ok(d.split(/\s+/).includes(n), `${file}: "${d}" lacks ${n}`);
    }
  });
});
