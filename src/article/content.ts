import { calloutSchema } from '../callout/content.js';
import { glossarySchema, isoDate, richText, sourcesSchema, url } from '../core/content.js';
import { imageSchema } from '../core/figure.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { personField } from '../core/people.js';
import { array, number, object, oneOf, optional, string, tagged, type Infer } from '../core/schema.js';
import { faqSchema } from '../faq/content.js';
import { feedbackCollections } from '../feedback/content.js';
import { quoteSchema } from '../quote/content.js';
import { statSchema } from '../stat/content.js';
import { takeawaysSchema } from '../takeaways/content.js';
import { therapyCardSchema } from '../therapy-card/content.js';

export const audiences = ['patient', 'clinician'] as const;

export const articleTranslations = {
  en: {
    by: 'By',
    published: 'Published',
    reviewedBy: 'Reviewed by',
    contents: 'Contents',
    sources: 'Sources',
    lastReviewed: 'Page last reviewed',
    nextReview: 'Next review due',
  },
  es: {
    by: 'Por',
    published: 'Publicado',
    reviewedBy: 'Revisado por',
    contents: 'Contenido',
    sources: 'Fuentes',
    lastReviewed: 'Última revisión de la página',
    nextReview: 'Próxima revisión',
  },
} satisfies Translations<string>;

const blockSchema = tagged(
  'type',
  {
    heading: object(
      {
        text: string({ title: 'Text', description: 'The heading text.' }),
        level: optional(
          number({
            title: 'Level',
            description: 'Outline level below the article title: 2 for a section, 3 for a subsection, 4 below that. Default 2.',
            integer: true,
            minimum: 2,
            maximum: 4,
          }),
        ),
      },
      { title: 'Heading block', description: 'A section heading; it also appears in the contents list.' },
    ),
    paragraph: object(
      { text: richText({ title: 'Text', description: 'One or more paragraphs.' }) },
      { title: 'Paragraph block', description: 'Running text.' },
    ),
    list: object(
      {
        items: array(richText({ title: 'Item', description: 'One list item.' }), {
          title: 'Items',
          description: 'The bullet points, in order.',
          minItems: 1,
          lenient: true,
        }),
      },
      { title: 'List block', description: 'A bullet list.' },
    ),
    therapies: object(
      {
        items: array(therapyCardSchema, {
          title: 'Therapies',
          description: 'Therapy cards shown side by side in a responsive grid.',
          minItems: 1,
          lenient: true,
        }),
      },
      { title: 'Therapies block', description: 'A grid of therapy cards.' },
    ),
    faq: faqSchema,
    therapy: therapyCardSchema,
    takeaways: takeawaysSchema,
    quote: quoteSchema,
    callout: calloutSchema,
    stat: statSchema,
    image: imageSchema,
  },
  { title: 'Block', description: 'One part of the article body; `type` says which, the other fields are that block’s content.' },
);

export const articleSchema = object(
  {
    title: string({ title: 'Title', description: 'The article’s title, shown as its main heading.' }),
    subtitle: optional(richText({ title: 'Subtitle', description: 'A standfirst under the title.' })),
    author: personField('Author', 'Who wrote the article: a name, or a person or organisation with credentials and role.'),
    reviewedBy: personField(
      'Reviewed by',
      'Who reviewed the article for accuracy: a name, or a person or organisation with credentials and role. Shown in the footer with the review dates.',
    ),
    audience: optional(oneOf(audiences, { title: 'Audience', description: 'Who the article is written for.' })),
    published: optional(isoDate({ title: 'Published', description: 'When the article was first published.' })),
    lastReviewed: optional(isoDate({ title: 'Last reviewed', description: 'When the content was last reviewed.' })),
    nextReview: optional(isoDate({ title: 'Next review', description: 'When the next review is due.' })),
    blocks: array(blockSchema, {
      title: 'Blocks',
      description: 'The article body in reading order. An invalid block is reported and left out.',
      minItems: 1,
      lenient: true,
    }),
    sources: sourcesSchema,
    glossary: glossarySchema,
    disclaimer: optional(richText({ title: 'Disclaimer', description: 'Shown at the end of the article, always visible.' })),
    feedback: optional(
      object(
        {
          endpoint: optional(url({ title: 'Endpoint', description: 'Where readers’ “Was this page helpful?” answers are POSTed as JSON.' })),
          collect: optional(
            oneOf(feedbackCollections, {
              title: 'Collect',
              description: '"event": the page takes the answers from the care-feedback event itself. Without this or an endpoint, the question is not shown.',
            }),
          ),
        },
        { title: 'Feedback', description: 'Ask readers whether the page helped. Say how answers are collected (an endpoint or collect: "event"); otherwise the question is not shown.' },
      ),
    ),
    labels: labelsSchema(articleTranslations),
  },
  { title: 'Article', description: 'A whole patient-education article: title, dates, body blocks, sources and disclaimer.' },
);

export type ArticleContent = Infer<typeof articleSchema>;
export type ArticleBlock = ArticleContent['blocks'][number];
