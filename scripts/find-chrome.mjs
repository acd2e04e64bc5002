// Finds a Chromium for the browser tests: CHROME_PATH, then the usual paths; where none exists and we
// are root on Debian/Ubuntu, installs Debian's `chromium` package; otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function found() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.warn(`CHROME_PATH=${process.env.CHROME_PATH} does not exist; looking elsewhere.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export function findChrome({ install = true } = {}) {
  let path = found();
  if (path) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (e) {
      console.error(`apt-get failed: ${e.message}`);
    }
    path = found();
    if (path) return path;
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests.\n' +
      '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Or point CHROME_PATH at an installed Chromium/Chrome binary: CHROME_PATH=/path/to/chrome npm test',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChrome());
