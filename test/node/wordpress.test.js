// The WordPress plugin in a real WordPress (Debian's package, 6.1): built into its zip,
// installed, used by an Author in the block editor, and read by visitors with and
// without JavaScript and after the plugin is deactivated.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { missingPackages, startWordPress } from '../../scripts/wordpress.js';

const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const BLOCKS = ['article', 'callout', 'faq', 'feedback', 'quote', 'stat', 'takeaways', 'therapy-card'];
const blockJson = (name) => JSON.parse(readFileSync(new URL(`build/wordpress/care-elements/blocks/${name}/block.json`, root), 'utf8'));

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

  /** A page of the block editor, logged in as the Author. */
  const authorPage = async (path) => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/wp-login.php`);
    await page.type('#user_login', site.author);
    await page.type('#user_pass', site.authorPassword);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${site.url}${path}`);
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks.getBlockType('care-elements/faq'), { timeout: 60_000 });
    // The welcome guide would cover the canvas.
    await page.evaluate(() => window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide') && window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'));
    return { page, errors };
  };

  const blocksValid = (page) => page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((block) => ({ name: block.name, isValid: block.isValid })));

  it('builds a zip with a readme, the plugin and one block.json per element', () => {
    const files = execFileSync('unzip', ['-Z1', 'build/wordpress/care-elements.zip'], { cwd: root, encoding: 'utf8' }).split('\n');
    for (const file of ['care-elements/care-elements.php', 'care-elements/readme.txt', 'care-elements/assets/care-elements.js', 'care-elements/assets/care-elements-structured-data.js', ...BLOCKS.map((name) => `care-elements/blocks/${name}/block.json`)]) {
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

  it('registers the eight blocks in a "Health content" category', async () => {
    const types = await rest('/wp/v2/block-types/care-elements');
    assert.deepEqual(types.map((type) => type.name).sort(), BLOCKS.map((name) => `care-elements/${name}`));
    const { page, errors } = await authorPage('/wp-admin/post-new.php');
    const inserter = await page.evaluate(() => ({
      category: window.wp.blocks.getCategories().find((category) => category.slug === 'care-elements')?.title,
      blocks: window.wp.blocks.getBlockTypes().filter((type) => type.category === 'care-elements').map((type) => type.name),
    }));
    assert.equal(inserter.category, 'Health content');
    assert.equal(inserter.blocks.length, 8);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lets an Author publish every block: the post keeps the elements around plain HTML, and reopens valid', async () => {
    const { page, errors } = await authorPage('/wp-admin/post-new.php');
    const samples = Object.fromEntries(BLOCKS.map((name) => [name, blockJson(name).example.attributes.content]));
    postId = await page.evaluate(async (samples) => {
      const { createBlock } = window.wp.blocks;
      window.wp.data.dispatch('core/block-editor').insertBlocks(Object.entries(samples).map(([name, content]) => createBlock(`care-elements/${name}`, { content, ...(name === 'faq' ? { structuredData: true } : {}) })));
      window.wp.data.dispatch('core/editor').editPost({ title: 'Immunotherapy and leukemia', status: 'publish' });
      await window.wp.data.dispatch('core/editor').savePost();
      return window.wp.data.select('core/editor').getCurrentPostId();
    }, samples);
    const post = await rest(`/wp/v2/posts/${postId}&context=edit`);
    assert.equal(post.status, 'publish');
    assert.doesNotMatch(post.content.raw, /<script/i);
    for (const name of BLOCKS) assert.match(post.content.raw, new RegExp(`<!-- wp:care-elements/${name} \\{"content":[[{][^]*?<care-${name} class="wp-block-care-elements-${name}">`), `care-${name} kept`);
    assert.ok(post.content.raw.includes('<h3>Is immunotherapy a cure for leukemia?</h3>'), 'the FAQ questions as headings');
    // WordPress's HTML filter for Authors leaves the content JSON as it was written.
    assert.deepEqual(JSON.parse(/<!-- wp:care-elements\/faq (\{.*?\}) -->/.exec(post.content.raw)[1]).content, samples.faq);
    assert.deepEqual(errors, []);
    await page.close();

    const reopened = await authorPage(`/wp-admin/post.php?post=${postId}&action=edit`);
    assert.deepEqual(await blocksValid(reopened.page), BLOCKS.map((name) => ({ name: `care-elements/${name}`, isValid: true })));
    await reopened.page.close();
  });
  /** Texts every reader must get from the sample post, with or without the elements' script. */
  const sampleTexts = () => {
    const sample = (name) => blockJson(name).example.attributes.content;
    return [
      ...sample('faq').items.flatMap((item) => [item.question, item.answer]),
      ...sample('takeaways').points,
      sample('quote').text,
      sample('stat').label,
      sample('therapy-card').summary,
      sample('article').title,
      'it is not medical advice.',
    ];
  };
  const pageText = (html) =>
    html
      .replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#8217;/g, '’')
      .replace(/\s+/g, ' ');

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

  it('shows every element to a visitor, with no console errors', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Only the site's own requests: WordPress links avatars and images on wordpress.org, which CI cannot reach.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    page.on('requestfailed', (request) => request.url().startsWith(site.url) && errors.push(`${request.url()} failed`));
    page.on('response', (response) => response.url().startsWith(site.url) && response.status() >= 400 && errors.push(`${response.url()}: ${response.status()}`));
    await page.goto(`${site.url}/?p=${postId}`, { waitUntil: 'load' });
    const drawn = await page.evaluate(async (names) => {
      await Promise.all(names.map((name) => customElements.whenDefined(`care-${name}`)));
      const elements = names.map((name) => document.querySelector(`care-${name}`));
      await Promise.all(elements.map((element) => element.updateComplete));
      return elements.map((element) => [element.localName, element.shadowRoot.textContent.replace(/\s+/g, ' ').trim().length > 0]);
    }, BLOCKS);
    // The feedback form shows only where something collects its answers.
    assert.deepEqual(drawn, BLOCKS.map((name) => [`care-${name}`, name !== 'feedback']));
    const shadowText = await page.evaluate(() => document.querySelector('care-faq').shadowRoot.textContent);
    assert.ok(shadowText.includes('Is immunotherapy a cure for leukemia?'), 'the FAQ draws its questions from its JSON');
    // The FAQ block's "structured data" setting reaches the element: one FAQPage, valid JSON.
    // Its JSON-LD module loads after the FAQ's first render.
    await page.waitForFunction(() => document.querySelector('care-faq > script[type="application/ld+json"]'));
    const graphs = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent));
    const faqPages = graphs.map((json) => JSON.parse(json)).flatMap((data) => data['@graph'] ?? [data]).filter((node) => node['@type'] === 'FAQPage');
    assert.equal(faqPages.length, 1);
    assert.equal(faqPages[0].mainEntity.length, blockJson('faq').example.attributes.content.items.length);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async (names) => (await window.axe.run({ include: names.map((name) => [`care-${name}`]) })).violations.map((each) => `${each.id}: ${each.nodes.map((node) => node.target.join(' ')).join(', ')}`), BLOCKS);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps every text readable without JavaScript', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${site.url}/?p=${postId}`);
    const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    for (const expected of sampleTexts()) assert.ok(text.includes(expected), `"${expected}" readable`);
    await page.close();
  });

  it('keeps every text when the plugin is deactivated, and the blocks valid when it is back', async () => {
    site.wp('deactivate');
    try {
      const html = await (await fetch(`${site.url}/?p=${postId}`)).text();
      assert.doesNotMatch(html, /care-elements\.js/);
      const text = pageText(html);
      for (const expected of sampleTexts()) assert.ok(text.includes(expected), `"${expected}" still in the page`);
    } finally {
      site.wp('activate');
    }
    const { page } = await authorPage(`/wp-admin/post.php?post=${postId}&action=edit`);
    assert.ok((await blocksValid(page)).every((block) => block.isValid));
    await page.close();
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
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.care-elements-modal'));
    await page.close();
  });
});
