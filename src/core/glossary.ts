import type { GlossaryEntry } from './content.js';

/** Glossary entries by lower-case term and id: what `[[term]]` markers name. */
export type Glossary = Map<string, GlossaryEntry>;

/** The glossary of the element being rendered; care-element.ts sets it before each render. */
// eslint-disable-next-line import/no-mutable-exports
export let glossary: Glossary;

export const useGlossary = (value: Glossary) => (glossary = value);

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
