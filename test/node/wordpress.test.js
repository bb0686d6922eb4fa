// The WordPress plugin in a real WordPress (Debian's package, 6.1): built into its zip,
// installed, used by an Author in the block editor, and read by visitors with and
// without JavaScript and after the plugin is deactivated.
// WORDPRESS_SCREENSHOTS=<folder> also writes the screenshots docs/wordpress.md shows.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { missingPackages, startWordPress } from '../../scripts/wordpress.js';

const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const BLOCKS = ['article', 'callout', 'faq', 'feedback', 'quote', 'stat', 'takeaways', 'therapy-card'];
const blockJson = (name) => JSON.parse(readFileSync(new URL(`build/wordpress/care-elements/blocks/${name}/block.json`, root), 'utf8'));
const fixture = (path) => {
  const { $schema, ...content } = JSON.parse(readFileSync(new URL(`content/${path}`, root), 'utf8'));
  return content;
};
/** What the Author types into each block's content editor. */
const TYPED = {
  article: fixture('article/minimal.json'),
  callout: fixture('callout/minimal.json'),
  faq: fixture('faq/minimal.json'),
  feedback: fixture('feedback/post.json'),
  quote: fixture('quote/minimal.json'),
  stat: fixture('stat/minimal.json'),
  takeaways: fixture('takeaways/minimal.json'),
  'therapy-card': fixture('therapy-card/minimal.json'),
};
/** The care editor's id for the field at a JSON Pointer (fieldId in src/editor/editor.ts). */
const fieldId = (path) => `f${path.replace(/[^\w-]/g, (c) => `.${c.charCodeAt(0).toString(16)}`)}`;
const screenshots = process.env.WORDPRESS_SCREENSHOTS;
const screenshot = async (page, name, options) => {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `wordpress-${name}.png`), ...options });
};

