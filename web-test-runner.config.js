import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { testServer } from './test/server.js';
import { ssrServer } from './test/ssr/server.js';
import { emulateForcedColors, recordStoryConsole } from './test/storybook/plugins.js';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: axe and focus checks need a page that is not in the background.
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Standard decorators must not reach the browser untranspiled: target es2022.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), recordStoryConsole(), emulateForcedColors()],
  middleware: [testServer, ssrServer],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
};
