// Plain-language checks on the long text fields (the schema marks them with
// contentMediaType "text/markdown"): reading grade, long sentences, and
// glossary terms used before any text marks them. `care-elements validate`
// runs them, and so does <care-editor>, which loads this module only when
// it checks content (it carries the syllable counter).
import { syllable } from 'syllable';

/** Patient material should read at grade 8 or below (the AMA and NIH advise 6 to 8). */
export const DEFAULT_MAX_GRADE = 8;
export const LONG_SENTENCE_WORDS = 25;
/** Fields shorter than this are not graded: a grade from a sentence or two says little. */
export const MIN_GRADED_WORDS = 20;

const pointer = (path, key) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const jsonType = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Every rich text field of a document, `{ path, text }` in document order,
 * found by walking the document beside its JSON Schema: tagged unions
 * (`oneOf` told apart by a `const` field) take the value's branch, `anyOf`
 * the branch of the value's type. Glossary entries and sources are not read text.
 */
export const richTextFields = (schema, value, path = '', found = []) => {
  if (!schema || value === undefined) return found;
  if (schema.oneOf) {
    const branch = schema.oneOf.find((each) => Object.entries(each.properties ?? {}).some(([key, field]) => field.const !== undefined && isObject(value) && value[key] === field.const));
    return richTextFields(branch, value, path, found);
  }
  if (schema.anyOf) return richTextFields(schema.anyOf.find((each) => each.type === jsonType(value)), value, path, found);
  if (typeof value === 'string') {
    if (schema.contentMediaType === 'text/markdown') found.push({ path, text: value });
  } else if (Array.isArray(value)) value.forEach((item, index) => richTextFields(schema.items, item, pointer(path, index), found));
  else if (isObject(value))
    for (const [key, field] of Object.entries(value))
      if (key !== 'glossary' && key !== 'sources') richTextFields(schema.properties?.[key], field, pointer(path, key), found);
  return found;
};

// ---- Text as a reader reads it ------------------------------------------------

/** `[[shown]]` or `[[shown|entry-id]]`. */
const TERM = /\[\[([^[\]|]+)(?:\|([^[\]]*))?\]\]/g;
const LINK = /\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
/** `[^source-id]`, drawn as a superscript number: not words of the sentence. */
const CITATION = /\[\^[\w.-]+\]/g;

/** The words a reader sees: terms and links as their text, no citations, emphasis marks or bullets. */
export const plainText = (text) =>
  text
    .replace(CITATION, '')
    .replace(TERM, '$1')
    .replace(LINK, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^[ \t]*[-*][ \t]+/gm, '');

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
export const wordsOf = (text) => text.match(WORD) ?? [];
/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATION = /^(?:dr|mr|mrs|ms|prof|st|vs|etc|e\.g|i\.e|approx|no|fig|sr|sra|dra|ej|p\.\s?ej|aprox|núm)$/i;

/**
 * The sentences of a text: paragraphs and list items end one, and so does
 * `.`, `!`, `?` or `…` before a space, unless it follows an abbreviation or an initial.
 */
