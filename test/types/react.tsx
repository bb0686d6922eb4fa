// React 19: properties, attributes, events and refs of the care elements type-check.
import type {} from 'care-elements/jsx/react';
import { useRef } from 'react';
import type { CareContentErrorEvent, ContentOf } from 'care-elements';

const content: ContentOf<'care-callout'> = { variant: 'takeaway', body: 'Consult your medical team.' };
const faq: ContentOf<'care-faq'> = { title: 'Questions', items: [{ question: 'What is immunotherapy?', answer: 'A treatment that helps the immune system fight cancer.' }] };

export const Article = () => {
  const callout = useRef<HTMLElementTagNameMap['care-callout']>(null);
  return (
    <>
      <care-callout ref={callout} content={content} variant="warning" className="note" />
      <care-callout content='{"body": "As a JSON attribute."}' src-timeout={5000} />
      <care-callout src="/content/callout/info.json" oncare-content-error={(event: CareContentErrorEvent) => event.detail.errors[0]?.path} />
      <care-faq content={faq} heading-level={2} single filter oncare-toggle={(event) => event.detail.open} />
      {/* @ts-expect-error an FAQ item needs an answer */}
      <care-faq content={{ items: [{ question: 'Why?' }] }} />
      {/* @ts-expect-error the body must be text */}
      <care-callout content={{ body: 42 }} />
      {/* @ts-expect-error no such variant */}
      <care-callout variant="urgent" />
      {/* @ts-expect-error the load event carries no errors */}
      <care-callout oncare-content-load={(event) => event.detail.errors} />
    </>
  );
};
