import { glossarySchema, richText, sourcesSchema } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { object, oneOf, optional, string, type Infer } from '../core/schema.js';

export const calloutVariants = ['info', 'takeaway', 'limitation', 'warning', 'disclaimer'] as const;
export type CalloutVariant = (typeof calloutVariants)[number];

export const calloutTranslations = {
  en: { info: 'Note', takeaway: 'Takeaway', limitation: 'Limitation', warning: 'Warning', disclaimer: 'Disclaimer' },
  es: { info: 'Nota', takeaway: 'Conclusión', limitation: 'Limitación', warning: 'Advertencia', disclaimer: 'Aviso' },
} satisfies Translations<CalloutVariant>;

export const calloutSchema = object(
  {
    variant: optional(
      oneOf(calloutVariants, {
        title: 'Variant',
        description: 'What kind of note this is; shown as a text label as well as by colour. Default "info".',
      }),
    ),
    title: optional(string({ title: 'Title', description: 'A short heading for the note.' })),
    body: richText({ title: 'Body', description: 'The note itself.' }),
    sources: sourcesSchema,
    glossary: glossarySchema,
    labels: labelsSchema(calloutTranslations),
  },
  { title: 'Callout', description: 'A boxed note: information, a takeaway, a limitation, a warning or a disclaimer.' },
);

export type CalloutContent = Infer<typeof calloutSchema>;
