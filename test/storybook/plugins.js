// web-test-runner plugins for test/stories.test.ts, which opens the built Storybook's stories.

const STORY_PAGE = '/storybook-static/iframe.html';

/** Loads test/storybook/record-console.js before any of Storybook's own scripts. */
export const recordStoryConsole = () => ({
  name: 'record-story-console',
  transform(context) {
    if (context.path !== STORY_PAGE) return undefined;
    return { body: context.body.replace('<head>', '<head><script src="/test/storybook/record-console.js"></script>') };
  },
});

/**
 * `executeServerCommand('emulate-forced-colors', 'active' | 'none')`. Neither
 * the emulateMedia command nor puppeteer's emulateMediaFeatures accept
 * forced-colors, so it goes to Chromium over the DevTools protocol, on a
 * session kept per page because emulation ends when its session does.
 */
export const emulateForcedColors = () => {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
};
