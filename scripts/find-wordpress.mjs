// Finds what the WordPress stage needs: PHP (CLI, with mysqli), MariaDB's server and Debian's WordPress.
// Like find-chrome.mjs: where something is missing and we are root on Debian/Ubuntu, installs Debian's packages;
// otherwise throws saying exactly what to install. Never a silent skip.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const WP_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];

function which(cmd) {
  try { return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined; } catch { return undefined; }
}

function found() {
  const php = process.env.PHP_PATH ?? which('php');
  const mariadbd = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld', which('mariadbd')].find((p) => p && existsSync(p));
  const installDb = which('mariadb-install-db') ?? which('mysql_install_db');
  const client = which('mariadb') ?? which('mysql');
  const wordpress = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
  const theme = ['wp-content/themes/twentytwentythree', '../../../var/lib/wordpress/wp-content/themes/twentytwentythree']
    .map((p) => `${wordpress}/${p}`).find((p) => existsSync(`${p}/theme.json`));
  let mysqli = false;
  if (php) { try { mysqli = execFileSync(php, ['-r', 'echo extension_loaded("mysqli") ? 1 : 0;'], { encoding: 'utf8' }) === '1'; } catch {} }
  const missing = [];
  if (!php) missing.push('php-cli');
  else if (!mysqli) missing.push('php-mysql');
  if (!mariadbd || !installDb || !client) missing.push('mariadb-server');
  if (!existsSync(`${wordpress}/wp-settings.php`)) missing.push('wordpress');
  if (!theme) missing.push('wordpress-theme-twentytwentythree');
  return { php, mariadbd, installDb, client, wordpress, theme, missing };
}

/** Paths of php, mariadbd, mariadb-install-db, the mariadb client, WordPress's core folder and Twenty Twenty-Three. */
export function findWordpress({ install = true } = {}) {
  let tools = found();
  if (!tools.missing.length) return tools;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`WordPress stage: installing Debian's packages ${WP_PACKAGES.join(' ')} with apt-get…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...WP_PACKAGES], {
        stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      console.error(`apt-get failed: ${e.message}`);
    }
    tools = found();
    if (!tools.missing.length) return tools;
  }
  throw new Error(
    `The WordPress stage needs ${tools.missing.join(', ')}.\n` +
      `  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${WP_PACKAGES.join(' ')}\n` +
      '  Elsewhere: PHP 7.4+ CLI with mysqli, MariaDB 10.5+ (mariadbd, mariadb-install-db, mariadb), WordPress 6.1+ with\n' +
      '  the Twenty Twenty-Three theme (WORDPRESS_DIR=/path/to/wordpress), PHP_PATH=/path/to/php if not on PATH.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findWordpress());
