import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { serveEditorChecks } from './scripts/editor-checks.js';
import { firefoxPage, firefoxPath, firefoxPrefs } from './scripts/firefox.js';
import { webkitLauncher } from './scripts/webkit.js';
import { accessibilityTree } from './test/accessibility-tree.js';
import { reliabilityServer, testServer } from './test/server.js';
import { ssrServer } from './test/ssr/server.js';
import { emulateForcedColors, recordStoryConsole } from './test/storybook/plugins.js';

// Every test runs in Chromium, in Firefox (driven over WebDriver BiDi) and in
// WebKit (WebKitGTK's MiniBrowser over WebDriver Classic); TEST_BROWSERS=chromium,
// firefox or webkit (or a comma-separated list) runs some while iterating.
const engines = (process.env.TEST_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } }),
  firefox: (prefs = {}) =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: { ...firefoxPrefs, ...prefs } },
      createPage: firefoxPage,
    }),
  webkit: webkitLauncher,
};
for (const name of engines) if (!launchers[name]) throw new Error(`TEST_BROWSERS: unknown engine "${name}" (chromium, firefox, webkit)`);

// Firefox cannot switch forced colors per page, so the forced-colors walk runs again in a Firefox launched in them.
const FORCED_COLORS_TESTS = 'test/reliability/forced-colors.test.ts';
const firefoxInForcedColors = () => {
  const launcher = launchers.firefox({ 'browser.display.document_color_use': 2 });
  launcher.name = 'Firefox (forced colors)';
  return launcher;
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: axe and focus checks need a page that is not in the background.
  concurrency: 1,
  // Every engine at once (web-test-runner would otherwise start the third only when one of two has finished).
  concurrentBrowsers: engines.length,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  // Standard decorators must not reach the browser untranspiled: target es2022.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), serveEditorChecks(), recordStoryConsole(), emulateForcedColors(), accessibilityTree()],
  middleware: [testServer, ssrServer, reliabilityServer, (await import('./scripts/feedback-endpoint.js')).feedbackEndpoint()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: engines.map((name) => launchers[name]()),
  groups: engines.includes('firefox') ? [{ name: 'firefox-forced-colors', files: FORCED_COLORS_TESTS, browsers: [firefoxInForcedColors()] }] : [],
};
