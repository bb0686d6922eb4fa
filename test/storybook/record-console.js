// Injected first into the built Storybook's iframe.html by web-test-runner.config.js,
// so the stories test sees every error and warning a story causes, from the start.
window.__storyConsole = { errors: [], warnings: [] };
for (const [level, list] of [['error', 'errors'], ['warn', 'warnings']]) {
  const original = console[level];
  console[level] = (...args) => {
    window.__storyConsole[list].push(args.map(String).join(' '));
    original.apply(console, args);
  };
}
addEventListener('error', (event) => window.__storyConsole.errors.push(`uncaught: ${event.message}`));
addEventListener('unhandledrejection', (event) => window.__storyConsole.errors.push(`unhandled rejection: ${event.reason}`));