describe('WordPress plugin', { skip: missingPackages().length ? `needs the Debian packages ${missingPackages().join(' ')}` : false }, () => {
  let site;
  let browser;
  let postId;

  before(async () => {
    execFileSync('node', ['scripts/build-wordpress.js'], { cwd: root, stdio: 'ignore' });
    [site, browser] = await Promise.all([startWordPress(), puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs })]);
  });
  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  const rest = async (route, { method = 'GET', body } = {}) => {
    const response = await fetch(`${site.url}/?rest_route=${route}`, {
      method,
      headers: { Authorization: `Basic ${Buffer.from(`${site.author}:${site.applicationPassword}`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    assert.ok(response.ok, `${method} ${route}: ${response.status} ${await response.clone().text()}`);
    return response.json();
  };

  /** A page logged in as `login` (one browser context per user, logged in once), at `path`. */
  const contexts = new Map();
  const userPage = async (login, path) => {
    let context = contexts.get(login);
    if (!context) {
      context = await browser.createBrowserContext();
      contexts.set(login, context);
      const page = await context.newPage();
      await page.goto(`${site.url}/wp-login.php`);
      await page.type('#user_login', login);
      await page.type('#user_pass', `${login}-password`);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await page.close();
    }
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}${path}`);
    return { page, errors };
  };

  /** A page of the block editor, logged in as the Author. */
  const authorPage = async (path) => {
    const { page, errors } = await userPage(site.author, path);
    await dismissWelcomeGuide(page);
    return { page, errors };
  };

  /** Waits for the block editor; its welcome guide would cover the canvas. */
  const dismissWelcomeGuide = async (page) => {
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks.getBlockType('care-elements/faq'), { timeout: 60_000 });
    await page.evaluate(() => window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide') && window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'));
  };

  /** A reader's page, logged in as nobody, collecting errors from the page and the site's own requests. */
  const visitorPage = async ({ javaScript = true } = {}) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setJavaScriptEnabled(javaScript);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Only the site's own requests: WordPress links avatars and images on wordpress.org, which CI cannot reach.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    page.on('requestfailed', (request) => {
      // Chromium reports a keepalive request (the feedback's POST) as aborted when its browser process takes it over; the feedback test checks what the site stored.
      const keepalive = request.method() === 'POST' && request.failure()?.errorText === 'net::ERR_ABORTED';
      if (request.url().startsWith(site.url) && !keepalive) errors.push(`${request.url()} failed: ${request.failure()?.errorText}`);
    });
    // The browser asks for /favicon.ico of its own accord; WordPress 6.1's site icon is opt-in.
    page.on('response', (response) => response.url().startsWith(site.url) && !response.url().endsWith('/favicon.ico') && response.status() >= 400 && errors.push(`${response.url()}: ${response.status()}`));
    return { page, errors };
  };

  const blocksValid = (page) => page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((block) => ({ name: block.name, isValid: block.isValid })));

  /** Every element on the page defined and drawn: `[tag, has text in its shadow root]`. */
  const drawnElements = (page) =>
    page.evaluate(async () => {
      const elements = [...document.querySelectorAll('.entry-content > *')].filter((element) => element.localName.startsWith('care-'));
      await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
      await Promise.all(elements.map((element) => element.updateComplete));
      return elements.map((element) => [element.localName, element.shadowRoot.textContent.replace(/\s+/g, ' ').trim().length > 0]);
    });

  /** The page's JSON-LD, each script parsed (a script that is not valid JSON fails the test). */
  const structuredData = (page) => page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent)).then((texts) => texts.map((text) => JSON.parse(text)));
  const faqPages = (graphs) => graphs.flatMap((data) => data['@graph'] ?? [data]).filter((node) => node['@type'] === 'FAQPage');

  const pageText = (html) =>
    html
      .replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#8217;/g, '’')
      .replace(/\s+/g, ' ');

  /** A text as readers read it: no emphasis marks, and a glossary term as its word. */
  const readerText = (text) => text.replace(/\*\*|\*/g, '').replace(/\[\[([^[\]|]+)(?:\|[\w.-]+)?\]\]/g, '$1');

  /** Every text of a content document, markup aside: what readers must be able to read. */
  const textsOf = (value) => {
    if (typeof value === 'string') return [readerText(value)];
    if (Array.isArray(value)) return value.flatMap(textsOf);
    if (!value || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, field]) => (['type', 'variant', 'kind', 'qualifier', 'proportion', 'url', 'endpoint', 'published', 'lastReviewed', 'nextReview', 'audience', 'status'].includes(key) ? [] : textsOf(field)));
  };

  /** What readers read of the typed content without the elements' script: everything but the feedback form, which needs it. */
  const readable = () => textsOf({ ...TYPED, feedback: undefined });

  it('builds a zip with a readme, the plugin and one block.json per element', () => {
    const files = execFileSync('unzip', ['-Z1', 'build/wordpress/care-elements.zip'], { cwd: root, encoding: 'utf8' }).split('\n');
    for (const file of ['care-elements/care-elements.php', 'care-elements/includes/feedback.php', 'care-elements/includes/faq-structured-data.php', 'care-elements/readme.txt', 'care-elements/assets/care-elements.js', 'care-elements/assets/care-elements-structured-data.js', 'care-elements/assets/care-elements-feedback.js', ...BLOCKS.map((name) => `care-elements/blocks/${name}/block.json`)]) {
      assert.ok(files.includes(file), `${file} in the zip`);
    }
    const readme = execFileSync('unzip', ['-p', 'build/wordpress/care-elements.zip', 'care-elements/readme.txt'], { cwd: root, encoding: 'utf8' });
    assert.match(readme, /^=== Care Elements ===\n/);
    for (const header of ['Requires at least: 6.1', 'Stable tag: ', 'License: ', '== Description ==', '== Installation ==']) assert.ok(readme.includes(header), header);
    for (const name of BLOCKS) {
      const block = blockJson(name);
      assert.equal(block.apiVersion, 2);
      assert.equal(block.category, 'care-elements');
      assert.ok(block.icon && block.description && block.keywords.length && block.example.attributes.content, `care-elements/${name} has an icon, a description, keywords and an example`);
    }
  });

  /** Types a content document into the open content editor, field by field, adding list entries with their buttons. */
  const typeContent = async (page, value, path = '') => {
    const inEditor = (selector) => page.waitForSelector(`.care-elements-modal care-editor >>> ${selector}`);
    const press = async (selector, key = 'Enter') => {
      await (await inEditor(selector)).focus();
      await page.keyboard.press(key);
    };
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const blockType = await page.$(`.care-elements-modal care-editor >>> [id="${fieldId(path)}-type"]`);
        if (blockType) {
          // An article block: its type from the list, by arrow keys, then "Add block".
          await blockType.focus();
          while ((await blockType.evaluate((select) => select.value)) !== item.type) await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Tab');
          await page.keyboard.press('Enter');
        } else await press(`[id="${fieldId(path)}-add"]`);
        await typeContent(page, item, `${path}/${index}`);
      }
    } else if (value && typeof value === 'object') {
      for (const [key, field] of Object.entries(value)) if (key !== 'type') await typeContent(page, field, `${path}/${key}`);
    } else {
      await (await inEditor(`[id="${fieldId(path)}"]`)).focus();
      await page.keyboard.type(String(value));
    }
  };

  it('lets an Author (without unfiltered_html) insert each block from the "Health content" category of the inserter, type its content and publish, by keyboard', async () => {
    const me = await rest('/wp/v2/users/me&context=edit');
    assert.ok(me.roles.includes('author') && !me.capabilities.unfiltered_html, 'an Author, whose posts go through the HTML filter');
    const types = await rest('/wp/v2/block-types/care-elements');
    assert.deepEqual(types.map((type) => type.name).sort(), BLOCKS.map((name) => `care-elements/${name}`));
    const { page, errors } = await authorPage('/wp-admin/post-new.php');
    const inserter = await page.evaluate(() => ({
      category: window.wp.blocks.getCategories().find((category) => category.slug === 'care-elements')?.title,
      blocks: window.wp.blocks.getBlockTypes().filter((type) => type.category === 'care-elements').map((type) => type.name).sort(),
    }));
    assert.deepEqual(inserter, { category: 'Health content', blocks: BLOCKS.map((name) => `care-elements/${name}`) });
    await (await page.waitForSelector('.editor-post-title__input')).focus();
    await page.keyboard.type('Immunotherapy and leukemia');
    for (const name of BLOCKS) {
      const { title } = blockJson(name);
      // The inserter: its toggle, the block's name in its search field, Enter.
      await (await page.waitForSelector('.edit-post-header-toolbar__inserter-toggle')).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.block-editor-inserter__search input:focus');
      if (name === BLOCKS[0]) {
        // Browsing rather than searching, the blocks are in their own category.
        await (await page.waitForSelector('.block-editor-inserter__panel-title ::-p-text(Health content)')).evaluate((title) => title.scrollIntoView());
        await screenshot(page, 'inserter');
      }
      await page.keyboard.type(title);
      // Tab leaves the search field for the results; arrow keys move among them.
      const option = `editor-block-list-item-care-elements-${name}`;
      await page.waitForSelector(`.${option}`);
      const focusedOption = () => page.evaluate(() => document.activeElement.className);
      for (let tabs = 0; !(await focusedOption()).includes('block-editor-block-types-list__item') && tabs < 4; tabs++) await page.keyboard.press('Tab');
      for (let arrows = 0; !(await focusedOption()).includes(option) && arrows < 10; arrows++) await page.keyboard.press('ArrowRight');
      assert.ok((await focusedOption()).includes(option), `${title} in the inserter`);
      await page.keyboard.press('Enter');
      const clientId = await page.waitForFunction((name) => window.wp.data.select('core/block-editor').getSelectedBlock()?.name === `care-elements/${name}` && window.wp.data.select('core/block-editor').getSelectedBlockClientId(), {}, name).then((handle) => handle.jsonValue());
      // A new block starts with no content, not an empty array the content editor cannot fill.
      assert.ok(!Array.isArray(await page.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id).content, clientId)), `care-elements/${name} content`);

      await (await page.waitForSelector(`[data-block="${clientId}"] > .components-button`)).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.care-elements-modal care-editor');
      await typeContent(page, TYPED[name]);
      assert.deepEqual(await page.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id).content, clientId), TYPED[name], `care-elements/${name} holds what was typed`);
      if (name === 'faq') await screenshot(page, 'content-editor');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.care-elements-modal'));
    }
    if (screenshots) {
      // The FAQ block selected, its settings beside it.
      await page.evaluate(() => {
        const faq = window.wp.data.select('core/block-editor').getBlocks().find((block) => block.name === 'care-elements/faq');
        window.wp.data.dispatch('core/block-editor').selectBlock(faq.clientId);
        window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        document.querySelector(`[data-block="${faq.clientId}"]`).scrollIntoView({ block: 'center' });
      });
      await page.waitForSelector('.block-editor-block-inspector .components-toggle-control');
      await screenshot(page, 'blocks');
    }
    assert.equal(await page.evaluate(() => window.wp.data.select('core/editor').isPostSavingLocked()), false, 'nothing keeps the post from being published');

    await (await page.waitForSelector('.editor-post-publish-panel__toggle')).focus();
    await page.keyboard.press('Enter');
    await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])')).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished() && !window.wp.data.select('core/editor').isSavingPost(), { timeout: 30_000 });
    postId = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    assert.deepEqual(errors, []);
    await page.close();

    const post = await rest(`/wp/v2/posts/${postId}&context=edit`);
    assert.equal(post.status, 'publish');
    assert.doesNotMatch(post.content.raw, /<script/i);
    for (const name of BLOCKS) {
      assert.match(post.content.raw, new RegExp(`<!-- wp:care-elements/${name} \\{"content":\\{[^]*?<care-${name} class="wp-block-care-elements-${name}">`), `care-${name} kept`);
      // WordPress's HTML filter for Authors leaves the content JSON as it was typed.
      const attributes = new RegExp(`<!-- wp:care-elements/${name} (\\{.*?\\}) -->`).exec(post.content.raw)[1];
      assert.deepEqual(JSON.parse(attributes).content, TYPED[name]);
    }
    assert.ok(post.content.raw.includes(`<h3>${TYPED.faq.items[0].question}</h3>`), 'the FAQ question as a heading');

  });

  it('serves its own script only on pages with a block, deferred and versioned, and gives each element its content', async () => {
    const html = await (await fetch(`${site.url}/?p=${postId}`)).text();
    const scripts = html.match(/<script[^>]*care-elements\.js[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1, 'one script');
    assert.match(scripts[0], new RegExp(`^<script[^>]* defer src=["']${site.url}/care-test-plugins/care-elements/assets/care-elements\\.js\\?ver=0\\.1\\.0["']`));
    for (const name of BLOCKS) assert.match(html, new RegExp(`<care-${name} content="\\{`), `care-${name} gets its JSON`);
    const withoutBlocks = await (await fetch(`${site.url}/?p=1`)).text();
    assert.match(withoutBlocks, /Hello world/);
    assert.doesNotMatch(withoutBlocks, /care-elements\.js/);
  });

  it('shows every element to a visitor, with no console errors, axe clean, and one FAQPage', async () => {
    const { page, errors } = await visitorPage();
    await page.goto(`${site.url}/?p=${postId}`, { waitUntil: 'load' });
    assert.deepEqual(await drawnElements(page), BLOCKS.map((name) => [`care-${name}`, true]));
    const shadowText = await page.evaluate(() => document.querySelector('care-faq').shadowRoot.textContent);
    assert.ok(shadowText.includes(TYPED.faq.items[0].question), 'the FAQ draws its questions from its JSON');
    const graphs = await structuredData(page);
    assert.equal(faqPages(graphs).length, 1);
    assert.equal(new Set(graphs.map((graph) => JSON.stringify(graph))).size, graphs.length, 'no JSON-LD twice');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async (names) => (await window.axe.run({ include: names.map((name) => [`care-${name}`]) })).violations.map((each) => `${each.id}: ${each.nodes.map((node) => node.target.join(' ')).join(', ')}`), BLOCKS);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.browserContext().close();
  });

  it('keeps every text readable without JavaScript', async () => {
    const { page } = await visitorPage({ javaScript: false });
    await page.goto(`${site.url}/?p=${postId}`);
    const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    for (const expected of readable()) assert.ok(text.includes(expected), `"${expected}" readable`);
    await page.browserContext().close();
  });

  it('keeps every text when the plugin is deactivated, and the blocks valid when it is back', async () => {
    site.wp('deactivate');
    try {
      for (const id of [postId, ...site.samplePosts.map((post) => post.id)]) {
        const html = await (await fetch(`${site.url}/?p=${id}`)).text();
        assert.doesNotMatch(html, /care-elements\.js|application\/ld\+json/);
        const text = pageText(html);
        for (const expected of id === postId ? readable() : sampleTexts()) assert.ok(text.includes(expected), `"${expected}" still in post ${id}`);
      }
    } finally {
      site.wp('activate');
    }
    const { page } = await authorPage(`/wp-admin/post.php?post=${postId}&action=edit`);
    assert.deepEqual(await blocksValid(page), BLOCKS.map((name) => ({ name: `care-elements/${name}`, isValid: true })));
    const notices = await page.$$eval('.block-editor-warning', (warnings) => warnings.map((warning) => warning.textContent));
    assert.deepEqual(notices, [], 'no "unexpected or invalid content"');
    await page.close();
  });

  /** Texts of the seed article that its sample posts must show, with or without the elements' script. */
  const sampleTexts = () => {
    const seed = fixture('immunotherapy-leukemia.json');
    const faq = seed.blocks.find((block) => block.type === 'faq');
    return [
      ...seed.blocks.filter((block) => block.type === 'paragraph').flatMap((block) => block.text.split(/\n\s*\n/)),
      ...faq.items.flatMap((item) => [item.question, item.answer]),
      ...seed.blocks.find((block) => block.type === 'takeaways').points,
      seed.blocks.find((block) => block.type === 'quote').text,
    ].map(readerText);
  };

  it('starts with the seed article as sample posts: as blocks, and as one Health article block, valid in the editor', async () => {
    assert.equal(site.samplePosts.length, 2);
    for (const { id } of site.samplePosts) {
      const { page } = await visitorPage({ javaScript: false });
      await page.goto(`${site.url}/?p=${id}`);
      const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
      for (const expected of sampleTexts()) assert.ok(text.includes(expected.replace(/\s+/g, ' ')), `"${expected}" readable in post ${id}`);
      await page.browserContext().close();
    }
    const [asBlocks] = site.samplePosts;
    const post = await rest(`/wp/v2/posts/${asBlocks.id}&context=edit`);
    assert.equal(post.author, (await rest('/wp/v2/users/me')).id, 'written by the Author');
    const { page, errors } = await visitorPage();
    await page.goto(`${site.url}/?p=${asBlocks.id}`, { waitUntil: 'load' });
    assert.ok((await drawnElements(page)).every(([, drawn]) => drawn), 'every element drawn');
    const [faqPage] = faqPages(await structuredData(page));
    assert.equal(faqPage.mainEntity.length, fixture('faq/immunotherapy-faq.json').items.length);
    assert.deepEqual(errors, []);
    await page.browserContext().close();

    const editor = await authorPage(`/wp-admin/post.php?post=${asBlocks.id}&action=edit`);
    const blocks = await blocksValid(editor.page);
    assert.ok(blocks.some((block) => block.name === 'core/paragraph') && blocks.some((block) => block.name === 'care-elements/therapy-card'));
    assert.deepEqual(blocks.filter((block) => !block.isValid), []);
    await editor.page.close();
  });

  it('merges the questions of several FAQ blocks into one FAQPage in the page head, with answers as the elements write them', async () => {
    const { careBlock, block } = await import(new URL('build/wordpress/sample-posts.mjs', root));
    const seedFaq = fixture('faq/immunotherapy-faq.json');
    const formatted = {
      items: [{ question: 'How is markup in an answer written in the structured data?', answer: '**Bold**, *emphasis* and [links](https://example.org/a) keep their text, \\*escapes\\* their character:\n\n- a list item\n- another </script> item' }],
    };
    const hidden = { items: [{ question: 'A question whose block has no structured data', answer: 'Not in the FAQPage.' }] };
    const created = await rest('/wp/v2/posts', {
      method: 'POST',
      body: {
        title: 'Questions',
        status: 'publish',
        content: [careBlock('faq', { content: seedFaq }), block('core/paragraph', {}, '<p>Between the FAQs.</p>'), careBlock('faq', { content: formatted }), careBlock('faq', { content: hidden, structuredData: false })].join('\n\n'),
      },
    });
    const { page, errors } = await visitorPage();
    await page.goto(`${site.url}/?p=${created.id}`, { waitUntil: 'load' });
    await drawnElements(page);
    const scripts = await page.$$eval('script[type="application/ld+json"]', (each) => each.map((script) => script.parentElement.localName));
    assert.deepEqual(scripts, ['head'], 'one JSON-LD script, in the head');
    const [faqPage, ...more] = faqPages(await structuredData(page));
    assert.equal(more.length, 0);
    assert.deepEqual(faqPage.mainEntity.map((question) => question.name), [...seedFaq.items, ...formatted.items].map((item) => item.question));
    // The same JSON-LD the FAQ element writes for these questions.
    const written = await page.evaluate(async (items) => {
      const faq = document.createElement('care-faq');
      faq.setAttribute('structured-data', '');
      faq.content = { items };
      document.body.append(faq);
      await faq.updateComplete;
      // The element's JSON-LD module loads after its first render.
      while (!faq.querySelector('script')) await new Promise((resolve) => setTimeout(resolve, 50));
      return JSON.parse(faq.querySelector('script').textContent).mainEntity;
    }, [...seedFaq.items, ...formatted.items]);
    assert.deepEqual(faqPage.mainEntity, written);
    assert.deepEqual(errors, []);
    await page.browserContext().close();
  });

  it('numbers the works of a post’s blocks once, in one list at the end of the post that readers without JavaScript never see empty', async () => {
    const { careBlock, block } = await import(new URL('build/wordpress/sample-posts.mjs', root));
    const guide = { id: 'guide', title: 'A patient guide', publisher: 'A cancer charity' };
    const study = { id: 'study', title: 'A study of the therapy', url: 'https://example.org/study' };
    const created = await rest('/wp/v2/posts', {
      method: 'POST',
      body: {
        title: 'Cited',
        status: 'publish',
        content: [
          careBlock('callout', { content: { body: 'A first claim.[^guide]', sources: [guide] } }),
          block('core/paragraph', {}, '<p>Between the blocks.</p>'),
          careBlock('stat', { content: { value: 'Over 70%', label: 'of people in one study', source: 'study', sources: [study, guide] } }),
          careBlock('quote', { content: fixture('quote/minimal.json') }),
        ].join('\n\n'),
      },
    });
    const listId = `care-post-${created.id}-sources`;
    const { page, errors } = await visitorPage();
    await page.goto(`${site.url}/?p=${created.id}`, { waitUntil: 'load' });
    await drawnElements(page);
    await page.waitForFunction((id) => document.querySelectorAll(`#${id} li`).length === 2, {}, listId);
    const shown = await page.evaluate((id) => {
      const place = document.getElementById(id);
      const cites = (tag) => [...document.querySelector(tag).shadowRoot.querySelectorAll('a.cite')].map((link) => link.textContent);
      return {
        last: place === document.querySelector('.entry-content').lastElementChild,
        hidden: place.hidden,
        heading: place.querySelector('h2').textContent,
        entries: [...place.querySelectorAll('li')].map((entry) => entry.id),
        elementsSharing: [...document.querySelectorAll(`[reference-list="${id}"]`)].map((element) => element.localName),
        ownLists: document.querySelectorAll('[slot="references"]').length,
        callout: cites('care-callout'),
        stat: cites('care-stat'),
      };
    }, listId);
    assert.deepEqual(shown, {
      last: true,
      hidden: false,
      heading: 'Sources',
      entries: ['care-ref-guide', 'care-ref-study'],
      elementsSharing: ['care-callout', 'care-stat'],
      ownLists: 0,
      callout: ['Source 1'],
      stat: ['Source 2'],
    });
    assert.deepEqual(errors, []);
    await page.browserContext().close();

    const { page: withoutScript } = await visitorPage({ javaScript: false });
    await withoutScript.goto(`${site.url}/?p=${created.id}`);
    const read = await withoutScript.evaluate((id) => ({ placeShown: document.getElementById(id).checkVisibility(), text: document.body.innerText }), listId);
    assert.equal(read.placeShown, false, 'no empty Sources heading without JavaScript');
    for (const title of [guide.title, study.title]) assert.ok(read.text.includes(title), `"${title}" readable in its block`);
    await withoutScript.browserContext().close();

    // A post whose blocks list no works has no list's place.
    const { page: uncited } = await visitorPage();
    await uncited.goto(`${site.url}/?p=${postId}`);
    assert.equal(await uncited.$('.care-post-sources'), null);
    await uncited.browserContext().close();
  });

  it('stores readers’ feedback in WordPress through its own REST route, limits it per reader, and shows it only to those who can edit the post', async () => {
    const [{ id: postId }] = site.samplePosts;
    const { page, errors } = await visitorPage();
    await page.goto(`${site.url}/?p=${postId}`, { waitUntil: 'load' });
    const endpoint = await page.$eval('care-feedback', (element) => element.getAttribute('endpoint'));
    assert.equal(endpoint, `${site.url}/index.php?rest_route=/care-elements/v1/feedback/${postId}`);
    await (await page.waitForSelector('care-feedback >>> button[aria-pressed]')).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('care-feedback >>> textarea:focus');
    await page.keyboard.type('Clear, thank you.');
    await (await page.waitForSelector('care-feedback >>> button[type="submit"]')).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('care-feedback').shadowRoot.querySelector('.message')?.textContent.includes('Thank you'));
    assert.deepEqual(errors, []);
    await page.browserContext().close();

    const send = (body, id = postId) => fetch(endpoint.replace(/\d+$/, id), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await send({ helpful: 'perhaps' })).status, 400, 'helpful is yes or no');
    assert.equal((await send({ helpful: true, comment: 'x'.repeat(501) })).status, 400, 'a comment is at most 500 characters');
    assert.equal((await send({ helpful: true }, 1)).status, 404, 'only a post with a feedback block takes answers');
    assert.equal((await send({ helpful: true }, 99999)).status, 404);
    for (const body of [{ helpful: false, comment: 'More on side effects, please.' }, { helpful: false }, { helpful: true }, { helpful: true, comment: '<b>Bold</b> & brave' }]) {
      assert.equal((await send(body)).status, 204);
    }
    assert.equal((await send({ helpful: true })).status, 429, 'five answers an hour from one address');

    const { page: list } = await userPage(site.author, '/wp-admin/edit.php');
    assert.equal(await list.$eval(`#post-${postId} .column-care_elements_feedback`, (cell) => cell.textContent.trim()), '3 helpful, 2 not helpful');
    await screenshot(list, 'feedback-column', { clip: await (await list.$(`#post-${postId}`)).boundingBox() });
    await list.setViewport({ width: 1280, height: 1400 });
    await list.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`);
    await dismissWelcomeGuide(list);
    const box = await list.waitForSelector('#care-elements-feedback');
    await box.evaluate((element) => element.scrollIntoView());
    const boxText = await box.evaluate((element) => element.textContent.replace(/\s+/g, ' '));
    for (const expected of ['3 helpful, 2 not helpful', 'Clear, thank you.', 'More on side effects, please.', 'Bold & brave']) assert.ok(boxText.includes(expected), `"${expected}" in the meta box`);
    assert.ok(boxText.indexOf('Bold & brave') < boxText.indexOf('Clear, thank you.'), 'newest first');
    await screenshot(list, 'feedback', { clip: await box.boundingBox() });
    await list.close();

    site.wp('user', 'other', 'author');
    const { page: other } = await userPage('other', '/wp-admin/edit.php');
    assert.equal(await other.$eval(`#post-${postId} .column-care_elements_feedback`, (cell) => cell.textContent.trim()), '', 'another Author sees no counts');
    await other.close();
  });

  it('keeps a post with invalid content from being published, naming the block and the field, until the content editor fixes it', async () => {
    const { page } = await authorPage('/wp-admin/post-new.php');
    await page.evaluate(() => {
      const block = window.wp.blocks.createBlock('care-elements/faq', { content: { items: [{ question: 'Is immunotherapy a cure for leukemia?' }] } });
      window.wp.data.dispatch('core/block-editor').insertBlocks([block]);
      window.careBlockId = block.clientId;
    });
    await page.waitForFunction(() => window.wp.data.select('core/editor').isPostSavingLocked());
    const notice = await page.evaluate(() => window.wp.data.select('core/notices').getNotices().map((each) => each.content).join('\n'));
    assert.match(notice, /FAQ block/);
    assert.match(notice, /\/items\/0\/answer/);

    // The Author fixes it by keyboard in the content editor, which the block opens in a dialog.
    const editButton = await page.waitForSelector('.wp-block-care-elements-faq button');
    await editButton.focus();
    await page.keyboard.press('Enter');
    const answer = await page.waitForSelector('.care-elements-modal care-editor >>> [id="f.2fitems.2f0.2fanswer"]');
    await answer.focus();
    await page.keyboard.type('Not for every subtype yet.');
    await page.waitForFunction(() => !window.wp.data.select('core/editor').isPostSavingLocked());
    assert.deepEqual(await page.evaluate(() => window.wp.data.select('core/block-editor').getBlockAttributes(window.careBlockId).content), {
      items: [{ question: 'Is immunotherapy a cure for leukemia?', answer: 'Not for every subtype yet.' }],
    });
    // Tab and Shift+Tab go round the dialog: from its Close button back into the editor, and on from there to Close.
    await (await page.waitForSelector('.care-elements-modal .components-modal__header button')).focus();
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => document.activeElement.localName === 'care-editor', { timeout: 5000 });
    // Still open a moment later.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(await page.$('.care-elements-modal'), 'the dialog stays open');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement.matches('.components-modal__header button'), { timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.care-elements-modal'));
    await page.close();
  });
});
