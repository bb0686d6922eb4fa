import { glossarySchema, richText, sourceSchema, sourcesSchema } from '../core/content.js';
import { slug, uniqueIds } from '../core/ids.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { array, object, optional, string, type Infer } from '../core/schema.js';

export const faqTranslations = {
  en: {
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    filter: 'Search these questions',
    count: '{shown} of {total} questions',
    noMatches: 'No questions match “{query}”.',
  },
  es: {
    expandAll: 'Expandir todo',
    collapseAll: 'Contraer todo',
    filter: 'Buscar en estas preguntas',
    count: '{shown} de {total} preguntas',
    noMatches: 'Ninguna pregunta coincide con «{query}».',
  },
} satisfies Translations<string>;

export const faqItemSchema = object(
  {
    id: optional(
      string({
        title: 'ID',
        description:
          'Names the item in the URL hash (#id opens it) and in the `open` attribute. Letters, digits, "-" and "_". Default: a slug of the question.',
        pattern: /^[\p{L}\p{N}_-]+$/u,
        patternMessage: 'expected only letters, digits, "-" and "_"',
      }),
    ),
    question: string({ title: 'Question', description: 'The question, as the reader would ask it.' }),
    answer: richText({ title: 'Answer', description: 'The answer.' }),
    sources: optional(array(sourceSchema, { title: 'Sources', description: 'Works behind this answer, listed under it. To cite a work with `[^id]`, list it in the FAQ’s own `sources`.', lenient: true })),
  },
  { title: 'Question and answer', description: 'One entry of the FAQ.' },
);

export const faqSchema = object(
  {
    title: optional(string({ title: 'Title', description: 'A heading above the questions, one level above them.' })),
    items: array(faqItemSchema, {
      title: 'Questions',
      description: 'The questions and answers, in order. An invalid item is reported and left out; the others still show.',
      minItems: 1,
      lenient: true,
    }),
    sources: sourcesSchema,
    glossary: glossarySchema,
    labels: labelsSchema(faqTranslations),
  },
  { title: 'FAQ', description: 'Frequently asked questions, shown as an accordion.' },
);

export type FaqContent = Infer<typeof faqSchema>;
export type FaqItem = FaqContent['items'][number];

/**
 * Every item with an id: its own, else a slug of its question. Ids are made
 * unique ("-2", "-3"…) so each names exactly one item in the URL hash.
 */
export const withIds = (items: FaqItem[]): (FaqItem & { id: string })[] => {
  const unique = uniqueIds();
  return items.map((item) => ({ ...item, id: unique(item.id ?? slug(item.question, 'question')) }));
};
