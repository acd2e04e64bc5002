// A Vite plugin that writes, beside the bundle, the licences of the npm packages whose code it contains: which
// package, which version, under which licence, in which of our files, and the licence texts the package ships.
// Generated from the modules actually bundled, so a new dependency cannot ship without its notice.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The package directory and name of a bundled module id under node_modules, or undefined for our own code. */
function packageOf(id) {
  const path = id.replace(/^\0/, '').split('?')[0];
  const at = path.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  const rest = path.slice(at + 14).split(sep);
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return { name, dir: join(path.slice(0, at + 14), ...name.split('/')) };
}

/**
 * The licence texts a package ships: LICENSE*, COPYING*, or from a REUSE `LICENSES/` folder the text of its declared
 * licence (the folder also holds those of its tests and data, which are not bundled).
 */
function licenceTexts(dir, spdx) {
  const files = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)/i.test(f)).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
  const reuse = join(dir, 'LICENSES', `${spdx}.txt`);
  if (spdx && existsSync(reuse)) files.push(reuse);
  return files.map((f) => ({ file: f.slice(dir.length + 1), text: readFileSync(f, 'utf8').trim() }));
}

/**
 * @param {string} fileName the notice's name in the output folder
 * @param {string} [note] a paragraph written before the list (e.g. how to replace an LGPL part)
 */
export function thirdPartyLicences(fileName, note = '') {
  return {
    name: 'od-third-party-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = new Map();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds ?? Object.keys(chunk.modules)) {
          const p = packageOf(id);
          if (!p) continue;
          const entry = found.get(p.name) ?? { ...p, files: new Set() };
          entry.files.add(chunk.fileName);
          found.set(p.name, entry);
        }
      }
      const parts = [...found.values()].sort((a, b) => a.name.localeCompare(b.name)).map((p) => {
        const meta = JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8'));
        const texts = licenceTexts(p.dir, meta.license);
        if (!texts.length) this.warn(`${p.name}: no licence text found`);
        return [
          `## ${p.name}@${meta.version} — ${meta.license ?? 'licence stated only in its text below'}`,
          `Source: https://www.npmjs.com/package/${p.name}/v/${meta.version}`,
          `In: ${[...p.files].sort().join(', ')}`,
          ...texts.map((t) => `\n--- ${t.file} ---\n${t.text}`),
        ].join('\n');
      });
      const head = `Third-party code in these files (generated at build time from the bundled modules).\n${note ? `\n${note}\n` : ''}`;
      this.emitFile({ type: 'asset', fileName, source: `${head}\n${parts.join('\n\n')}\n` });
    },
  };
}
