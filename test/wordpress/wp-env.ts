// A real WordPress for the tests, on loopback: a private MariaDB (datadir and socket under a temporary folder,
// no TCP), one copy of Debian's WordPress core with the built plugin, and one `php -S` per install (single
// site, multisite), each choosing its database through OD_WP_SITE. The local portal serves the data.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findWordpress } from '../../scripts/find-wordpress.mjs';
import { startPortal } from '../../portal/server.js';

export interface WpUser { id: number; login: string; password: string; app: string; role: string }
export interface WpSite { name: string; url: string; users: Record<string, WpUser>; blog?: number; restBase: string }
export interface WpEnv {
  portal: string; single: WpSite; multi: WpSite; network: WpSite; root: string;
  /** Runs PHP with WordPress loaded for an install (the sub-site's blog for 'multi'); returns what it prints. */
  php(site: 'single' | 'multi', code: string): string;
  close(): Promise<void>;
}

const children: ChildProcess[] = [];
/** Each server runs in its own process group (php -S forks workers): stopping it stops them all. */
function stopAll(): Promise<unknown> {
  return Promise.all(children.splice(0).map((c) => {
    const exited = c.exitCode !== null ? Promise.resolve() : new Promise((r) => { c.once('exit', r); setTimeout(r, 10_000); });
    try { process.kill(-c.pid!, 'SIGTERM'); } catch {}
    return exited;
  }));
}
process.once('exit', stopAll);

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => res(port)); });
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try { if (await check()) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function wpConfig(socket: string, ports: { single: number; multi: number }): string {
  return `<?php
// Test configuration: OD_WP_SITE picks the database; OD_WP_MULTI turns the multisite constants on.
$od_site = getenv('OD_WP_SITE') ?: 'single';
define('DB_NAME', 'od_' . $od_site);
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', __DIR__ . '/wp-content/debug-' . $od_site . '.log');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
foreach (array('AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT') as $k) define($k, 'od-test-' . $k);
$od_port = $od_site === 'multi' ? ${ports.multi} : ${ports.single};
if ($od_site === 'multi') define('WP_ALLOW_MULTISITE', true);
if (getenv('OD_WP_MULTI')) {
  define('MULTISITE', true);
  define('SUBDOMAIN_INSTALL', false);
  define('DOMAIN_CURRENT_SITE', '127.0.0.1:' . $od_port);
  define('PATH_CURRENT_SITE', '/');
  define('SITE_ID_CURRENT_SITE', 1);
  define('BLOG_ID_CURRENT_SITE', 1);
}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

export async function startWordpress(pluginDir: string): Promise<WpEnv> {
  const tools = findWordpress();
  const root = mkdtempSync(join(tmpdir(), 'od-wp-'));
  const isRoot = process.getuid?.() === 0;
  // MariaDB: private datadir and socket, no network, no grant checks (nothing else can reach it).
  const data = join(root, 'db');
  const socket = join(root, 'mysql.sock');
  execFileSync(tools.installDb, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db',
    ...(isRoot ? ['--user=root'] : [])], { stdio: 'pipe' });
  const db = spawn(tools.mariadbd, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--skip-grant-tables',
    `--pid-file=${join(root, 'mysql.pid')}`, `--log-error=${join(root, 'mysql.err')}`, '--innodb-buffer-pool-size=32M',
    '--innodb-flush-log-at-trx-commit=0', '--skip-log-bin', ...(isRoot ? ['--user=root'] : [])], { stdio: 'ignore', detached: true });
  children.push(db);
  await until('MariaDB', () => existsSync(socket));
  const sql = (q: string) => execFileSync(tools.client!, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', q], { stdio: 'pipe' });
  await until('MariaDB queries', () => { sql('SELECT 1'); return true; });
  sql('CREATE DATABASE od_single; CREATE DATABASE od_multi;');

  // WordPress: one copy of the core (its own wp-config.php; PHP resolves symlinks, so no links), the plugin.
  const wp = join(root, 'wp');
  cpSync(tools.wordpress, wp, { recursive: true, dereference: true, filter: (p) => !p.endsWith('/wp-config.php') && !p.endsWith('.htaccess') });
  if (!existsSync(join(wp, 'wp-content/themes/twentytwentythree'))) cpSync(tools.theme!, join(wp, 'wp-content/themes/twentytwentythree'), { recursive: true, dereference: true });
  mkdirSync(join(wp, 'wp-content/plugins'), { recursive: true });
  cpSync(pluginDir, join(wp, 'wp-content/plugins/opendata-widgets'), { recursive: true });
  const ports = { single: await freePort(), multi: await freePort() };
  writeFileSync(join(wp, 'wp-config.php'), wpConfig(socket, ports));

  const portal = await startPortal({ port: await freePort(), synthetic: 200 });
  const php = (site: string, step: string, cfg: object, multi = false) => {
    const out = execFileSync(tools.php!, [resolve('test/wordpress/setup.php'), step, JSON.stringify(cfg)], {
      env: { ...process.env, OD_WP_SITE: site, ...(multi ? { OD_WP_MULTI: '1' } : {}) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out.trim().split('\n').pop()!);
  };
  const host = (port: number) => `127.0.0.1:${port}`;
  const single = php('single', 'install', {
    root: wp, host: host(ports.single), port: ports.single, title: 'Commune test (site seul)',
    options: { portal: portal.url, theme: 'qbo', lang: '', accent: '', embed_origins: '', bundle_url: '' },
  });
  const main = php('multi', 'install', { root: wp, host: host(ports.multi), port: ports.multi, title: 'Réseau test', network: true });
  php('multi', 'network', { root: wp, host: host(ports.multi), port: ports.multi, title: 'Réseau test' });
  const multi = php('multi', 'multisite', {
    root: wp, host: host(ports.multi), port: ports.multi,
    network_options: { portal: portal.url, theme: '', lang: '', accent: '', embed_origins: '', bundle_url: '' },
    site_options: { portal: '', theme: 'quimper', lang: 'fr', accent: '', embed_origins: '', bundle_url: '' },
  }, true);

  for (const [site, port] of Object.entries(ports)) {
    const server = spawn(tools.php!, ['-S', `127.0.0.1:${port}`, '-t', wp, resolve('test/wordpress/router.php')], {
      env: { ...process.env, OD_WP_SITE: site, PHP_CLI_SERVER_WORKERS: '4', ...(site === 'multi' ? { OD_WP_MULTI: '1' } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'], detached: true,
    });
    server.stderr?.on('data', () => {});
    children.push(server);
    await until(`php -S on ${port}`, async () => (await fetch(`http://127.0.0.1:${port}/wp-login.php`)).ok);
  }
  const base = (port: number, path = '/') => `http://127.0.0.1:${port}${path}`;
  return {
    root: wp,
    portal: portal.url,
    php(site, code) {
      const boot = `$_SERVER['HTTP_HOST'] = '${host(ports[site])}'; $_SERVER['REQUEST_URI'] = '${site === 'multi' ? '/commune/' : '/'}'; require '${wp}/wp-load.php';`;
      return execFileSync(tools.php, ['-r', boot + code], { env: { ...process.env, OD_WP_SITE: site, ...(site === 'multi' ? { OD_WP_MULTI: '1' } : {}) }, encoding: 'utf8' });
    },
    single: { name: 'site seul', url: base(ports.single), users: single.users, restBase: base(ports.single) },
    network: { name: 'réseau (site principal)', url: base(ports.multi), users: main.users, restBase: base(ports.multi) },
    multi: { name: 'réseau (sous-site)', url: base(ports.multi, '/commune/'), users: multi.users, blog: multi.blog, restBase: base(ports.multi, '/commune/') },
    async close() {
      await stopAll();
      await portal.close();
      if (!process.env.OD_WP_KEEP) rmSync(root, { recursive: true, force: true });
    },
  };
}

/** PHP's own log for an install (WP_DEBUG_LOG): notices and warnings of the plugin show up here. */
export function debugLog(env: WpEnv, site: 'single' | 'multi'): string {
  const f = join(env.root, `wp-content/debug-${site}.log`);
  return existsSync(f) ? readFileSync(f, 'utf8') : '';
}