export const sentencesOf = (text) =>
  plainText(text)
    .split(/\n+/)
    .flatMap((line) => {
      const sentences = [];
      let start = 0;
      for (const match of line.matchAll(/[.!?…]+["'”’)\]]*(?=\s+|$)/g)) {
        const end = match.index + match[0].length;
        const lastWord = /([\p{L}.]+)\.$/u.exec(line.slice(start, match.index + 1))?.[1] ?? '';
        if (match[0] === '.' && (ABBREVIATION.test(lastWord) || /^\p{Lu}$/u.test(lastWord))) continue;
        sentences.push(line.slice(start, end));
        start = end;
      }
      sentences.push(line.slice(start));
      return sentences;
    })
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length);

const STRONG = /[aeoáéó]/;
/**
 * Spanish syllables by the spelling rules: one per vowel group, plus one for
 * each hiatus in it (two strong vowels, or a stressed í or ú beside a vowel).
 */
export const spanishSyllables = (word) => {
  let count = 0;
  for (const [group] of word
    .toLowerCase()
    // The u of que, qui, gue, gui is silent, and a final y after a vowel closes its diphthong.
    .replace(/([qg])u(?=[eéií])/g, '$1')
    .replace(/([aeiouáéíóúü])y$/, '$1').matchAll(/[aeiouáéíóúü]+|y(?![aeiouáéíóúü])/g)) {
    count++;
    for (let index = 1; index < group.length; index++) {
      const [before, after] = [group[index - 1], group[index]];
      if ((STRONG.test(before) && STRONG.test(after)) || /[íú]/.test(before) || /[íú]/.test(after)) count++;
    }
  }
  return Math.max(1, count);
};

const isSpanish = (lang) => /^es\b/i.test(lang);

/** Syllables of a word in a language; a number or an acronym counts as at least one. */
export const syllablesOf = (word, lang = 'en') =>
  word
    .split(/[-.]/)
    .filter(Boolean)
    .reduce((sum, part) => sum + (isSpanish(lang) ? spanishSyllables(part) : Math.max(1, syllable(part))), 0);

/** The editor checks the whole document on every keystroke, where only one field changed: each text is counted once. */
const counted = new Map();
const COUNTED_TEXTS = 5000;

/** Words, sentences and syllables of a text, and its sentences with their words. */
export const textStatistics = (text, lang = 'en') => {
  const key = `${lang}\n${text}`;
  let statistics = counted.get(key);
  if (!statistics) {
    const sentences = sentencesOf(text).map((sentence) => ({ sentence, words: wordsOf(sentence) }));
    const words = sentences.flatMap((each) => each.words);
    statistics = {
      words: words.length,
      sentences: sentences.length,
      syllables: words.reduce((sum, word) => sum + syllablesOf(word, lang), 0),
      each: sentences,
    };
    if (counted.size >= COUNTED_TEXTS) counted.clear();
    counted.set(key, statistics);
  }
  return statistics;
};

/**
 * The reading grade of text with these counts: Flesch–Kincaid for English;
 * for Spanish, Crawford's grade (1984), fitted to Spanish school grades;
 * undefined for other languages or no words.
 */
export const readingGrade = ({ words, sentences, syllables }, lang = 'en') => {
  if (!words || !sentences) return undefined;
  if (isSpanish(lang)) return -0.205 * ((100 * sentences) / words) + 0.049 * ((100 * syllables) / words) - 3.407;
  if (/^en\b/i.test(lang)) return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return undefined;
};

export const formulaName = (lang = 'en') => (isSpanish(lang) ? 'Crawford' : /^en\b/i.test(lang) ? 'Flesch–Kincaid' : undefined);

// ---- Glossary terms -------------------------------------------------------------

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The glossary entries of a document, each with the part of it that it covers: the whole, or its block. */
const glossaryEntries = (document) => {
  const entriesOf = (glossary, scope) =>
    (Array.isArray(glossary) ? glossary : []).filter((entry) => isObject(entry) && typeof entry.term === 'string' && entry.term.trim()).map((entry) => ({ ...entry, scope }));
  const blocks = isObject(document) && Array.isArray(document.blocks) ? document.blocks : [];
  return [
    ...entriesOf(isObject(document) ? document.glossary : undefined, ''),
    ...blocks.flatMap((block, index) => (isObject(block) ? entriesOf(block.glossary, `/blocks/${index}`) : [])),
  ];
};

const marks = (mark, entry) => {
  const [, shown, id] = mark;
  if (id !== undefined) return id.trim() === entry.id;
  const text = shown.trim().toLowerCase();
  return text === entry.term.trim().toLowerCase() || text === entry.id;
};

/**
 * A warning for each glossary term that a text uses unmarked before the
 * first place any text marks it (in document order), or uses without any
 * text marking it: there the reader meets the word without its definition.
 */
const termWarnings = (fields, document) => {
  const warnings = [];
  for (const entry of glossaryEntries(document)) {
    const covered = fields.filter(({ path }) => path === entry.scope || path.startsWith(`${entry.scope}/`));
    // Marked terms and links are blanked, so what is left of a term is an unmarked use at its place.
    const unmarkedUse = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.term.trim())}(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu');
    let firstMark;
    let firstUse;
    for (const [index, { text }] of covered.entries()) {
      const mark = [...text.matchAll(TERM)].find((each) => marks(each, entry));
      const blanked = text.replace(TERM, (all) => ' '.repeat(all.length)).replace(LINK, (all) => ' '.repeat(all.length));
      const use = unmarkedUse.exec(blanked);
      if (use && !firstUse && (!mark || use.index < mark.index)) firstUse = covered[index];
      if (mark) {
        firstMark = covered[index];
        break;
      }
    }
    if (!firstUse) continue;
    const term = entry.term.trim();
    warnings.push({
      path: firstUse.path,
      message: firstMark
        ? `uses the glossary term "${term}" before the text that marks it (${firstMark.path}), so readers meet it undefined; mark its first use as [[${term}]]`
        : `uses the glossary term "${term}", which no text marks, so readers never see its definition; mark its first use as [[${term}]]`,
    });
  }
  return warnings;
};

// ---- The checks -------------------------------------------------------------------

const round = (grade) => Math.round(grade * 10) / 10;
const opening = (words) => `${words.slice(0, 6).join(' ')}…`;

/**
 * Plain-language problems in a document whose JSON Schema is `schema`, each
 * at its JSON Pointer, and a summary. A field above `maxGrade` is an error
 * when `maxGrade` is given, else a warning above DEFAULT_MAX_GRADE.
 * `lang` is the content's language: its `lang` field wins.
 */
export const plainLanguageChecks = (schema, document, { lang = 'en', maxGrade } = {}) => {
  const language = isObject(document) && typeof document.lang === 'string' ? document.lang : lang;
  const formula = formulaName(language);
  const limit = maxGrade ?? DEFAULT_MAX_GRADE;
  const fields = richTextFields(schema, document);
  const errors = [];
  const warnings = [];
  const total = { words: 0, sentences: 0, syllables: 0 };
  let aboveGrade = 0;
  let longSentences = 0;
  for (const { path, text } of fields) {
    const statistics = textStatistics(text, language);
    for (const key of Object.keys(total)) total[key] += statistics[key];
    const grade = readingGrade(statistics, language);
    if (grade !== undefined && statistics.words >= MIN_GRADED_WORDS && round(grade) > limit) {
      aboveGrade++;
      (maxGrade === undefined ? warnings : errors).push({
        path,
        message: `reads at grade ${round(grade).toFixed(1)} (${formula}), above ${limit}: shorter sentences and everyday words make it easier`,
      });
    }
    for (const { words } of statistics.each)
      if (words.length > LONG_SENTENCE_WORDS) {
        longSentences++;
        warnings.push({ path, message: `has a sentence of ${words.length} words ("${opening(words)}"); over ${LONG_SENTENCE_WORDS} words is hard to follow, so split it` });
      }
  }
  const terms = termWarnings(fields, document);
  warnings.push(...terms);
  const grade = readingGrade(total, language);
  return {
    errors,
    warnings,
    summary: {
      lang: language,
      formula,
      grade: grade === undefined ? undefined : round(grade),
      maxGrade: limit,
      fields: fields.length,
      words: total.words,
      sentences: total.sentences,
      aboveGrade,
      longSentences,
      termsBeforeDefinition: terms.length,
    },
  };
};
