import type { EditorLabels } from './translations.js';

/** A text with its selection, as a formatting button reads and leaves it. */
export interface Selection {
  text: string;
  start: number;
  end: number;
}

/**
 * One button of the rich-text toolbar: its label key and what it does to
 * the selection. Adding a button for new inline markup is adding an entry.
 */
export interface Format {
  label: keyof EditorLabels;
  /** A short visible sign for the button, the label being its accessible name; without one the label shows. */
  sign?: string;
  /** The letter that applies it with Ctrl (⌘ on a Mac) in the text field. */
  shortcut?: string;
  apply: (selection: Selection) => Selection;
}

/** Wraps the selection in `before`/`after`, or inserts `placeholder` wrapped and selects it. */
const wrap =
  (before: string, after: string, placeholder: string) =>
  ({ text, start, end }: Selection): Selection => {
    const inner = text.slice(start, end) || placeholder;
    return {
      text: text.slice(0, start) + before + inner + after + text.slice(end),
      start: start + before.length,
      end: start + before.length + inner.length,
    };
  };

/** Starts each selected line (or the current line) with "- ". */
const bulletLines = ({ text, start, end }: Selection): Selection => {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const selected = text.slice(lineStart, end);
  const bulleted = selected
    .split('\n')
    .map((line) => (line.startsWith('- ') ? line : `- ${line}`))
    .join('\n');
  return { text: text.slice(0, lineStart) + bulleted + text.slice(end), start: lineStart, end: lineStart + bulleted.length };
};

export const formats: Format[] = [
  { label: 'bold', sign: 'B', shortcut: 'b', apply: wrap('**', '**', 'text') },
  { label: 'emphasis', sign: 'I', shortcut: 'i', apply: wrap('*', '*', 'text') },
  // In words: a link sign is an emoji, a blank box where no emoji font is installed.
  { label: 'link', shortcut: 'k', apply: ({ text, start, end }) => {
      const linked = wrap('[', '](https://)', 'link text')({ text, start, end });
      // Leaves the caret where the address goes.
      const caret = linked.end + '](https://'.length;
      return { text: linked.text, start: caret, end: caret };
    } },
  { label: 'list', sign: '•', apply: bulletLines },
  // `[[shown text]]` names a glossary entry by its term, `[[shown text|entry-id]]` by its id.
  { label: 'term', apply: wrap('[[', ']]', 'term') },
  // `[^source-id]` after the selection cites a work of the content's `sources`; the id is left selected to be typed.
  { label: 'cite', apply: ({ text, end }) => wrap('[^', ']', 'source-id')({ text, start: end, end }) },
];
