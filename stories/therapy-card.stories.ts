import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import carT from '../content/therapy-card/car-t-cell-therapy.json';
import carTText from '../content/therapy-card/car-t-cell-therapy.json?raw';
import carTUrl from '../content/therapy-card/car-t-cell-therapy.json?url';
import checkpointInhibitors from '../content/therapy-card/checkpoint-inhibitors.json';
import badItems from '../content/therapy-card/invalid/bad-items.json';
import hostile from '../content/therapy-card/invalid/hostile.json';
import malformed from '../content/therapy-card/invalid/malformed.json?raw';
import missingName from '../content/therapy-card/invalid/missing-name.json';
import unknownField from '../content/therapy-card/invalid/unknown-field.json';
import wrongTypes from '../content/therapy-card/invalid/wrong-types.json';
import minimal from '../content/therapy-card/minimal.json';
import monoclonalAntibodies from '../content/therapy-card/monoclonal-antibodies.json';
import '../src/therapy-card/care-therapy-card.js';
import type { TherapyCardContent } from '../src/therapy-card/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

type TherapyCardArgs = ContentArgs & { 'heading-level'?: number; expanded?: boolean; 'structured-data'?: boolean };

const meta = {
  title: 'Elements/Therapy card',
  component: 'care-therapy-card',
  args: { content: carT, expanded: false, 'structured-data': false },
  argTypes: {
    ...contentArgTypes,
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    expanded: { control: 'boolean' },
    'structured-data': { control: 'boolean' },
  },
  render: ({ content, src, 'src-timeout': srcTimeout, 'heading-level': headingLevel, expanded, 'structured-data': structuredData }) =>
    html`<care-therapy-card
      .content=${content as TherapyCardContent}
      src=${ifDefined(src)}
      src-timeout=${ifDefined(srcTimeout)}
      heading-level=${ifDefined(headingLevel)}
      ?expanded=${expanded}
      ?structured-data=${structuredData}
    ></care-therapy-card>`,
} satisfies Meta<TherapyCardArgs>;

export default meta;
type Story = StoryObj<TherapyCardArgs>;

/** The article's three therapies side by side, one column when narrow; `expanded` opens every card. */
const threeCards = ({ expanded = false }: TherapyCardArgs) =>
  html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); align-items: start">
    ${[carT, checkpointInhibitors, monoclonalAntibodies].map(
      (content) => html`<care-therapy-card .content=${content as TherapyCardContent} ?expanded=${expanded}></care-therapy-card>`,
    )}
  </div>`;

const shared = sharedStories<TherapyCardArgs>({
  tag: 'care-therapy-card',
  content: carT,
  text: carTText,
  url: carTUrl,
  malformed,
  fallback: html`<h3>CAR T-cell therapy</h3>
    <p>Engineers patient T cells to better recognize leukemia cells.</p>`,
  showcase: { args: { expanded: true }, render: threeCards },
});

/** Details collapsed behind "Learn how it works". */
export const Default: Story = {};

export const Expanded: Story = { args: { expanded: true } };

/** A status badge and note, and the longest details. */
export const LongContent: Story = { name: 'Long content, with a status', args: { content: checkpointInhibitors, expanded: true } };

/** Name, category and summary only: nothing to expand. */
export const SummaryOnly: Story = { name: 'Summary only', args: { content: monoclonalAntibodies } };

export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const ThreeCardGrid: Story = { name: 'Three-card grid', render: threeCards };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

export const MissingName: Story = { name: 'Error: missing name', tags: ['invalid-content'], args: { content: missingName } };

/** Invalid items are reported and left out; the rest of the card shows. */
export const InvalidItems: Story = { name: 'Error: some invalid items', tags: ['invalid-content'], args: { content: badItems, expanded: true } };

export const UnknownField: Story = { name: 'Error: unknown field', tags: ['invalid-content'], args: { content: unknownField } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

export const HostileText: Story = { name: 'Markup in text stays text', args: { content: hostile, expanded: true } };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
