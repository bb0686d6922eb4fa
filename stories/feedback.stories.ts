import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { waitFor } from 'storybook/test';
import hostile from '../content/feedback/invalid/hostile.json';
import malformed from '../content/feedback/invalid/malformed.json?raw';
import unknownField from '../content/feedback/invalid/unknown-field.json';
import wrongTypes from '../content/feedback/invalid/wrong-types.json';
import labels from '../content/feedback/labels.json';
import minimal from '../content/feedback/minimal.json';
import post from '../content/feedback/post.json';
import postText from '../content/feedback/post.json?raw';
import postUrl from '../content/feedback/post.json?url';
import '../src/feedback/care-feedback.js';
import type { FeedbackContent } from '../src/feedback/content.js';
import { contentArgTypes, missingSrc, sharedStories, type ContentArgs } from './support/content-contract.js';

type FeedbackArgs = ContentArgs & { endpoint?: string; collect?: 'event'; page?: string };
type Play = NonNullable<StoryObj['play']>;

const meta = {
  title: 'Elements/Feedback',
  component: 'care-feedback',
  // The stories collect answers from the event (see the Actions panel), unless a story sets an endpoint.
  args: { content: minimal, collect: 'event' },
  argTypes: { ...contentArgTypes, endpoint: { control: 'text' }, collect: { control: 'inline-radio', options: [undefined, 'event'] }, page: { control: 'text' } },
  parameters: { actions: { handles: ['care-feedback', 'care-content-load', 'care-content-error'] } },
  render: ({ content, src, 'src-timeout': srcTimeout, endpoint, collect, page }) =>
    html`<care-feedback
      .content=${content as FeedbackContent}
      src=${ifDefined(src)}
      src-timeout=${ifDefined(srcTimeout)}
      endpoint=${ifDefined(endpoint)}
      collect=${ifDefined(collect)}
      page=${ifDefined(page)}
    ></care-feedback>`,
} satisfies Meta<FeedbackArgs>;

export default meta;
type Story = StoryObj<FeedbackArgs>;

const shadowButton = (element: Element, selector: string) => {
  const button = element.shadowRoot?.querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`no ${selector} in <${element.localName}>`);
  return button;
};

/** Presses Yes, as a reader would, so the comment field shows. */
const answerYes: Play = async ({ canvasElement }) => {
  const element = canvasElement.querySelector('care-feedback')!;
  await element.updateComplete;
  shadowButton(element, 'fieldset button').click();
  await element.updateComplete;
};

/** Presses Yes, then Skip, and waits for the outcome. */
const answerYesAndSkip: Play = async (context) => {
  await answerYes(context);
  const element = context.canvasElement.querySelector('care-feedback')!;
  shadowButton(element, 'form > .actions button[type="button"]').click();
  await waitFor(() => shadowButton(element, '.message, .retry'));
};

const shared = sharedStories<FeedbackArgs>({
  tag: 'care-feedback',
  content: post,
  text: postText,
  url: postUrl,
  malformed,
  showcase: { play: answerYes },
  attributes: { collect: 'event' },
});

/** The question on its own; the comment field appears once the reader answers. */
export const Default: Story = {};

export const CustomQuestion: Story = { name: 'Custom question', args: { content: post } };

/** The content's `labels` replace the built-in strings. */
export const CustomLabels: Story = { name: 'Custom labels', args: { content: labels }, play: answerYes };

export const Answered: Story = { play: answerYes };

/** With `collect="event"`, the `care-feedback` event carries the answer to the page; the reader is thanked. */
export const Sent: Story = { play: answerYesAndSkip };

/** The endpoint failed: the answer is kept and the reader can try again. */
export const SendingFailed: Story = { name: 'Sending failed', args: { endpoint: missingSrc }, play: answerYesAndSkip };

/** Neither an endpoint nor `collect="event"`: nothing would receive an answer, so the question is not shown and the console says why. */
export const NotCollected: Story = { name: 'Error: nothing collects the answers', tags: ['invalid-content', 'not-shown', '!autodocs'], args: { collect: undefined } };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

/** The question needs no content, so invalid content leaves the default question in place. */
export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

/** `endpoint` in the content is ignored: where feedback goes is the page's choice, set by the attribute. */
export const UnknownField: Story = { name: 'Error: unknown field', tags: ['invalid-content'], args: { content: unknownField } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

export const HostileText: Story = { name: 'Markup in text stays text', args: { content: hostile }, play: answerYes };

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
