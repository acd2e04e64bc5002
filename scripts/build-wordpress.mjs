// `npm run build` (after vite build and cem): the WordPress plugin, as a folder dist/wordpress/opendata-widgets/
// and the zip a webmaster uploads (dist/wordpress/opendata-widgets.zip). The plugin ships the built bundle
// (no third-party request), custom-elements.json (what KSES lets through) and od-editor-lib.js, the builder's
// schema checks for the block editor, built here from the library's own modules. The zip is written with
// node:zlib only, so a fresh machine needs nothing more.
import { build } from 'vite';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const SRC = 'integrations/wordpress';
const OUT = 'dist/wordpress';
const PLUGIN = join(OUT, 'opendata-widgets');
const BUNDLE = join(PLUGIN, 'assets/bundle');
const PLUGIN_FILES = ['opendata-widgets.php', 'uninstall.php', 'readme.txt', 'LICENSE.txt', 'includes', 'assets'];
/** Files of dist/ the plugin needs (the builder is the open-data team's page, not the communes'). */
const DIST_FILES = ['opendata-widgets.js', 'embed.html', 'embed.js', 'od-resize.js', 'themes', 'chunks'];

export async function buildWordpress() {
  if (!existsSync('dist/opendata-widgets.js')) throw new Error('dist/opendata-widgets.js is missing: run `vite build` first.');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(BUNDLE, { recursive: true });
  for (const f of PLUGIN_FILES) cpSync(join(SRC, f), join(PLUGIN, f), { recursive: true });
  for (const f of DIST_FILES) {
    cpSync(join('dist', f), join(BUNDLE, f), { recursive: true, filter: (p) => !p.endsWith('.map') && !/builder/.test(relative('dist', p)) });
  }
  cpSync('custom-elements.json', join(BUNDLE, 'custom-elements.json'));
  await build({
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      lib: { entry: { 'od-editor-lib': join(SRC, 'src/editor-lib.ts') }, formats: ['es'] },
      outDir: BUNDLE,
      emptyOutDir: false,
      rollupOptions: { output: { chunkFileNames: 'chunks/editor-[name]-[hash].js', minify: true } },
    },
  });
  const zip = join(OUT, 'opendata-widgets.zip');
  const entries = files(PLUGIN).map((path) => ({ name: relative(OUT, path).split('\\').join('/'), data: readFileSync(path) }));
  writeFileSync(zip, zipOf(entries));
  console.log(`WordPress plugin: ${zip} (${entries.length} files, ${(statSync(zip).size / 1024).toFixed(0)} KiB)`);
  return { dir: PLUGIN, zip };
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)])).sort();
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A plain zip (deflate, UTF-8 names, fixed 2026-01-01 date so builds are reproducible). */
export function zipOf(entries) {
  const chunks = [];
  const central = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10); local.writeUInt16LE(DOS_DATE, 12); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBuf.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(20, 6); head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10); head.writeUInt16LE(DOS_TIME, 12); head.writeUInt16LE(DOS_DATE, 14); head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20); head.writeUInt32LE(data.length, 24); head.writeUInt16LE(nameBuf.length, 28);
    head.writeUInt32LE(offset, 42);
    chunks.push(local, nameBuf, packed);
    central.push(head, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWordpress();
