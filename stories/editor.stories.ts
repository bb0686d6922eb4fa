import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import article from '../content/immunotherapy-leukemia.json';
import callout from '../content/callout/limitation.json';
import faq from '../content/faq/immunotherapy-faq.json';
import feedback from '../content/feedback/minimal.json';
import quote from '../content/quote/bollard.json';
import stat from '../content/stat/cll-response.json';
import takeaways from '../content/takeaways/main-takeaways.json';
import therapyCard from '../content/therapy-card/car-t-cell-therapy.json';
import '../src/editor/editor.js';

interface EditorArgs {
  element: string;
  value?: object;
  lang?: string;
}

/**
 * `<care-editor>`: a form for any element's content, drawn from the element's
 * content schema, with the element itself as a live preview. A separate file,
 * `dist/care-editor.js`; see docs/editor.md.
 */
const meta = {
  title: 'Editor/care-editor',
  args: { element: 'care-faq', value: faq },
  argTypes: {
    element: {
      control: 'select',
      options: ['care-article', 'care-callout', 'care-faq', 'care-feedback', 'care-quote', 'care-stat', 'care-takeaways', 'care-therapy-card'],
    },
  },
  render: ({ element, value, lang }) =>
    html`<div lang=${lang ?? 'en'}><care-editor element=${element} no-autosave .value=${value}></care-editor></div>`,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

export const Faq: Story = {};
export const TherapyCard: Story = { args: { element: 'care-therapy-card', value: therapyCard } };
export const Article: Story = { args: { element: 'care-article', value: article } };
export const Takeaways: Story = { args: { element: 'care-takeaways', value: takeaways } };
export const Stat: Story = { args: { element: 'care-stat', value: stat } };
export const Callout: Story = { args: { element: 'care-callout', value: callout } };
export const Quote: Story = { args: { element: 'care-quote', value: quote } };
export const Feedback: Story = { args: { element: 'care-feedback', value: feedback } };

/** A new FAQ: the form with nothing filled in. */
export const Empty: Story = { args: { element: 'care-faq', value: undefined } };

/** The editor's own controls and messages in Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };
