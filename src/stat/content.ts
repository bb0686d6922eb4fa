import { figureSource, glossarySchema, richText, sourcesSchema } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { either, number, object, oneOf, optional, string, type Infer } from '../core/schema.js';

/** How a proportion is drawn: a 10 × 10 icon array, a bar, or not at all. */
export const statVisuals = ['icons', 'bar', 'none'] as const;
export type StatVisual = (typeof statVisuals)[number];

/** How the stated figure relates to the true one: "over a third", "nearly half". */
export const statQualifiers = ['over', 'under', 'nearly', 'about', 'exactly'] as const;
export type StatQualifier = (typeof statQualifiers)[number];

/**
 * `proportion` is the picture's text for a figure without a qualifier or
 * with "about"; the others are for their qualifier. `{who}` is the stat's
 * population, else `people`.
 */
export const statTranslations = {
  en: {
    source: 'Source',
    proportion: 'about {count} in 100 {who}',
    over: 'more than {count} in 100 {who}',
    under: 'fewer than {count} in 100 {who}',
    nearly: 'nearly {count} in 100 {who}',
    exactly: '{count} in 100 {who}',
    people: 'people',
    participants: '{count} people',
  },
  es: {
    source: 'Fuente',
    proportion: 'aproximadamente {count} de cada 100 {who}',
    over: 'más de {count} de cada 100 {who}',
    under: 'menos de {count} de cada 100 {who}',
    nearly: 'casi {count} de cada 100 {who}',
    exactly: '{count} de cada 100 {who}',
    people: 'personas',
    participants: '{count} personas',
  },
} satisfies Translations<string>;

/** A proportion given as a number or as a fraction "1/3", as a number. */
export const proportionValue = (proportion: number | string): number => {
  if (typeof proportion === 'number') return proportion;
  const [numerator, denominator] = proportion.split('/').map(Number);
  return numerator! / denominator!;
};

/**
 * The fractions headlines say in words ("a third", "three quarters", "one in
 * ten"): below 1, up to twelfths. Listed rather than computed from any digits,
 * so that the JSON Schema's pattern says exactly what the element accepts.
 */
const FRACTIONS = Array.from({ length: 11 }, (_, index) => index + 2).flatMap((denominator) =>
  Array.from({ length: denominator - 1 }, (_, index) => `${index + 1}/${denominator}`),
);

export const statSchema = object(
  {
    value: string({ title: 'Value', description: 'The figure as the article states it, for example "Over 70%" or "Nearly half".' }),
    label: richText({ title: 'Label', description: 'What the figure counts, read straight after the value: "of CLL patients respond to…".' }),
    qualifier: optional(
      oneOf(statQualifiers, {
        title: 'Qualifier',
        description:
          'What the value’s words say about the figure: "over" for "over 70%", "nearly" for "nearly half". The picture’s words keep it ("more than 70 in 100"); without it they say "about". `care-elements validate` checks it against the value’s words.',
      }),
    ),
    proportion: optional(
      either(
        number({ description: 'A share between 0 and 1.', minimum: 0, maximum: 1 }),
        string({
          description: 'A fraction below 1 such as "1/3", up to twelfths.',
          pattern: new RegExp(`^(?:${FRACTIONS.join('|')})$`),
          patternMessage: 'expected a fraction below 1 such as "1/3", up to twelfths',
        }),
        'expected a number between 0 and 1 or a fraction such as "1/3"',
        {
          title: 'Proportion',
          description:
            'The stated figure as a share: 0.7 for "over 70%", "1/3" for "over a third" (never a rounded 0.33 or 0.34). With the qualifier it is drawn as 100 figures of people and stated in words ("more than 70 in 100").',
        },
      ),
    ),
    population: optional(string({ title: 'Population', description: 'Who was studied, as the article says: "CLL patients". The picture’s text names them.' })),
    study: optional(string({ title: 'Study or time frame', description: 'Which study or period the figure comes from, when the article says.' })),
    participants: optional(number({ title: 'Number of people', description: 'How many people the figure is about, when the article says.', integer: true, minimum: 1 })),
    context: optional(richText({ title: 'Context', description: 'A sentence or two that puts the figure in context, such as its limits.' })),
    source: optional(figureSource),
    sources: sourcesSchema,
    glossary: glossarySchema,
    labels: labelsSchema(statTranslations),
  },
  { title: 'Stat', description: 'A headline figure with its label, its qualifier, who it is about, an optional picture of the proportion, and its source.' },
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
