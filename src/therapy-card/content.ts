import { richText, sourceSchema, sourcesSchema, url } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { array, either, object, oneOf, optional, string, type Infer } from '../core/schema.js';

export const therapyStatusKinds = ['approved', 'clinical-trials', 'investigational'] as const;
export type TherapyStatusKind = (typeof therapyStatusKinds)[number];

export const therapyCardTranslations = {
  en: {
    showDetails: 'Learn how it works',
    hideDetails: 'Show less',
    howItWorks: 'How it works',
    usedFor: 'Used for',
    results: 'Results',
    sideEffects: 'Side effects',
    source: 'Source',
    status: 'Status',
    approved: 'Approved',
    'clinical-trials': 'In clinical trials',
    investigational: 'Investigational',
  },
  es: {
    showDetails: 'Descubra cómo funciona',
    hideDetails: 'Mostrar menos',
    howItWorks: 'Cómo funciona',
    usedFor: 'Se usa para',
    results: 'Resultados',
    sideEffects: 'Efectos secundarios',
    source: 'Fuente',
    status: 'Estado',
    approved: 'Aprobada',
    'clinical-trials': 'En ensayos clínicos',
    investigational: 'En investigación',
  },
} satisfies Translations<string>;

export const therapyCardSchema = object(
  {
    name: string({ title: 'Name', description: 'The therapy’s name; the card’s heading.' }),
    category: optional(string({ title: 'Category', description: 'The kind of treatment, shown as a badge (for example "Immunotherapy").' })),
    summary: richText({ title: 'Summary', description: 'What the therapy is, in a sentence or two. Always shown.' }),
    howItWorks: optional(
      either(
        richText({ description: 'How the therapy works.' }),
        array(richText({ description: 'One step.' }), { lenient: true }),
        'expected text or an array of steps (text)',
        { title: 'How it works', description: 'Text, or an array of text shown as numbered steps.' },
      ),
    ),
    usedFor: optional(
      array(
        object({
          condition: string({ title: 'Condition', description: 'A condition the therapy treats.' }),
          note: optional(richText({ title: 'Note', description: 'Who it is for, or how it is used for this condition.' })),
        }),
        { title: 'Used for', description: 'Conditions the therapy treats.', lenient: true },
      ),
    ),
    results: optional(
      array(
        object({
          value: string({ title: 'Value', description: 'The figure as written in the source (for example "Over 70%").' }),
          label: richText({ title: 'Label', description: 'What the figure measures; read after the value.' }),
          source: optional(sourceSchema),
        }),
        { title: 'Results', description: 'Results seen in studies, each with its source when it has one.', lenient: true },
      ),
    ),
    sideEffects: optional(
      array(
        object({
          name: string({ title: 'Name', description: 'The side effect.' }),
          note: optional(richText({ title: 'Note', description: 'More about it.' })),
        }),
        { title: 'Side effects', description: 'Known side effects.', lenient: true },
      ),
    ),
    status: optional(
      object(
        {
          kind: oneOf(therapyStatusKinds, { title: 'Kind', description: 'Shown as a text badge.' }),
          note: optional(richText({ title: 'Note', description: 'What the status means here, shown below the summary.' })),
        },
        { title: 'Status', description: 'Whether the therapy is approved or still studied.' },
      ),
    ),
    sources: sourcesSchema,
    learnMore: optional(
      object(
        {
          label: string({ title: 'Label', description: 'The link’s text.' }),
          href: url({ description: 'Where to read more.' }),
        },
        { title: 'Learn more', description: 'A link to further reading.' },
      ),
    ),
    labels: labelsSchema(therapyCardTranslations),
  },
  { title: 'Therapy card', description: 'One therapy explained: what it is, how it works, who it is for, results, side effects, status and sources.' },
);

export type TherapyCardContent = Infer<typeof therapyCardSchema>;
