// The third test engine: WebKitGTK's MiniBrowser, driven by WebKitWebDriver
// on a virtual display (xvfb-run). Finds them (WEBKIT_DRIVER_PATH and
// WEBKIT_BROWSER_PATH, then the usual system paths); where they are missing it
// installs Debian's webkit2gtk-driver and xvfb when it can (root and apt-get
// present), otherwise it stops with a one-line instruction.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.js';

const DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver'];
const XVFB_RUN_CANDIDATES = ['/usr/bin/xvfb-run', '/usr/local/bin/xvfb-run'];
/** MiniBrowser sits beside the WebKitGTK library: /usr/lib/<triplet>/webkit2gtk-4.1/ (or webkitgtk-6.0/). */
const browserCandidates = () => {
  const dirs = ['/usr/lib', '/usr/libexec', ...(existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((name) => name.includes('-linux-')).map((name) => `/usr/lib/${name}`) : [])];
  return dirs.flatMap((dir) => ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((api) => `${dir}/${api}/MiniBrowser`));
};

const first = (paths) => paths.find((path) => path && existsSync(path));
const find = () => ({
  driver: first([process.env.WEBKIT_DRIVER_PATH, ...DRIVER_CANDIDATES]),
  browser: first([process.env.WEBKIT_BROWSER_PATH, ...browserCandidates()]),
  xvfbRun: first(XVFB_RUN_CANDIDATES),
});

const canInstall = () => {
  try {
    return process.getuid?.() === 0 && !!execSync('command -v apt-get', { shell: '/bin/sh' }).toString().trim();
  } catch {
    return false;
  }
};

/** Paths of WebKitWebDriver, MiniBrowser and xvfb-run, installing Debian's packages where they are missing. */
export const webkitPaths = () => {
  let paths = find();
  if (Object.values(paths).some((path) => !path) && canInstall()) {
    console.log("No WebKit found: installing Debian's webkit2gtk-driver and xvfb…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver xvfb', { stdio: 'inherit', shell: '/bin/sh' });
    paths = find();
  }
  const missing = Object.entries(paths).filter(([, path]) => !path).map(([name]) => name);
  if (missing.length) {
    console.error(
      `No WebKit found (${missing.join(', ')}): install WebKitGTK's driver and a virtual display (Debian: apt-get install webkit2gtk-driver xvfb), set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH, or leave WebKit out with TEST_BROWSERS=chromium,firefox.`,
    );
    process.exit(1);
  }
  return paths;
};

/** Starts WebKitWebDriver on a free port under its own virtual display; resolves once it answers. */
const startDriver = async ({ driver, xvfbRun }) => {
  const port = await freePort();
  // Its own process group, so that stopping it also stops the Xvfb that xvfb-run started.
  // No accelerated compositing: on a virtual display it draws through Mesa's software GL, whose
  // rasterizer crashed MiniBrowser's compositor thread mid-run; WebKit then paints on the CPU.
  const env = { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1' };
  const child = spawn(xvfbRun, ['-a', driver, `--port=${port}`, '--host=127.0.0.1'], { detached: true, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  for (const started = Date.now(); Date.now() - started < 30000; await new Promise((resolve) => setTimeout(resolve, 200))) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${output.trim()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { port, stop };
    } catch {
      // Not listening yet.
    }
  }
  stop();
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s: ${output.trim()}`);
};

/** WebDriver key values for the key names tests use (the WebDriver spec's table); other keys are their character. */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C',
  Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const keyValue = (key) => KEYS[key] ?? key;
const BUTTONS = { left: 0, middle: 1, right: 2 };

/**
 * web-test-runner's commands (sendKeys, sendMouse, setViewport, emulateMedia)
 * drive a page through puppeteer's interface. Its own WebDriver path presses
 * a typed word as one chord and has no key down/up or viewport, so this page
 * speaks that interface over WebDriver Classic instead. WebDriver Classic
 * cannot emulate media: emulating succeeds when the page already matches
 * (as a reset to screen does) and otherwise fails saying so, as in Firefox.
 */
const webdriverPage = (driver) => {
  const keys = (actions) => driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
  const pointer = (actions) => driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  const expectMatch = async (query) => {
    if (!(await driver.execute((q) => matchMedia(q).matches, query))) throw new Error(`WebKit cannot emulate ${query} over WebDriver`);
  };
  return {
    keyboard: {
      down: (key) => keys([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => keys([{ type: 'keyUp', value: keyValue(key) }]),
      press: (key) => keys([{ type: 'keyDown', value: keyValue(key) }, { type: 'keyUp', value: keyValue(key) }]),
      type: (text) => keys([...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }])),
    },
    mouse: {
      move: (x, y) => pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }]),
      click: (x, y, { button = 'left' } = {}) =>
        pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }, { type: 'pointerDown', button: BUTTONS[button] }, { type: 'pointerUp', button: BUTTONS[button] }]),
      down: ({ button = 'left' } = {}) => pointer([{ type: 'pointerDown', button: BUTTONS[button] }]),
      up: ({ button = 'left' } = {}) => pointer([{ type: 'pointerUp', button: BUTTONS[button] }]),
      reset: () => driver.releaseActions().then(() => pointer([{ type: 'pointerMove', duration: 0, x: 0, y: 0 }])),
    },
    /** The window is resized by the difference between the viewport asked for and the one it has. */
    setViewport: async ({ width, height }) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const [innerWidth, innerHeight] = await driver.execute(() => [innerWidth, innerHeight]);
        if (innerWidth === width && innerHeight === height) return;
        const rect = await driver.getWindowRect();
        await driver.setWindowRect(null, null, rect.width + width - innerWidth, rect.height + height - innerHeight);
      }
    },
    emulateMediaType: async (type) => (type ? expectMatch(type) : undefined),
    emulateMediaFeatures: async (features = []) => {
      for (const { name, value } of features) if (value) await expectMatch(`(${name}: ${value})`);
    },
    createCDPSession: async () => {
      throw new Error('WebKit has no DevTools protocol');
    },
  };
};

/**
 * MiniBrowser as a web-test-runner browser, named "WebKit" in the report. The
 * driver starts with the first test file and stops with the runner; tests run
 * one file at a time in one window (concurrency 1).
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    const { driver, browser, xvfbRun } = webkitPaths();
    super({
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
        // WebDriver Classic: WebKitWebDriver's BiDi support is partial.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.paths = { driver, xvfbRun };
    // What web-test-runner's commands ask of a page, answered by webdriverPage.
    this.type = 'puppeteer';
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    this.server = await startDriver(this.paths);
    this.options.port = this.server.port;
    return super.createDriverManager();
  }

  getPage() {
    return (this.page ??= webdriverPage(this.driver));
  }

  async stop() {
    await super.stop();
    this.server?.stop();
    this.server = undefined;
    this.page = undefined;
  }
}

export const webkitLauncher = () => new WebKitLauncher();
