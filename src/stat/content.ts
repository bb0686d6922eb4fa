import { richText, sourceSchema } from '../core/content.js';
import { labelsSchema, type Translations } from '../core/labels.js';
import { either, number, object, oneOf, optional, refine, string, type ContentIssue, type Infer } from '../core/schema.js';

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

// What the words of a headline say, in English and Spanish: its qualifier and its figure.
const QUALIFIER_WORDS: [StatQualifier, RegExp][] = [
  ['nearly', /\b(nearly|almost|close to|just under|casi|cerca del?)\s/],
  ['over', /\b(over|more than|above|greater than|m[aá]s del?|por encima del?)\s/],
  ['under', /\b(under|less than|fewer than|below|menos del?|por debajo del?)\s/],
  ['about', /\b(about|around|approximately|roughly|aproximadamente|alrededor del?|unos|unas|en torno al?)\s/],
  ['exactly', /\b(exactly|precisely|exactamente)\s/],
];
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, un: 1, una: 1, uno: 1, two: 2, dos: 2, three: 3, tres: 3, four: 4, cuatro: 4, five: 5, cinco: 5, six: 6, seis: 6, seven: 7, siete: 7, eight: 8, ocho: 8, nine: 9, nueve: 9, ten: 10, diez: 10 };
/** Fraction words by their first three letters: half, mitad, third, tercio, quarter, fourth, cuarto, fifth, quinto, tenth. */
const PARTS: Record<string, number> = { hal: 2, mit: 2, thi: 3, ter: 3, qua: 4, fou: 4, cua: 4, fif: 5, qui: 5, ten: 10 };
const COUNT = `(\\d+|${Object.keys(COUNTS).join('|')})`;
const PERCENT = /(\d+(?:[.,]\d+)?)\s?(?:%|per ?cent|por ciento)/;
const RATIO = new RegExp(`\\b${COUNT}\\s(?:in|of|out of|de cada|de|en)\\s${COUNT}\\b`);
const FRACTION = new RegExp(`\\b(?:${COUNT}[\\s-])?(?:la\\s)?(hal(?:f|ves)|mitad|thirds?|tercios?|quarters?|fourths?|cuartos?|fifths?|quintos?|tenths?)\\b`);

const count = (word: string) => COUNTS[word] ?? Number(word);

/** The figure a headline states ("70%", "a third", "1 in 3"), as a share, or undefined when it states none. */
const statedFigure = (words: string): number | undefined => {
  let match = PERCENT.exec(words);
  if (match) return Number(match[1]!.replace(',', '.')) / 100;
  if ((match = RATIO.exec(words))) return count(match[1]!) / count(match[2]!);
  if ((match = FRACTION.exec(words))) return (match[1] ? count(match[1]) : 1) / PARTS[match[2]!.slice(0, 3)]!;
  return undefined;
};

/** How far a proportion may be from the stated figure when the words say "about" or nothing. */
const TOLERANCE = { about: 0.05, none: 0.01 };

const normalise = (value: string) => `${value.toLowerCase().replace(/\s+/g, ' ')} `;

/** The qualifier a value's words state ("Over 70%" → over) and the words that state it. */
export const statedQualifier = (value: string): readonly [StatQualifier, string] | undefined => {
  const words = normalise(value);
  for (const [name, pattern] of QUALIFIER_WORDS) {
    const phrase = pattern.exec(words)?.[1];
    if (phrase) return [name, phrase];
  }
  return undefined;
};

/**
 * Whether a stat's words agree with its qualifier and proportion: "over a
 * third" with a proportion of at least 1/3, "nearly half" at most 1/2, "about
 * 70%" near 0.7, and a qualifier the words do not contradict. Without a
 * qualifier, the one the words state applies. Run by the schema, so every
 * validation (the element, `care-elements validate`, an editor) reports the
 * same problems.
 */
export const statWordingIssues = ({ value, qualifier, proportion }: { value: string; qualifier?: StatQualifier; proportion?: number | string }): ContentIssue[] => {
  const [said, phrase] = statedQualifier(value) ?? [];
  const issues: ContentIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (qualifier && said && qualifier !== said) issue('/qualifier', `is "${qualifier}", but the value says “${phrase}”, which is "${said}"`);
  else if (qualifier && !said && qualifier !== 'about' && qualifier !== 'exactly')
    issue('/qualifier', `is "${qualifier}", but the value “${value}” says no such thing`);
  const stated = statedFigure(normalise(value));
  if (proportion === undefined || stated === undefined || issues.length) return issues;
  const share = proportionValue(proportion);
  const shown = `the ${+stated.toFixed(4)} that “${value}” states`;
  const kind = qualifier ?? said ?? 'none';
  if ((kind === 'over' || kind === 'exactly') && share < stated - 1e-9) issue('/proportion', `is ${share}, below ${shown}; give the stated figure${kind === 'over' ? ' with the qualifier "over"' : ''}`);
  else if ((kind === 'under' || kind === 'nearly' || kind === 'exactly') && share > stated + 1e-9) issue('/proportion', `is ${share}, above ${shown}`);
  else if ((kind === 'about' || kind === 'none') && Math.abs(share - stated) > TOLERANCE[kind]) issue('/proportion', `is ${share}, far from ${shown}`);
  return issues;
};

export const statSchema = refine(
  object(
    {
      value: string({ title: 'Value', description: 'The figure as the article states it, for example "Over 70%" or "Nearly half".' }),
      label: richText({ title: 'Label', description: 'What the figure counts, read straight after the value: "of CLL patients respond to…".' }),
      qualifier: optional(
        oneOf(statQualifiers, {
          title: 'Qualifier',
          description:
            'What the value’s words say about the figure: "over" for "over 70%", "nearly" for "nearly half"; must agree with them. Without it, the one the words state (in English or Spanish) applies.',
        }),
      ),
      proportion: optional(
        either(
          number({ description: 'A share between 0 and 1.', minimum: 0, maximum: 1 }),
          string({
            description: 'A fraction such as "1/3".',
            pattern: /^\d+\/[1-9]\d*$/,
            patternMessage: 'expected a fraction such as "1/3"',
            check: (fraction) => (proportionValue(fraction) > 1 ? 'must not be more than 1' : undefined),
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
      source: optional(sourceSchema),
      labels: labelsSchema(statTranslations),
    },
    { title: 'Stat', description: 'A headline figure with its label, its qualifier, who it is about, an optional picture of the proportion, and its source.' },
  ),
  statWordingIssues,
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
