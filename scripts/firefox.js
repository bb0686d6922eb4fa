// Finds a Firefox for the second test engine: FIREFOX_PATH, then the usual
// system paths. Where none is installed it installs Debian's firefox-esr when
// it can (root and apt-get present), otherwise it stops with a one-line
// instruction. Tests drive it through puppeteer over WebDriver BiDi, so no
// browser download is needed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox'];

const find = () => [process.env.FIREFOX_PATH, ...CANDIDATES].find((path) => path && existsSync(path));

const canInstall = () => {
  try {
    return process.getuid?.() === 0 && !!execSync('command -v apt-get', { shell: '/bin/sh' }).toString().trim();
  } catch {
    return false;
  }
};

export const firefoxPath = () => {
  let path = find();
  if (!path && canInstall()) {
    console.log("No Firefox found: installing Debian's firefox-esr…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit', shell: '/bin/sh' });
    path = find();
  }
  if (!path) {
    console.error('No Firefox found: install Firefox (Debian: apt-get install firefox-esr), set FIREFOX_PATH to its executable, or run only Chromium with TEST_BROWSERS=chromium.');
    process.exit(1);
  }
  return path;
};

/** Preferences for a quiet headless Firefox on a closed network. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.update.enabled': false,
};

/**
 * A test page in Firefox, adapted where puppeteer's WebDriver BiDi support
 * falls short of its DevTools support:
 * - the keyboard knows the "Space" key name that sendKeys presses;
 * - BiDi cannot emulate media, so emulateMedia (and a DevTools
 *   Emulation.setEmulatedMedia) succeeds when the page already matches what
 *   is asked (as a reset to screen does) and otherwise fails saying so;
 *   tests that need it are skipped in Firefox by name, or run in a Firefox
 *   launched in that mode (forced colors).
 */
export const firefoxPage = async ({ context }) => {
  const page = await context.newPage();
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  const expectMatch = async (query) => {
    if (!(await page.evaluate((q) => matchMedia(q).matches, query))) throw new Error(`Firefox cannot emulate ${query} over WebDriver BiDi`);
  };
  page.emulateMediaType = async (type) => (type ? expectMatch(type) : undefined);
  page.emulateMediaFeatures = async (features = []) => {
    for (const { name, value } of features) if (value) await expectMatch(`(${name}: ${value})`);
  };
  // Commands written for Chromium's DevTools protocol emulate media the same way; anything else says it is unavailable.
  page.createCDPSession = async () => ({
    send: async (method, params = {}) => {
      if (method !== 'Emulation.setEmulatedMedia') throw new Error(`Firefox has no DevTools protocol (${method})`);
      if (params.media) await expectMatch(params.media);
      for (const { name, value } of params.features ?? []) if (value) await expectMatch(`(${name}: ${value})`);
      return {};
    },
  });
  return page;
};
