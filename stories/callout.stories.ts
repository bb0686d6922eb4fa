import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import additionalTakeaway from '../content/callout/additional-takeaway.json';
import cited from '../content/callout/cited.json';
import disclaimer from '../content/callout/disclaimer.json';
import info from '../content/callout/info.json';
import hostile from '../content/callout/invalid/hostile.json';
import malformed from '../content/callout/invalid/malformed.json?raw';
import missingBody from '../content/callout/invalid/missing-body.json';
import unknownField from '../content/callout/invalid/unknown-field.json';
import wrongTypes from '../content/callout/invalid/wrong-types.json';
import limitation from '../content/callout/limitation.json';
import limitationText from '../content/callout/limitation.json?raw';
import limitationUrl from '../content/callout/limitation.json?url';
import minimal from '../content/callout/minimal.json';
import takeaway from '../content/callout/takeaway.json';
import seed from '../content/immunotherapy-leukemia.json';
import warning from '../content/callout/warning.json';
import '../src/callout/care-callout.js';
import type { CareCallout } from '../src/callout/care-callout.js';
import { calloutVariants, type CalloutContent, type CalloutVariant } from '../src/callout/content.js';
import { contentArgTypes, sharedStories, type ContentArgs } from './support/content-contract.js';

type CalloutArgs = ContentArgs & { variant?: CalloutVariant };

const meta = {
  title: 'Elements/Callout',
  component: 'care-callout',
  args: { content: limitation },
  argTypes: { ...contentArgTypes, variant: { control: 'inline-radio', options: calloutVariants } },
  render: ({ content, src, 'src-timeout': srcTimeout, variant }) =>
    html`<care-callout .content=${content as CalloutContent} src=${ifDefined(src)} src-timeout=${ifDefined(srcTimeout)} variant=${ifDefined(variant)}></care-callout>`,
} satisfies Meta<CalloutArgs>;

export default meta;
type Story = StoryObj<CalloutArgs>;

/** One of each variant, from the sample article. */
const everyVariant = () =>
  html`<div style="display: grid; gap: 1rem">
    ${[info, additionalTakeaway, limitation, warning, disclaimer].map((content) => html`<care-callout .content=${content as CalloutContent}></care-callout>`)}
  </div>`;

const shared = sharedStories<CalloutArgs>({
  tag: 'care-callout',
  content: limitation,
  text: limitationText,
  url: limitationUrl,
  malformed,
  fallback: html`<p><strong>Limitation:</strong> benefits remain modest for younger or low-risk AML patients.</p>`,
  showcase: { render: everyVariant },
});

export const Default: Story = {};

/** A sentence of the sample article with its glossary term marked: the term opens its definition and the reference it was checked against. */
const glossaryTerm = {
  variant: 'info',
  body: 'Despite most AML patients achieving [[remission]] with chemotherapy, many relapse as drugs fail to eliminate all leukemia stem cells.',
  glossary: seed.glossary.filter((entry) => entry.id === 'remission'),
} as CalloutContent;

/** The glossary term's toggletip, opened as a reader's click opens it. */
export const GlossaryTerm: Story = {
  name: 'Glossary term, definition open',
  args: { content: glossaryTerm },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<CareCallout>('care-callout')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!.click();
  },
};

export const UnknownGlossaryTerm: Story = {
  name: 'Error: a term naming no glossary entry',
  tags: ['invalid-content'],
  args: { content: { body: 'Despite most AML patients achieving [[remision]] with chemotherapy.', glossary: glossaryTerm.glossary } as CalloutContent },
};

/** `[^id]` citations: numbered links to the list of sources, which sits in the element's light DOM so that the links work without script. */
export const Citations: Story = { name: 'Citations and their list of sources', args: { content: cited as CalloutContent } };

/** Two elements sharing one list with `reference-list`: each work is listed and numbered once for the page. */
export const SharedReferenceList: Story = {
  name: 'One list of sources shared by two elements',
  render: () => html`<care-callout reference-list="story-sources" .content=${cited as CalloutContent}></care-callout>
    <care-callout
      reference-list="story-sources"
      .content=${{ body: 'A sentence citing the second example work again.[^example-review]', sources: cited.sources.slice(1, 2) } as CalloutContent}
    ></care-callout>
    <section id="story-sources" hidden>
      <h2>Sources</h2>
    </section>`,
};

export const UnknownCitation: Story = {
  name: 'Error: a citation naming no source',
  tags: ['invalid-content'],
  args: { content: { body: 'A sentence citing a work not listed.[^example-gide]', sources: cited.sources } as CalloutContent },
};

