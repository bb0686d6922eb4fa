import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import amlRemission from '../content/stat/aml-remission.json';
import cllRemission from '../content/stat/cll-remission.json';
import cllResponse from '../content/stat/cll-response.json';
import cllResponseText from '../content/stat/cll-response.json?raw';
import cllResponseUrl from '../content/stat/cll-response.json?url';
import hostile from '../content/stat/invalid/hostile.json';
import outOfRange from '../content/stat/invalid/out-of-range.json';
import wrongTypes from '../content/stat/invalid/wrong-types.json';
import minimal from '../content/stat/minimal.json';
import '../src/stat/care-stat.js';
import { statVisuals, type StatContent, type StatVisual } from '../src/stat/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

type StatArgs = ContentArgs & { visual?: StatVisual };

const meta = {
  title: 'Elements/Stat',
  component: 'care-stat',
  args: { content: cllResponse },
  argTypes: { ...contentArgTypes, visual: { control: 'inline-radio', options: statVisuals } },
  render: ({ content, src, 'src-timeout': srcTimeout, visual }) =>
    html`<care-stat .content=${content as StatContent} src=${ifDefined(src)} src-timeout=${ifDefined(srcTimeout)} visual=${ifDefined(visual)}></care-stat>`,
} satisfies Meta<StatArgs>;

export default meta;
type Story = StoryObj<StatArgs>;

/** The article's three figures. */
const everyFigure = () =>
  html`<div style="display: grid; gap: 1rem">
    ${[cllResponse, cllRemission, amlRemission].map((content) => html`<care-stat .content=${content as StatContent}></care-stat>`)}
  </div>`;

const shared = sharedStories<StatArgs>({
  tag: 'care-stat',
  content: cllResponse,
  text: cllResponseText,
  url: cllResponseUrl,
  fallback: html`<p><strong>Over 70%</strong> of CLL patients respond to anti-CD19 CAR T-cell therapy</p>`,
  showcase: { render: everyFigure },
});

/** The proportion as an icon array of 100 people. */
export const Default: Story = {};

export const Bar: Story = { args: { visual: 'bar' } };

export const NoVisual: Story = { name: 'No visual', args: { visual: 'none' } };

/** A figure the article gives in words only: no proportion, so no picture. */
export const WithoutProportion: Story = { name: 'Without a proportion', args: { content: amlRemission } };

export const AllFigures: Story = { name: 'All figures', render: everyFigure };

export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

/** A proportion above 1 is reported; the figure and its label still show. */
export const ProportionOutOfRange: Story = { name: 'Error: proportion out of range', tags: ['invalid-content'], args: { content: outOfRange } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

export const HostileText: Story = { name: 'Markup in text stays text', args: { content: hostile } };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

/** Interface labels and the proportion in words in Spanish; the content is the English sample article. */
export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
