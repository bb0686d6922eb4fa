import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import bollard from '../content/quote/bollard.json';
import bollardText from '../content/quote/bollard.json?raw';
import bollardUrl from '../content/quote/bollard.json?url';
import hostile from '../content/quote/invalid/hostile.json';
import missingAuthor from '../content/quote/invalid/missing-author.json';
import wrongTypes from '../content/quote/invalid/wrong-types.json';
import minimal from '../content/quote/minimal.json';
import '../src/quote/care-quote.js';
import type { QuoteContent } from '../src/quote/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

const meta = {
  title: 'Elements/Quote',
  component: 'care-quote',
  args: { content: bollard },
  argTypes: contentArgTypes,
  render: ({ content, src, 'src-timeout': srcTimeout }) =>
    html`<care-quote .content=${content as QuoteContent} src=${ifDefined(src)} src-timeout=${ifDefined(srcTimeout)}></care-quote>`,
} satisfies Meta<ContentArgs>;

export default meta;
type Story = StoryObj<ContentArgs>;

/** The article's quote with its full attribution, then with the name alone. */
const bothQuotes = () =>
  html`<div style="display: grid; gap: 1.5rem">
    <care-quote .content=${bollard as QuoteContent}></care-quote>
    <care-quote .content=${minimal as QuoteContent}></care-quote>
  </div>`;

const shared = sharedStories<ContentArgs>({
  tag: 'care-quote',
  content: bollard,
  text: bollardText,
  url: bollardUrl,
  refused: missingAuthor,
  fallback: html`<p>“Immunotherapy empowers the body’s immune system to recognize and destroy leukemia cells.” — Dr. Catherine Bollard</p>`,
  showcase: { render: bothQuotes },
});

export const Default: Story = {};

/** The words and the speaker's name, without role or organisation. */
export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

/** A quote is never shown without who said it. */
export const MissingAuthor: Story = { name: 'Error: missing author', tags: ['invalid-content'], args: { content: missingAuthor } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

export const HostileText: Story = { name: 'Markup in text stays text', args: { content: hostile } };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

/** Spanish quotation marks and labels; the content is the English sample article. */
export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
