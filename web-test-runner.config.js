import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { firefoxPage, firefoxPath, firefoxPrefs } from './scripts/firefox.js';
import { reliabilityServer, testServer } from './test/server.js';
import { ssrServer } from './test/ssr/server.js';
import { emulateForcedColors, recordStoryConsole } from './test/storybook/plugins.js';

// Every test runs in Chromium and in Firefox (driven over WebDriver BiDi);
// TEST_BROWSERS=chromium or TEST_BROWSERS=firefox runs one while iterating.
const engines = (process.env.TEST_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());
const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: firefoxPrefs },
      createPage: firefoxPage,
    }),
};
for (const name of engines) if (!launchers[name]) throw new Error(`TEST_BROWSERS: unknown engine "${name}" (chromium, firefox)`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: axe and focus checks need a page that is not in the background.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 600000,
  // Standard decorators must not reach the browser untranspiled: target es2022.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), recordStoryConsole(), emulateForcedColors()],
  middleware: [testServer, ssrServer, reliabilityServer],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: engines.map((name) => launchers[name]()),
};
