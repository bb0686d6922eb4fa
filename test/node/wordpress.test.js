// The WordPress plugin in a real WordPress (Debian's package, 6.1): built into its zip,
// installed, used by an Author in the block editor, and read by visitors with and
// without JavaScript and after the plugin is deactivated.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { missingPackages, startWordPress } from '../../scripts/wordpress.js';

const root = new URL('../../', import.meta.url);
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
    for (const file of ['care-elements/care-elements.php', 'care-elements/readme.txt', 'care-elements/assets/care-elements.js', ...BLOCKS.map((name) => `care-elements/blocks/${name}/block.json`)]) {
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
      window.wp.data.dispatch('core/block-editor').insertBlocks(Object.entries(samples).map(([name, content]) => createBlock(`care-elements/${name}`, { content })));
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
});
