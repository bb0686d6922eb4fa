// `npm start`: builds dist/care-elements.js and dist/care-editor.js (the bundles
// the demo and editor pages load), serves the pages of web-dev-server.config.js,
// and rebuilds them whenever a file under src/ changes, so that reloading the
// page shows an edit.
// PORT (default 8000) sets the port; HOST (default 127.0.0.1, this machine
// only) where it listens: HOST=0.0.0.0 serves every network the machine is on.
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { watch } from 'rollup';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const { default: rollupConfigs } = await import('../rollup.config.js');
const { default: serverConfig, pages } = await import('../web-dev-server.config.js');

const BUNDLES = ['dist/care-elements.js', 'dist/care-editor.js'];
const BUNDLE_NAMES = BUNDLES.join(' and ');
const port = Number(process.env.PORT || 8000);
const host = process.env.HOST || '127.0.0.1';

/** Builds the bundles, then rebuilds them on each change in src/; resolves after the first build, failed or not. */
const watchBundles = () =>
  new Promise((firstBuildDone) => {
    const configs = rollupConfigs.filter(({ output }) => BUNDLES.includes(output.file));
    const watcher = watch(configs.map((config) => ({ ...config, watch: { include: 'src/**', clearScreen: false } })));
    let built = false;
    watcher.on('event', (event) => {
      event.result?.close();
      const file = event.output?.[0]?.replace(`${process.cwd()}/`, '');
      if (event.code === 'BUNDLE_START' && built) console.log(`src/ changed: rebuilding ${file}…`);
      if (event.code === 'BUNDLE_END' && built) console.log(`Rebuilt ${file} in ${event.duration} ms; reload the page to see it.`);
      // A failed build keeps the last good bundle on the page; the next save tries again.
      if (event.code === 'ERROR') console.error(`${file ?? 'A bundle'} was not rebuilt: ${event.error.message}`);
      if (event.code === 'END' || event.code === 'ERROR') {
        if (!built) firstBuildDone();
        built = true;
      }
    });
  });

/** The host names to print: localhost for this machine, and the machine's addresses when every network is served. */
const printedHosts = (address) => {
  if (['127.0.0.1', 'localhost'].includes(host)) return ['localhost'];
  if (!['0.0.0.0', '::'].includes(host)) return [address.includes(':') ? `[${address}]` : address];
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((each) => each.family === 'IPv4' && !each.internal)
    .map((each) => each.address);
  return ['localhost', ...external];
};

console.log(`Building ${BUNDLE_NAMES}…`);
await watchBundles();
const devServer = await startDevServer({
  config: { ...serverConfig, port, middlewareMode: true, injectWebSocket: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const server = createServer(devServer.koaApp.callback());
server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; choose another with PORT=8001 npm start` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const { address, port: listening } = server.address();
  const lines = printedHosts(address).flatMap((name) => pages.map((page) => `  ${page.name}: http://${name}:${listening}${page.path}`));
  console.log(`\n${lines.join('\n')}\n\nEdits in src/ rebuild ${BUNDLE_NAMES}; reload the page to see them. Ctrl+C stops.\n`);
});
