import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import immunotherapyFaq from '../content/faq/immunotherapy-faq.json';
import immunotherapyFaqText from '../content/faq/immunotherapy-faq.json?raw';
import immunotherapyFaqUrl from '../content/faq/immunotherapy-faq.json?url';
import hostile from '../content/faq/invalid/hostile.json';
import invalidItems from '../content/faq/invalid/invalid-items.json';
import malformed from '../content/faq/invalid/malformed.json?raw';
import noValidItems from '../content/faq/invalid/no-valid-items.json';
import unknownField from '../content/faq/invalid/unknown-field.json';
import wrongTypes from '../content/faq/invalid/wrong-types.json';
import minimal from '../content/faq/minimal.json';
import '../src/faq/care-faq.js';
import { withIds, type FaqContent } from '../src/faq/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

type FaqArgs = ContentArgs & {
  'heading-level'?: number;
  open?: string;
  single?: boolean;
  filter?: boolean;
  'no-expand-all'?: boolean;
  'structured-data'?: boolean;
};

/** The ids the FAQ gives its questions (slugs of the questions), for `open` and the URL hash. */
const [firstId, secondId] = withIds((immunotherapyFaq as FaqContent).items).map((item) => item.id);

const meta = {
  title: 'Elements/FAQ',
  component: 'care-faq',
  args: { content: immunotherapyFaq, single: false, filter: false, 'no-expand-all': false, 'structured-data': false },
  argTypes: {
    ...contentArgTypes,
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    open: { control: 'text' },
    single: { control: 'boolean' },
    filter: { control: 'boolean' },
    'no-expand-all': { control: 'boolean' },
    'structured-data': { control: 'boolean' },
  },
  parameters: { actions: { handles: ['care-toggle', 'care-content-load', 'care-content-error'] } },
  render: (args) =>
    html`<care-faq
      .content=${args.content as FaqContent}
      src=${ifDefined(args.src)}
      src-timeout=${ifDefined(args['src-timeout'])}
      heading-level=${ifDefined(args['heading-level'])}
      open=${ifDefined(args.open)}
      ?single=${args.single}
      ?filter=${args.filter}
      ?no-expand-all=${args['no-expand-all']}
      ?structured-data=${args['structured-data']}
    ></care-faq>`,
} satisfies Meta<FaqArgs>;

export default meta;
type Story = StoryObj<FaqArgs>;

const shared = sharedStories<FaqArgs>({
  tag: 'care-faq',
  content: immunotherapyFaq,
  text: immunotherapyFaqText,
  url: immunotherapyFaqUrl,
  malformed,
  fallback: html`<h3>Who are the ideal candidates for immunotherapy for leukemia?</h3>
    <p>A qualified oncologist accounts for leukemia subtype, prior treatments, patient age, co-existing conditions, and other key factors.</p>`,
  showcase: { args: { filter: true, open: firstId } },
});

/** All questions closed. */
export const Default: Story = {};

/** Opening one answer closes the others. */
export const Single: Story = { args: { single: true, open: firstId } };

/** A search field narrows the questions as the reader types. */
export const Filter: Story = { args: { filter: true } };

/** The `open` attribute names the items that start open, by id. */
export const OpenItems: Story = { name: 'Open items', args: { open: `${firstId} ${secondId}` } };

/**
 * The item that the URL hash names opens on load. The story changes
 * the page's address, so it is left out of the docs page.
 */
export const HashOpenedItem: Story = {
  name: 'Item opened by the URL hash',
  tags: ['!autodocs'],
  beforeEach: () => {
    const address = location.href;
    history.replaceState(history.state, '', `#${secondId}`);
    return () => history.replaceState(history.state, '', address);
  },
};

/** Every answer open: the FAQ at its longest. */
export const LongContent: Story = { name: 'Long content, all open', args: { open: withIds((immunotherapyFaq as FaqContent).items).map((item) => item.id).join(' ') } };

export const NoExpandAll: Story = { name: 'Without Expand all', args: { 'no-expand-all': true } };

export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

/** Invalid items are reported and left out; the others show. */
export const InvalidItems: Story = { name: 'Error: some invalid items', tags: ['invalid-content'], args: { content: invalidItems } };

export const NoValidItems: Story = { name: 'Error: no valid items', tags: ['invalid-content'], args: { content: noValidItems } };

export const UnknownField: Story = { name: 'Error: unknown field', tags: ['invalid-content'], args: { content: unknownField } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

/** Markup-like text is shown as text; the item whose id is not a valid id is reported and left out. */
export const HostileText: Story = { name: 'Markup in text stays text', tags: ['invalid-content'], args: { content: hostile } };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
