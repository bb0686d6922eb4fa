import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import badBlock from '../content/article/invalid/bad-block.json';
import missingTitle from '../content/article/invalid/missing-title.json';
import minimal from '../content/article/minimal.json';
import minimalText from '../content/article/minimal.json?raw';
import imageArticle from '../content/article/image.json';
import patternUrl from '../content/article/media/pattern.svg?url';
import reviewed from '../content/article/reviewed.json';
import seedArticle from '../content/immunotherapy-leukemia.json';
import seedArticleUrl from '../content/immunotherapy-leukemia.json?url';
import '../src/article/care-article.js';
import type { ArticleContent } from '../src/article/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

type ArticleArgs = ContentArgs & { 'heading-level'?: number; 'no-contents'?: boolean; 'structured-data'?: boolean };

const meta = {
  title: 'Elements/Article',
  component: 'care-article',
  args: { content: seedArticle, 'no-contents': false, 'structured-data': false },
  argTypes: {
    ...contentArgTypes,
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'no-contents': { control: 'boolean' },
    'structured-data': { control: 'boolean' },
  },
  render: (args) =>
    html`<care-article
      .content=${args.content as ArticleContent}
      src=${ifDefined(args.src)}
      src-timeout=${ifDefined(args['src-timeout'])}
      heading-level=${ifDefined(args['heading-level'])}
      ?no-contents=${args['no-contents']}
      ?structured-data=${args['structured-data']}
    ></care-article>`,
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;

const shared = sharedStories<ArticleArgs>({
  tag: 'care-article',
  content: minimal,
  text: minimalText,
  url: seedArticleUrl,
  refused: missingTitle,
  fallback: html`<h1>Exploring Immunotherapy’s Role in Leukemia Treatment</h1>
    <p>Immunotherapy aims to reactivate and enhance the body’s innate capacity to detect and destroy cancerous cells.</p>`,
});

/** The whole seed article, "Exploring Immunotherapy’s Role in Leukemia Treatment", built from the other elements. */
export const Default: Story = { name: 'Whole seed article' };

/** A named author and reviewer with credentials and role, dates, sources, review dates and a disclaimer. */
export const Reviewed: Story = { name: 'With sources and review dates', args: { content: reviewed } };

/** An image block: a figure with caption and credit, loaded lazily in the space its width and height reserve. */
export const WithImage: Story = {
  name: 'With an image block',
  args: {
    content: {
      ...imageArticle,
      blocks: imageArticle.blocks.map((block) => (block.type === 'image' ? { ...block, src: patternUrl, srcset: `${patternUrl} 960w` } : block)),
    },
  },
};

export const NoContents: Story = { name: 'Without the contents list', args: { 'no-contents': true } };

/** Inside a page that already has its `<h1>`, the title becomes an `<h2>` and every heading follows. */
export const HeadingLevel: Story = { name: 'Heading level 2', args: { 'heading-level': 2 } };

export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

/** Invalid blocks are reported and left out; the rest of the article shows. */
export const InvalidBlocks: Story = { name: 'Error: some invalid blocks', tags: ['invalid-content'], args: { content: badBlock } };

export const MissingTitle: Story = { name: 'Error: missing title', tags: ['invalid-content'], args: { content: missingTitle } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

/** Interface labels and dates in Spanish, on content with dates; the content is the English sample article. */
export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish, args: { content: reviewed } };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
