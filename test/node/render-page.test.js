// `care-elements render --page`: a complete page for every content file, with
// its language, title, meta description and one h1 above the element's headings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contentFiles, renderCommand, renderPage, root } from './helpers.js';

const decode = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]);
const metaDescription = (page) => decode(/<meta name="description" content="([^"]*)">/.exec(page)?.[1] ?? '');
const titleOf = (page) => decode(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? '');
/** Heading levels in document order; shadow roots are inline in the page, where the flat tree has them. */
const headingLevels = (page) => [...page.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
/** The text of the page's h1 (tags and lit's comment markers dropped). */
const h1Text = (page) => decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1].replace(/<[^>]*>/g, '') ?? '');

describe('care-elements render --page', () => {
  for (const file of contentFiles()) {
    it(`${file}: lang, a title, a meta description and one h1 with the element's headings below it`, async () => {
      const { code, stdout: page, stderr, titled } = await renderPage(file);
      assert.equal(code, 0, stderr);
      assert.match(page, /^<!doctype html>\n<html lang="en">/);
      const content = JSON.parse(readFileSync(join(root, file), 'utf8'));
      const title = titled ? 'A page of care elements' : (content.title ?? content.name);
      assert.equal(titleOf(page), title);
      assert.equal(h1Text(page), title);
      const description = metaDescription(page);
      assert.ok(description.length >= 10 && description.length <= 160, `description: "${description}"`);
      const levels = headingLevels(page);
      assert.equal(levels[0], 1, `levels ${levels}`);
      assert.equal(levels.filter((level) => level === 1).length, 1, `levels ${levels}`);
      levels.reduce((deepest, level) => {
        assert.ok(level <= deepest + 1, `h${level} after h${deepest}: levels ${levels}`);
        return Math.max(deepest, level);
      }, 1);
    });
  }

  it('gives content with no title of its own an h1 from --title, and exits 2 without one', async () => {
    const untitled = await renderCommand('content/faq/minimal.json', '--page');
    assert.equal(untitled.code, 2);
    assert.match(untitled.stderr, /no title for the page's <h1>; give the page one with --title/);
    const { code, stdout } = await renderCommand('content/faq/minimal.json', '--page', '--title', 'Questions & answers');
    assert.equal(code, 0);
    assert.match(stdout, /<main>\n<h1>Questions &amp; answers<\/h1>\n<care-faq /);
    assert.deepEqual(headingLevels(stdout), [1, 2]);
    const invalid = await renderCommand('content/stat/invalid/wrong-types.json', '--page');
    assert.equal(invalid.code, 1, 'invalid content reports its errors first');
    assert.match(invalid.stderr, /\/value: expected a string/);
  });

  it('puts the content\'s own title under a --title h1, one level down', async () => {
    const { stdout } = await renderCommand('content/immunotherapy-leukemia.json', '--page', '--title', 'Leukemia library');
    assert.equal(titleOf(stdout), 'Leukemia library');
    const levels = headingLevels(stdout);
    assert.deepEqual(levels.slice(0, 2), [1, 2]);
    assert.ok(!levels.slice(1).includes(1));
  });

  it('takes the meta description from the content, shortened at a word, or from --description', async () => {
    const article = JSON.parse(readFileSync(join(root, 'content/immunotherapy-leukemia.json'), 'utf8'));
    const firstParagraph = article.blocks.find((block) => block.type === 'paragraph').text;
    const { stdout } = await renderCommand('content/immunotherapy-leukemia.json', '--page');
    const description = metaDescription(stdout);
    assert.ok(description.endsWith('…') && description.length <= 160, description);
    assert.ok(firstParagraph.startsWith(description.slice(0, -1)), description);
    const card = await renderCommand('content/therapy-card/car-t-cell-therapy.json', '--page');
    assert.equal(metaDescription(card.stdout), 'Engineers patient T cells to better recognize leukemia cells.');
    const faq = await renderCommand('content/faq/minimal.json', '--page', '--title', 'FAQ', '--description', 'Answers about "immunotherapy".');
    assert.equal(metaDescription(faq.stdout), 'Answers about "immunotherapy".');
  });

  it('loads the hydrating bundle from beside the page on its own site by default, and writes --icon', async () => {
    const { stdout } = await renderCommand('content/immunotherapy-leukemia.json', '--page');
    assert.deepEqual([...stdout.matchAll(/<script src="([^"]*)"/g)].map((match) => match[1]), ['care-elements-hydrate.js']);
    assert.doesNotMatch(stdout, /rel="icon"/);
    const withIcon = await renderCommand('content/immunotherapy-leukemia.json', '--page', '--icon', '/favicon.svg', '--bundle', '/js/hydrate.js');
    assert.match(withIcon.stdout, /<link rel="icon" href="\/favicon.svg">/);
    assert.match(withIcon.stdout, /<script src="\/js\/hydrate.js"><\/script>\n<\/body>/);
  });

  it('refuses the page options without --page', async () => {
    for (const option of [['--title', 'A'], ['--description', 'B'], ['--bundle', 'c.js'], ['--icon', 'd.svg']]) {
      const { code, stderr } = await renderCommand('content/immunotherapy-leukemia.json', ...option);
      assert.equal(code, 2);
      assert.match(stderr, new RegExp(`${option[0]} goes with --page`));
    }
  });
});
