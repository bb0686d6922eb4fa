/** @jsxImportSource preact */
// Preact: properties, attributes and events of the care elements type-check.
import type {} from 'care-elements/jsx/preact';
import type { ContentOf } from 'care-elements';

const content: ContentOf<'care-callout'> = { variant: 'takeaway', body: 'Consult your medical team.' };
const faq: ContentOf<'care-faq'> = { title: 'Questions', items: [{ question: 'What is immunotherapy?', answer: 'A treatment that helps the immune system fight cancer.' }] };

export const Article = () => (
  <>
    <care-callout content={content} variant="warning" class="note" />
    <care-callout content='{"body": "As a JSON attribute."}' src-timeout={5000} oncare-content-error={(event) => event.detail.errors[0]?.path} />
    <care-faq content={faq} heading-level={2} single filter oncare-toggle={(event) => event.detail.open} />
    {/* @ts-expect-error an FAQ item needs an answer */}
    <care-faq content={{ items: [{ question: 'Why?' }] }} />
    {/* @ts-expect-error the body must be text */}
    <care-callout content={{ body: 42 }} />
    {/* @ts-expect-error no such variant */}
    <care-callout variant="urgent" />
  </>
);
