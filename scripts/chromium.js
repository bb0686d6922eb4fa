// Finds a Chromium for the tests: CHROME_PATH, then the usual system paths.
// Where none is installed it installs Debian's chromium when it can (root and
// apt-get present), otherwise it stops with a one-line instruction.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const find = () => [process.env.CHROME_PATH, ...CANDIDATES].find((path) => path && existsSync(path));

const canInstall = () => {
  try {
    return process.getuid?.() === 0 && !!execSync('command -v apt-get', { shell: '/bin/sh' }).toString().trim();
  } catch {
    return false;
  }
};

export const chromiumPath = () => {
  let path = find();
  if (!path && canInstall()) {
    console.log('No Chromium found: installing Debian\'s chromium…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/sh' });
    path = find();
  }
  if (!path) {
    console.error('No Chromium found: install Chromium or Chrome, or set CHROME_PATH to its executable.');
    process.exit(1);
  }
  return path;
};

/** Flags for a headless Chromium here: no sandbox as root, and no calls home on a closed network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Test files run in parallel pages; background pages must not be throttled.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  // Leak tests collect garbage on demand with gc().
  '--js-flags=--expose-gc',
];
