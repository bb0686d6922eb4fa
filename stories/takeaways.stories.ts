import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import articleTakeaways from '../content/takeaways/article-takeaways.json';
import badPoint from '../content/takeaways/invalid/bad-point.json';
import hostile from '../content/takeaways/invalid/hostile.json';
import noPoints from '../content/takeaways/invalid/no-points.json';
import wrongTypes from '../content/takeaways/invalid/wrong-types.json';
import mainTakeaways from '../content/takeaways/main-takeaways.json';
import mainTakeawaysText from '../content/takeaways/main-takeaways.json?raw';
import mainTakeawaysUrl from '../content/takeaways/main-takeaways.json?url';
import minimal from '../content/takeaways/minimal.json';
import summary from '../content/takeaways/summary.json';
import '../src/takeaways/care-takeaways.js';
import type { TakeawaysContent } from '../src/takeaways/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

type TakeawaysArgs = ContentArgs & { 'heading-level'?: number; compact?: boolean };

const meta = {
  title: 'Elements/Takeaways',
  component: 'care-takeaways',
  args: { content: mainTakeaways, compact: false },
  argTypes: { ...contentArgTypes, 'heading-level': { control: { type: 'number', min: 1, max: 6 } }, compact: { control: 'boolean' } },
  render: ({ content, src, 'src-timeout': srcTimeout, 'heading-level': headingLevel, compact }) =>
    html`<care-takeaways
      .content=${content as TakeawaysContent}
      src=${ifDefined(src)}
      src-timeout=${ifDefined(srcTimeout)}
      heading-level=${ifDefined(headingLevel)}
      ?compact=${compact}
    ></care-takeaways>`,
} satisfies Meta<TakeawaysArgs>;

export default meta;
type Story = StoryObj<TakeawaysArgs>;

/** The article's three summaries: check marks, bullets after a summary, and numbers. */
const everySummary = () =>
  html`<div style="display: grid; gap: 1.5rem">
    ${[mainTakeaways, summary, articleTakeaways].map((content) => html`<care-takeaways .content=${content as TakeawaysContent}></care-takeaways>`)}
  </div>`;

const shared = sharedStories<TakeawaysArgs>({
  tag: 'care-takeaways',
  content: mainTakeaways,
  text: mainTakeawaysText,
  url: mainTakeawaysUrl,
  refused: noPoints,
  fallback: html`<ul>
    <li>Harnesses immune system against leukemia</li>
    <li>Requires oncologist guidance to personalize options</li>
  </ul>`,
  showcase: { render: everySummary },
});

/** Check marks, the default marker. */
export const Default: Story = {};

/** A summary sentence, then bulleted points. */
export const BulletsWithSummary: Story = { name: 'Bullets with a summary', args: { content: summary } };

/** Numbered points make an ordered list; these are the article's longest. */
export const LongContent: Story = { name: 'Long content, numbered', args: { content: articleTakeaways } };

/** A tighter layout for sidebars and narrow columns. */
export const Compact: Story = { args: { compact: true } };

/** With no title, the heading is the "Key takeaways" label. */
export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const AllMarkers: Story = { name: 'All markers', render: everySummary };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

/** Invalid points are reported and left out; the valid ones show. */
export const InvalidPoints: Story = { name: 'Error: some invalid points', tags: ['invalid-content'], args: { content: badPoint } };

export const NoPoints: Story = { name: 'Error: no points', tags: ['invalid-content'], args: { content: noPoints } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

export const HostileText: Story = { name: 'Markup in text stays text', args: { content: hostile } };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

/** The "Key takeaways" label in Spanish, on content without a title of its own. */
export const Spanish: Story = { name: 'Spanish labels', args: { content: minimal }, globals: { locale: 'es' } };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
