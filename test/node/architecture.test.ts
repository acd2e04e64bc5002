// docs/architecture.md stays true: every path its tree names exists, and so does every repository path it quotes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const doc = readFileSync('docs/architecture.md', 'utf8');

/** Paths of the tree block: a line's first word under its parent folder, and the `*.ts|*.html|*.mjs` names after a folder. */
function treePaths(): string[] {
  const block = /## Tree[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const parents: string[] = [];
  const out: string[] = [];
  for (const line of block.split('\n').filter((l) => l.trim())) {
    const depth = (line.length - line.trimStart().length) / 2;
    const [first, ...rest] = line.trim().split(/\s+/);
    if (!/[./]/.test(first)) continue; // a description continued on the next line
    parents.length = depth;
    const path = [...parents, first].join('');
    if (first.endsWith('/')) parents.push(first);
    if (path.includes('<')) continue; // a placeholder such as elements/<name>/
    out.push(path);
    if (first.endsWith('/')) {
      // File names listed in the description (not inside back-quotes, which quote commands or outputs).
      const text = rest.join(' ').replace(/`[^`]*`/g, '');
      for (const m of text.matchAll(/(?:^|[\s(,])([\w.-]+\.(?:ts|mjs|html))\b/g)) out.push(path + m[1]);
    }
  }
  return out;
}

describe('docs/architecture.md', () => {
  it('names only paths that exist in its tree', () => {
    const paths = treePaths();
    assert.ok(paths.length > 30, `only ${paths.length} paths read from the tree`);
    assert.deepEqual(paths.filter((p) => !existsSync(join(p))), []);
  });

  it('quotes only repository paths that exist', () => {
    const quoted = [...doc.matchAll(/`((?:src|test|portal|docs|scripts|demo)\/[\w./-]+)`/g)].map((m) => m[1])
      .filter((p) => !p.includes('<'));
    assert.ok(quoted.length > 5);
    assert.deepEqual(quoted.filter((p) => !existsSync(p)), []);
  });

  it('the check sees a missing file', () => {
    assert.equal(existsSync('src/core/no-such-file.ts'), false);
    assert.ok(treePaths().includes('src/core/od-element.ts'));
  });
});
