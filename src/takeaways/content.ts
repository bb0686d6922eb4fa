import { glossarySchema, richText, sourcesSchema } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { array, object, oneOf, optional, string, type Infer } from '../core/schema.js';

export const takeawayMarkers = ['check', 'bullet', 'number'] as const;
export type TakeawayMarker = (typeof takeawayMarkers)[number];

export const takeawaysTranslations = {
  en: { heading: 'Key takeaways' },
  es: { heading: 'Puntos clave' },
} satisfies Translations<'heading'>;

export const takeawaysSchema = object(
  {
    title: optional(string({ title: 'Title', description: 'The heading. Default: the "heading" label ("Key takeaways").' })),
    summary: optional(richText({ title: 'Summary', description: 'A sentence or two that sums up the points, shown before them.' })),
    points: array(richText({ title: 'Point', description: 'One key point, ideally a single sentence.' }), {
      title: 'Points',
      description: 'The key points, in order. An invalid point is reported and left out.',
      minItems: 1,
      lenient: true,
    }),
    sources: sourcesSchema,
    glossary: glossarySchema,
    marker: optional(
      oneOf(takeawayMarkers, {
        title: 'Marker',
        description: 'How each point is marked: a check mark, a bullet, or a number (which makes the list ordered). Default "check".',
      }),
    ),
    labels: labelsSchema(takeawaysTranslations),
  },
  { title: 'Takeaways', description: 'A takeaway summary: a heading, an optional summary sentence and the key points.' },
);

export type TakeawaysContent = Infer<typeof takeawaysSchema>;
