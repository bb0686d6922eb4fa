import type { GlossaryEntry, Source } from './content.js';
import type { Named } from './schema.js';

/**
 * What an element's citation markers and glossary terms resolve to: its
 * references by number, where each one's list entry is, and its glossary.
 * Built once per content (see care-element.ts), so rich text renders again
 * only when these change.
 */
export interface References {
  /** Reference ids by number: the first is [1]. */
  order: string[];
  /** The ids whose entries a list outside this element holds: the page's list, or the article's. Every entry's id is `care-ref-<reference id>`. */
  shared: string[];
  /** Every reference by id (undefined for those only the page's list names). */
  refs: Map<string, Source | undefined>;
  /** Glossary entries by lower-case term and id. */
  terms: Map<string, GlossaryEntry>;
  /** References whose first marker is drawn, which carries the id the list links back to. */
  seen: Set<string>;
  /** "reference", read before a marker's number. */
  reference: string;
  /** "Back to the text", the name of a list entry's link back to its first marker. */
  back: string;
}

/** The references of the element being rendered; care-element.ts sets them before each render. */
// eslint-disable-next-line import/no-mutable-exports
export let references: References;

export const useReferences = (value: References) => (references = value);

/** The element with this id in `root` or any shadow root inside it, hosts before their children. */
const find = (root: ParentNode, id: string): HTMLElement | undefined => {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const found = element.id === id ? element : element.shadowRoot && find(element.shadowRoot, id);
    if (found) return found;
  }
  return undefined;
};

/**
 * Follows a same-page link inside a shadow root, where the browser's
 * fragment navigation cannot reach: to a contents section, a list entry or
 * a citation, in this element, an element around it or inside it, or the
 * page. A target in collapsed content opens it first (as find-in-page does).
 */
export function followLink(this: ShadowRoot, event: Event) {
  const id = decodeURIComponent((event.target as Element).closest('a')?.hash.slice(1) ?? '');
  const target = id && (find(this, id) ?? find(document, id));
  if (!target) return;
  event.preventDefault();
  const collapsed = target.closest('[hidden]');
  collapsed?.dispatchEvent(new Event('beforematch'));
  const go = () => {
    target.tabIndex = -1;
    target.focus();
  };
  if (collapsed) setTimeout(go);
  else go();
}

/** Set on content that an article hands to the element of one of its blocks: the article's references and glossary, which the block may name. */
export const INHERITED = Symbol('references');

/**
 * The references of a validated document: those an enclosing article or the
 * page's list shares come first, in its numbering; the document's own
 * citations follow.
 */
export const referencesOf = ({ refs, terms, cited }: Named, inherited?: Partial<References>): References =>
  ({ refs, terms, shared: inherited?.order ?? [], order: [...new Set([...(inherited?.order ?? []), ...cited])] }) as References;

/** The references of the page's list, in its order, from a `reference-list` attribute: "ref-id ref-id…". */
export const pageReferences = (attribute: string | null): Partial<References> | undefined => {
  const order = attribute?.match(/\S+/g);
  return order ? { order, refs: new Map(order.map((id) => [id, undefined])) } : undefined;
};
