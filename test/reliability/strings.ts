/** Text that content authors and CMSs really produce, and text that breaks naive code. */
import fc from 'fast-check';

/** Characters that reorder, combine, hide or are not characters at all. */
export const UNUSUAL = [
  '\u200F', // right-to-left mark
  '\u200E', // left-to-right mark
  '\u202E', // right-to-left override
  '\u202C', // pop directional formatting
  '\u2067', // right-to-left isolate
  '\u2069', // pop directional isolate
  'e\u0301', // e + combining acute
  'Z\u0364\u0351\u0313\u0324\u0354a\u0308\u0356\u032d', // stacked combining marks
  '\u0301', // a combining mark with nothing to combine with
  '👩‍👩‍👧‍👦', // emoji joined by zero-width joiners
  '🇪🇸', // flag: regional indicator pair
  '👍🏽', // emoji with skin tone
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
  '\u0000', // NUL
  '\u0007', // bell
  '\u001B[31m', // terminal escape
  '\u007F', // delete
  '\u0085', // next line
  '\u200B', // zero-width space
  '\uFEFF', // byte order mark
  '\u00AD', // soft hyphen
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u00A0', // no-break space
  '\uFFFD', // replacement character
  '\uFFFF', // noncharacter
  '\u{10FFFF}', // last code point
  '𝒜𝓁𝑔𝑒𝒷𝓇𝒶', // astral letters
  'مرحبا بالعالم', // Arabic
  'שלום עולם', // Hebrew
  '漢字かなカナ', // CJK
  'नमस्ते', // Devanagari with combining vowel signs
  'ﷺ', // one character that renders very wide
  'Ω≈ç√∫˜µ≤≥÷', // symbols
];

/** Strings that look like markup, templates or URLs, all of which must stay text. */
export const LOOKS_LIKE_CODE = [
  '**bold**',
  '*em*',
  '[link](https://example.org/a?b=c&d=e#f)',
  '[relative](/content/x.json)',
  '[fragment](#sources)',
  '[bad](javascript:void 0)',
  '- item',
  '\\*escaped\\*',
  '<b>tag</b>',
  '&amp; &lt; &#x3C;',
  '${1+1}',
  '{{constructor}}',
  '__proto__',
  'constructor',
  'toString',
  'https://example.org/',
  'mailto:someone@example.org',
  'javascript:alert(1)',
  '"quoted" \'single\' `back`',
  '\\',
  '%00%20',
  '0',
  '-1',
  'NaN',
  'null',
  'undefined',
  'true',
];

const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', '\t', '  ');

/** Short-to-medium text mixing words, unusual Unicode, code-like strings and arbitrary code points. */
export const text = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 6, arbitrary: word },
        { weight: 3, arbitrary: fc.constantFrom(...UNUSUAL) },
        { weight: 2, arbitrary: fc.constantFrom(...LOOKS_LIKE_CODE) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      ),
      separator,
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.map(([part, sep]) => part + sep).join(''));

/** Long text: megabytes of words, or long runs of markup characters that never close. */
export const hugeText = fc.oneof(
  fc.tuple(fc.integer({ min: 200_000, max: 2_000_000 }), word).map(([length, w]) => `${w} `.repeat(Math.ceil(length / (w.length + 1)))),
  fc
    .tuple(fc.integer({ min: 20_000, max: 200_000 }), fc.constantFrom('*a ', '**a ', '[', '[a](', '[a]', '(', '\\', '*', '- ', '[[', '`', '<', '&', '👩‍👩‍👧‍👦', '\u0301', '\uD83D'))
    .map(([length, unit]) => `${unit.repeat(Math.ceil(length / unit.length))}end`),
  fc.integer({ min: 1_000, max: 10_000 }).map((depth) => `${'['.repeat(depth)}x${'](y)'.repeat(depth)}`),
  fc.integer({ min: 1_000, max: 10_000 }).map((depth) => `${'*a **b '.repeat(depth)}${'** *'.repeat(depth)}`),
);
