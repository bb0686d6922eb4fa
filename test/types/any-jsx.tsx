// Any other JSX framework: its IntrinsicElements extend the neutral props, with no framework types installed.
import type { CareElementProps } from 'care-elements/jsx';
import type { ContentOf } from 'care-elements';

declare global {
  namespace JSX {
    interface Element {}
    interface IntrinsicElements extends CareElementProps {}
  }
}

const content: ContentOf<'care-callout'> = { body: 'Consult your medical team.' };
const faq: ContentOf<'care-faq'> = { title: 'Questions', items: [{ question: 'What is immunotherapy?', answer: 'A treatment that helps the immune system fight cancer.' }] };

export const callouts = [
  <care-callout content={content} variant="info" />,
  <care-faq content={faq} heading-level={2} />,
  <care-callout content='{"body": "As a JSON attribute."}' src-timeout={5000} />,
  // @ts-expect-error the body must be text
  <care-callout content={{ body: 42 }} />,
];
