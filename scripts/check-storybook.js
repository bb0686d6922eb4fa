// Opens each element's Default story in the built Storybook (storybook-static/)
// in headless Chromium and fails unless the element is defined, draws its
// content, keeps Lit's reactive properties on its prototype (legacy decorators
// with `useDefineForClassFields: false`, as tsconfig.json asks), and the page
// logs no error. A Storybook build succeeds even when its stories throw in the
// browser; this is what CI checks after building it.
import { startDevServer } from '@web/dev-server';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);

const server = await startDevServer({
  config: { rootDir: 'storybook-static', port: Number(process.env.STORYBOOK_CHECK_PORT ?? 6107) },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
const failures = [];

try {
  for (const tag of tags) {
    const id = `elements-${tag.replace(/^care-/, '')}--default`;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Chromium asks for /favicon.ico by itself; Storybook has none.
    const isOwnRequest = (message) => !message.location().url?.endsWith('/favicon.ico');
    page.on('console', (message) => message.type() === 'error' && isOwnRequest(message) && errors.push(message.text()));
    await page.goto(`http://localhost:${server.config.port}/iframe.html?id=${id}&viewMode=story`);
    const problem = await page
      .waitForFunction(
        (tagName) => {
          const element = document.querySelector(`#storybook-root ${tagName}`);
          if (!element || !customElements.get(tagName) || !element.shadowRoot?.querySelector('[part]')) return false;
          const shadowing = [...element.constructor.elementProperties.keys()].filter((name) => Object.hasOwn(element, name));
          return shadowing.length ? `own fields hide reactive properties: ${shadowing.join(', ')}` : 'ok';
        },
        { timeout: 15000 },
        tag,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => `<${tag}> was not defined or drew nothing in story ${id}`);
    if (problem !== 'ok') failures.push(`${tag}: ${problem}`);
    if (errors.length) failures.push(`${tag}: ${errors.join('; ')}`);
    console.log(`storybook: ${id} ${problem === 'ok' && !errors.length ? 'draws its element' : 'FAILED'}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
