import { richText, sourceSchema } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { number, object, optional, string, type Infer } from '../core/schema.js';

/** How a proportion is drawn: a 10 × 10 icon array, a bar, or not at all. */
export const statVisuals = ['icons', 'bar', 'none'] as const;
export type StatVisual = (typeof statVisuals)[number];

export const statTranslations = {
  en: { source: 'Source', proportion: 'about {count} in 100 people' },
  es: { source: 'Fuente', proportion: 'aproximadamente {count} de cada 100 personas' },
} satisfies Translations<'source' | 'proportion'>;

export const statSchema = object(
  {
    value: string({ title: 'Value', description: 'The figure as the article states it, for example "Over 70%" or "Nearly half".' }),
    label: richText({ title: 'Label', description: 'What the figure counts, read straight after the value: "of CLL patients respond to…".' }),
    proportion: optional(
      number({
        title: 'Proportion',
        description: 'The figure as a share between 0 and 1 (0.7 for "over 70%"). When given, it is drawn as 100 figures of people and stated in words.',
        minimum: 0,
        maximum: 1,
      }),
    ),
    context: optional(richText({ title: 'Context', description: 'A sentence or two that puts the figure in context, such as its limits.' })),
    source: optional(sourceSchema),
    labels: labelsSchema(statTranslations),
  },
  { title: 'Stat', description: 'A headline figure with its label, an optional picture of the proportion, and its source.' },
);

export type StatContent = Infer<typeof statSchema>;

/**
 * How many of 100 figures are filled for a proportion: the nearest whole
 * figure (halves round up), except that a proportion above 0 fills at least
 * one and a proportion below 1 leaves at least one empty, so the picture
 * never shows "none" or "all" when the figure says otherwise.
 */
export const filledOutOf100 = (proportion: number): number =>
  Math.min(Math.max(Math.round(proportion * 100), proportion > 0 ? 1 : 0), proportion < 1 ? 99 : 100);
