import type { GlossaryEntry, Source } from './content.js';

/** Glossary entries by lower-case term and id, what `[[term]]` markers name; and cited works by "^" and their id, what `[^id]` names. */
export type Glossary = Map<string, GlossaryEntry | Source>;

/** The glossary of the element being rendered; care-element.ts sets it before each render. */
// eslint-disable-next-line import/no-mutable-exports
export let glossary: Glossary;

/** How a citation is announced before its number ("Source 2"), in the language of the element being rendered. */
// eslint-disable-next-line import/no-mutable-exports
export let citationLabel: string;

/** Each listed work's number in the list that shows it: its element's, its article's, or the page's (references.ts). */
export const referenceNumbers = new WeakMap<Source, number>();

/** Changes whenever a page's shared list numbers its works anew, so that citations already drawn are drawn again. */
// eslint-disable-next-line import/no-mutable-exports
export let referenceNumbering = 0;

export const renumbered = () => referenceNumbering++;

export const numberSources = (sources: Source[]) => sources.forEach((source, index) => referenceNumbers.set(source, index + 1));

export const useGlossary = (value: Glossary, label: string) => {
  glossary = value;
  citationLabel = label;
};

/** Set on content that an article hands to the element of one of its blocks: the article's glossary, whose terms the block may mark. */
export const INHERITED = Symbol('glossary');

// Kept per block, so that re-rendering the article does not hand its blocks new objects to validate again.
const inherited = new WeakMap<object, object>();

/** The content of an article's block for its element: the block without its `type`, with the article's glossary. */
export const inherit = <B extends object>(block: B, glossary: Glossary): Omit<B, 'type'> => {
  let content = inherited.get(block);
  if (!content) {
    const { type: _type, ...rest } = block as B & { type?: string };
    inherited.set(block, (content = { ...rest, [INHERITED]: glossary }));
  }
  return content as Omit<B, 'type'>;
};