export const Info: Story = { args: { content: info } };

export const Takeaway: Story = { args: { content: additionalTakeaway } };

export const Warning: Story = { args: { content: warning } };

export const Disclaimer: Story = { args: { content: disclaimer } };

export const AllVariants: Story = { name: 'All variants', render: everyVariant };

/** The `variant` attribute overrides the content's variant. */
export const VariantAttribute: Story = { name: 'Variant attribute', args: { variant: 'warning' } };

export const LongContent: Story = { name: 'Long content', args: { content: takeaway } };

export const MinimalContent: Story = { name: 'Minimal content', args: { content: minimal } };

export const FromAttribute: Story = { name: 'From the content attribute', ...shared.fromAttribute };

export const FromScript: Story = { name: 'From a JSON script child', ...shared.fromScript };

export const FromSrc: Story = { name: 'From a src URL', ...shared.fromSrc };

export const MalformedJson: Story = { name: 'Error: malformed JSON', tags: ['invalid-content'], ...shared.malformedJson };

/** Wrong types in every field; the `care-content-error` event lists each one by JSON Pointer. */
export const InvalidFields: Story = { name: 'Error: invalid fields', tags: ['invalid-content'], args: { content: wrongTypes } };

export const MissingField: Story = { name: 'Error: missing body', tags: ['invalid-content'], args: { content: missingBody } };

/** An unknown field is ignored with a warning; the rest of the content shows. */
export const UnknownField: Story = { name: 'Error: unknown field', tags: ['invalid-content'], args: { content: unknownField } };

export const FailingSrc: Story = { name: 'Error: failing src', tags: ['invalid-content'], ...shared.failingSrc };

export const FallbackMarkup: Story = { name: 'Error: light-DOM fallback', tags: ['invalid-content'], ...shared.fallbackMarkup };

export const KeepsLastValid: Story = { name: 'Error: keeps the last valid content', tags: ['invalid-content'], ...shared.keepsLastValid };

/** Markup and script-like strings are shown as text; unsafe links are not links. */
export const HostileText: Story = { name: 'Markup in text stays text', args: { content: hostile } };

/** The host page restyles the element with `--care-*` custom properties and `::part()`; `light-dark()` keeps both schemes readable. */
export const Themed: Story = {
  name: 'Themed by the page',
  render: () => html`<style>
      .themed-page {
        --care-accent: light-dark(#6a3d9a, #d2b8f5);
        --care-callout-warning: light-dark(#a3123a, #ffa3b8);
        --care-radius: 0.25rem;
        --care-font-family: Georgia, 'Times New Roman', serif;
      }
      .themed-page care-callout::part(title) {
        font-size: 1.125em;
      }
    </style>
    <div class="themed-page" style="display: grid; gap: 1rem">
      <care-callout .content=${additionalTakeaway as CalloutContent}></care-callout>
      <care-callout .content=${warning as CalloutContent}></care-callout>
    </div>`,
};

/** Each element fires `care-content-load` or `care-content-error`; the buttons give this one new content. */
export const Events: Story = {
  render: () => {
    const demo = (event: Event) => (event.currentTarget as Element).closest('.events-demo')!;
    const show = (event: Event) => {
      const { type, detail } = event as CustomEvent;
      demo(event).querySelector('output')!.textContent = `${type}\n${JSON.stringify(detail, null, 2)}`;
    };
    const give = (content: unknown) => (event: Event) => {
      demo(event).querySelector<CareCallout>('care-callout')!.content = content as CalloutContent;
    };
    return html`<div class="events-demo">
      <care-callout .content=${limitation as CalloutContent} @care-content-load=${show} @care-content-error=${show}></care-callout>
      <p>
        <button type="button" @click=${give(takeaway)}>Give valid content</button>
        <button type="button" @click=${give(malformed)}>Give malformed JSON</button>
      </p>
      <p>Last event:</p>
      <pre><output></output></pre>
    </div>`;
  },
};

export const RightToLeft: Story = { name: 'Right to left', ...shared.rightToLeft };

export const Spanish: Story = { name: 'Spanish labels', ...shared.spanish };

export const Dark: Story = { name: 'Dark scheme', ...shared.dark };

export const ForcedColours: Story = { name: 'Forced colours', tags: ['forced-colors'], ...shared.forcedColours };

export const Narrow: Story = { name: 'Narrow (320 px)', ...shared.narrow };
