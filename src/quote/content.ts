import { glossarySchema, richText, sourcesSchema, sourceSchema } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { object, optional, string, type Infer } from '../core/schema.js';

export const quoteTranslations = {
  en: { source: 'Source' },
  es: { source: 'Fuente' },
} satisfies Translations<'source'>;

export const quoteSchema = object(
  {
    text: richText({ title: 'Text', description: 'The quoted words, without quotation marks: the element adds the marks of the reader’s language.' }),
    author: string({ title: 'Author', description: 'Who said it, as they are named (for example "Dr. Catherine Bollard").' }),
    role: optional(string({ title: 'Role', description: 'Their position or title.' })),
    organization: optional(string({ title: 'Organization', description: 'Where they hold that role.' })),
    source: optional(sourceSchema),
    sources: sourcesSchema,
    glossary: glossarySchema,
    labels: labelsSchema(quoteTranslations),
  },
  { title: 'Quote', description: 'An expert quote with its attribution: who said it, their role and organisation, and where it was published.' },
);

export type QuoteContent = Infer<typeof quoteSchema>;
