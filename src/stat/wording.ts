// The check that a stat's words agree with its qualifier and proportion.
// It runs where content is written, not where it is read: `care-elements
// validate` calls it, and a browser editor imports it from the package
// index, while the elements leave it out so that readers do not download it.
import type { ContentIssue } from '../core/schema.js';
import { proportionValue, type StatQualifier } from './content.js';

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
 * Whether a stat's words agree with its qualifier and proportion, in English
 * or Spanish: "over a third" needs the qualifier "over" and a proportion of
 * at least 1/3, "nearly half" at most 1/2, "about 70%" one near 0.7; a
 * qualifier the words contradict is wrong. Paths are relative to the stat.
 */
export const statWordingIssues = ({ value, qualifier, proportion }: { value: string; qualifier?: StatQualifier; proportion?: number | string }): ContentIssue[] => {
  const [said, phrase] = statedQualifier(value) ?? [];
  const issues: ContentIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  if (qualifier && said && qualifier !== said) issue('/qualifier', `is "${qualifier}", but the value says “${phrase}”, which is "${said}"`);
  else if (qualifier && !said && qualifier !== 'about' && qualifier !== 'exactly')
    issue('/qualifier', `is "${qualifier}", but the value “${value}” says no such thing`);
  else if (!qualifier && said && proportion !== undefined)
    issue('/qualifier', `is required: the value says “${phrase}”, so set "${said}" for the picture’s words to say it too`);
  const stated = statedFigure(normalise(value));
  if (proportion === undefined || stated === undefined || issues.length) return issues;
  const share = proportionValue(proportion);
  const shown = `the ${+stated.toFixed(4)} that “${value}” states`;
  const kind = qualifier ?? 'none';
  if ((kind === 'over' || kind === 'exactly') && share < stated - 1e-9) issue('/proportion', `is ${share}, below ${shown}; give the stated figure${kind === 'over' ? ' with the qualifier "over"' : ''}`);
  else if ((kind === 'under' || kind === 'nearly' || kind === 'exactly') && share > stated + 1e-9) issue('/proportion', `is ${share}, above ${shown}`);
  else if ((kind === 'about' || kind === 'none') && Math.abs(share - stated) > TOLERANCE[kind]) issue('/proportion', `is ${share}, far from ${shown}`);
  return issues;
};


const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stat's fields when they have the types the check reads, else undefined (the schema reports those). */
const statFields = (value: unknown) =>
  isObject(value) && typeof value.value === 'string' && (value.qualifier === undefined || typeof value.qualifier === 'string') && (value.proportion === undefined || typeof value.proportion === 'number' || (typeof value.proportion === 'string' && /^\d+\/[1-9]\d*$/.test(value.proportion)))
    ? (value as { value: string; qualifier?: StatQualifier; proportion?: number | string })
    : undefined;

/**
 * The wording problems in a content document for an element (`care-stat`,
 * or the stat blocks of a `care-article`), with JSON Pointers from the
 * document's root. Documents of other elements have none.
 */
export const contentWordingIssues = (tag: string, document: unknown): ContentIssue[] => {
  const stats =
    tag === 'care-stat'
      ? [['', document] as const]
      : tag === 'care-article' && isObject(document) && Array.isArray(document.blocks)
        ? document.blocks.flatMap((block, index) => (isObject(block) && block.type === 'stat' ? [[`/blocks/${index}`, block] as const] : []))
        : [];
  return stats.flatMap(([path, stat]) => {
    const fields = statFields(stat);
    return fields ? statWordingIssues(fields).map((issue) => ({ path: path + issue.path, message: issue.message })) : [];
  });
};
