import { figureSource, glossarySchema, richText, sourcesSchema, url } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { array, either, object, oneOf, optional, refine, string, type Infer } from '../core/schema.js';

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
    for: 'for',
    agency: 'Agency',
    medicine: 'Medicine',
    date: 'Date',
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
    for: 'para',
    agency: 'Agencia',
    medicine: 'Medicamento',
    date: 'Fecha',
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
          context: optional(richText({ title: 'Context', description: 'The source’s own framing of the figure, such as its hedge ("Early successes… sparked enthusiasm") or its limits.' })),
          source: optional(figureSource),
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
      refine(
        object(
          {
            kind: oneOf(therapyStatusKinds, { title: 'Kind', description: 'Shown as a text badge, followed by the indication ("Approved for …").' }),
            agency: optional(string({ title: 'Agency', description: 'Who granted the approval, for example "FDA". Required for an approved status.' })),
            indication: optional(
              string({
                title: 'Indication or population',
                description: 'For whom, or for what, exactly as the source says: "certain AML patients over 75 years old". Required for an approved status, so the badge never claims more than the source.',
              }),
            ),
            medicine: optional(string({ title: 'Medicine', description: 'What exactly was approved or is studied, when narrower than the card: "checkpoint blockade combinations".' })),
            date: optional(
              string({
                title: 'Date',
                description: 'When, as YYYY, YYYY-MM or YYYY-MM-DD; leave it out when the source gives none.',
                pattern: /^\d{4}(-\d{2}){0,2}$/,
                patternMessage: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
              }),
            ),
            note: optional(richText({ title: 'Note', description: 'What the status means here, in the source’s words, shown below the summary.' })),
          },
          { title: 'Status', description: 'Whether the therapy is approved or still studied, by whom, for whom and since when.' },
        ),
        (status) =>
          status.kind === 'approved'
            ? (['agency', 'indication'] as const).filter((key) => !status[key]).map((key) => ({ path: `/${key}`, message: 'is required for an approved status' }))
            : [],
        { json: () => ({ if: { properties: { kind: { const: 'approved' } } }, then: { properties: { agency: {}, indication: {} }, required: ['agency', 'indication'] } }) },
      ),
    ),
    sources: sourcesSchema,
    glossary: glossarySchema,
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
