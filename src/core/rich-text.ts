import { isServer, noChange, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Directive, directive, PartType, type Part } from 'lit/directive.js';
import { citationLabel, glossary, referenceNumbering, referenceNumbers, type Glossary } from './glossary.js';
import type { GlossaryEntry, Source } from './content.js';
import { hydrates } from './hydrates.js';
import { isExternal, safeUrl } from './url.js';

/**
 * The small inline markup of long-form fields: paragraphs (blank line),
 * `**strong**`, `*emphasis*`, `[text](url)` and `- ` bullet lists, with `\`
 * escaping a markup character; `[[term]]` or `[[shown text|entry-id]]`
 * marks a glossary term and `[^source-id]` cites a work of the content's
 * `sources`. It is parsed into a tree and rendered through Lit
 * bindings, so text is always text: nothing reaches innerHTML.
 */
export type Marker = { tag: 'term'; key: string; children: [string] } | { tag: 'cite'; key: string; children: [] };
export type Inline =
  | string
  | Marker
  | { tag: 'strong'; children: Inline[] }
  | { tag: 'em'; children: Inline[] }
  | { tag: 'a'; href: string; children: Inline[] };
export type Block = { kind: 'p'; children: Inline[] } | { kind: 'ul'; items: Inline[][] };

/**
 * `[[text]]`, `[[text|id]]` or `[^id]`. Lengths are bounded, so that a text
 * of many unclosed brackets costs linear time.
 */
const MARKER = /\[(?:\[([^[\]|]{1,99})(?:\|([\w.-]{1,99}))?\]|\^([\w.-]{1,99}))\]/y;

/** The terms and citations marked in the text being parsed, in reading order. */
let markers: Marker[] = [];

const ESCAPABLE = '\\*_[]()-#`';
const BULLET = /^\s*[-*]\s+/;
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * What earlier searches in the same text found, so that long runs of
 * openers that never close cost linear time, not quadratic: where a search
 * for each delimiter first failed, and each bracket's partner.
 */
interface Searches {
  failedFrom: Record<string, number>;
  partners: Record<string, Map<number, number>>;
}

/** Index of the closing delimiter for an opener at `from`, or -1. */
const findClosing = (text: string, delimiter: string, from: number, searches: Searches): number => {
  const failed = searches.failedFrom[delimiter] ?? Infinity;
  for (let i = from; i < text.length; i++) {
    // A failed search from `failed` reached this place too (nothing before it can have skipped it), so it ends the same way.
    if (i >= failed && text[i - 1] !== '\\' && text[i - 1] !== '*') break;
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (!text.startsWith(delimiter, i) || isSpace(text[i - 1])) continue;
    // A single `*` must not be half of a `**`.
    if (delimiter === '*' && text[i + 1] === '*') {
      i++;
      continue;
    }
    return i;
  }
  searches.failedFrom[delimiter] = Math.min(failed, from);
  return -1;
};

/**
 * Index of the bracket closing the one at `from` (balanced, escapes
 * skipped), or -1. One pass over the text pairs every bracket.
 */
const findBalanced = (text: string, from: number, open: string, close: string, searches: Searches): number => {
  let partners = searches.partners[open];
  if (!partners) {
    partners = searches.partners[open] = new Map();
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (char === '\\') i++;
      else if (char === open) stack.push(i);
      else if (char === close && stack.length) partners.set(stack.pop()!, i);
    }
  }
  return partners.get(from) ?? -1;
};

/**
 * Markup nested deeper than this is shown as typed: real content nests two
 * or three levels, and unbounded nesting would overflow the call stack.
 */
const MAX_NESTING = 12;

const parseInline = (text: string, depth = 0): Inline[] => {
  if (depth > MAX_NESTING) return [text];
  const searches: Searches = { failedFrom: {}, partners: {} };
  const out: Inline[] = [];
  let buffer = '';
  const push = (node: Inline) => {
    if (buffer) out.push(buffer);
    buffer = '';
    out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && ESCAPABLE.includes(text[i + 1] ?? ' ')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '*') {
      const delimiter = text.startsWith('**', i) ? '**' : '*';
      const start = i + delimiter.length;
      const end = isSpace(text[start]) ? -1 : findClosing(text, delimiter, start + 1, searches);
      if (end > 0) {
        push({ tag: delimiter === '**' ? 'strong' : 'em', children: parseInline(text.slice(start, end), depth + 1) });
        i = end + delimiter.length;
        continue;
      }
    }
    if (char === '[') {
      MARKER.lastIndex = i;
      const marker = MARKER.exec(text);
      if (marker) {
        const node: Marker = marker[3] ? { tag: 'cite', key: marker[3], children: [] } : { tag: 'term', key: marker[2] ?? marker[1]!, children: [marker[1]!] };
        markers.push(node);
        push(node);
        i = MARKER.lastIndex;
        continue;
      }
      const labelEnd = findBalanced(text, i, '[', ']', searches);
      const urlEnd = labelEnd > 0 && text[labelEnd + 1] === '(' ? findBalanced(text, labelEnd + 1, '(', ')', searches) : -1;
      if (urlEnd > 0) {
        const children = parseInline(text.slice(i + 1, labelEnd), depth + 1);
        const href = safeUrl(text.slice(labelEnd + 2, urlEnd));
        if (href) push({ tag: 'a', href, children });
        else children.forEach(push);
        i = urlEnd + 1;
        continue;
      }
    }
    buffer += char;
    i++;
  }
  if (buffer) out.push(buffer);
  return out;
};

const parseBlocks = (text: string): Block[] => {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let paragraph: string[] = [];
    let list: Inline[][] | undefined;
    const endParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'p', children: parseInline(paragraph.join(' ')) });
      paragraph = [];
    };
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      if (BULLET.test(line)) {
        endParagraph();
        if (!list) blocks.push({ kind: 'ul', items: (list = []) });
        list.push(parseInline(line.replace(BULLET, '').trim()));
      } else {
        list = undefined;
        paragraph.push(line.trim());
      }
    }
    endParagraph();
  }
  return blocks;
};

// Parsing once per distinct text keeps an update cheap (validation and rendering read the same texts); the cap
// bounds memory, and the cache empties once the task is over, so that text drawn is not also kept as a tree.
const cache = new Map<string, Block[] & { markers: Marker[] }>();
const CACHE_LIMIT = 2000;

/** The text's blocks, and its glossary terms and citations in reading order. */
export const parseRichText = (text: string): Block[] & { markers: Marker[] } => {
  let blocks = cache.get(text);
  if (!blocks) {
    if (!cache.size) setTimeout(() => cache.clear());
    if (cache.size >= CACHE_LIMIT) cache.clear();
    markers = [];
    blocks = Object.assign(parseBlocks(text), { markers });
    cache.set(text, blocks);
  }
  return blocks;
};

const inlineText = (nodes: Inline[]): string =>
  nodes.map((node) => (typeof node === 'string' ? node : inlineText(node.children))).join('');

/** The text a reader sees, without markup (for JSON-LD, filtering and text alternatives). */
export const toPlainText = (text: string): string =>
  parseRichText(text)
    .map((block) => (block.kind === 'p' ? inlineText(block.children) : block.items.map(inlineText).join('\n')))
    .join('\n\n');

/** The link to the public reference a glossary definition was checked against, as an inline node. */
const checkedLink = ({ title, url }: { title: string; url: string }): Inline => {
  const href = safeUrl(url);
  return href ? { tag: 'a', href, children: [title] } : title;
};

let termCount = 0;

/** The number a citation shows: that of its work in the list that shows it; none for a work no list shows. */
const citationNumber = (key: string, terms: Glossary) => {
  const source = terms.get(`^${key}`) as Source | undefined;
  return source && referenceNumbers.get(source);
};

/** HTML a server wrote: text beside it is escaped, it is not. */
class Markup {
  constructor(readonly html: string) {}
}
type Piece = Node | Markup | string;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const toHtml = (piece: Piece) => (piece instanceof Markup ? piece.html : escapeHtml(piece as string));

/**
 * An element with properties set and children appended, text staying text:
 * in a browser a DOM element, never markup; on a server its HTML, every text
 * and attribute value escaped (`className` is written as `class`).
 */
const create = (tag: string, properties: Record<string, unknown>, ...children: Piece[]): Piece => {
  if (isServer)
    return new Markup(
      `<${tag}${Object.entries(properties)
        .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${escapeHtml(`${value}`)}"`)
        .join('')}>${children.map(toHtml).join('')}</${tag}>`,
    );
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...(children as (Node | string)[]));
  return element;
};

/** Inline nodes as elements and text. */
const inlineNodes = (nodes: Inline[], terms: Glossary): Piece[] =>
  nodes.flatMap((node) => {
    if (typeof node === 'string') return node;
    if (node.tag === 'cite') {
      const number = citationNumber(node.key, terms);
      return number ? create('sup', {}, create('a', { className: 'cite', href: `#care-ref-${node.key}` }, create('span', { className: 'visually-hidden' }, `${citationLabel} `), `${number}`)) : [];
    }
    if (node.tag === 'term') {
      const entry = terms.get(node.key.toLowerCase()) as GlossaryEntry | undefined;
      if (!entry) return node.children[0];
      // HTML has no element property: the button names its toggletip by id.
      const id = `care-term-${++termCount}`;
      const tip = create('span', { popover: 'auto', ...(isServer ? { id } : {}) }, create('dfn', {}, entry.term), `: ${entry.definition} (`, ...inlineNodes([checkedLink(entry.checkedAgainst)], terms), ')');
      return [create('button', { className: 'term', ...(isServer ? { popovertarget: id } : { popoverTargetElement: tip }) }, node.children[0]), tip];
    }
    return create(node.tag, node.tag === 'a' ? { href: node.href, ...(isExternal(node.href) && { rel: 'noopener noreferrer' }) } : {}, ...inlineNodes(node.children, terms));
  });

/** The text's elements and text: one paragraph of inline text without its `<p>`, else blocks. */
const pieces = (blocks: Block[], inline: boolean, terms: Glossary): Piece[] => {
  const only = blocks[0];
  return inline && blocks.length === 1 && only?.kind === 'p'
    ? inlineNodes(only.children, terms)
    : blocks.map((block) =>
        block.kind === 'p' ? create('p', {}, ...inlineNodes(block.children, terms)) : create('ul', {}, ...block.items.map((item) => create('li', {}, ...inlineNodes(item, terms)))),
      );
};

/**
 * Rich text in a template. In the browser the text becomes plain DOM nodes,
 * built once per text: no template parts or marker comments for each piece of
 * markup, and a re-render with the same text costs nothing. A server writes
 * the same elements as static HTML, which hydration keeps as they are.
 */
class RichTextDirective extends Directive {
  #text?: string;
  #inline?: boolean;
  #terms?: Glossary;
  #citations?: string;

  /** A server's rendering (a browser calls `update`). */
  render(text: string, inline: boolean, terms: Glossary): unknown {
    return isServer ? unsafeHTML(pieces(parseRichText(text), inline, terms).map(toHtml).join('')) : nothing;
  }

  override update(part: Part, [text, inline, terms]: [string, boolean, Glossary]): unknown {
    // Citations read their label and their numbers from outside the text: the element's language and the list showing the work.
    const citations = `${citationLabel} ${referenceNumbering}`;
    // Each new content brings a new glossary; a text that marks no term and cites no work is drawn the same with any.
    if (text === this.#text && inline === this.#inline && ((terms === this.#terms && citations === this.#citations) || !/\[[[^]/.test(text))) return noChange;
    const first = this.#text === undefined;
    this.#citations = citations;
    this.#text = text;
    this.#inline = inline;
    this.#terms = terms;
    // Hydration keeps the server's HTML, which starts at its part marker.
    const start = part.type === PartType.CHILD ? part.startNode : null;
    if (hydrates && first && start instanceof Comment && start.data.startsWith('lit-part')) return noChange;
    const out = document.createDocumentFragment();
    out.append(...(pieces(parseRichText(text), inline, terms) as (Node | string)[]));
    return out;
  }
}

const richTextDirective = directive(RichTextDirective);

/** Long-form text as paragraphs and lists. Its terms are those of the element rendering now (see glossary.ts). */
export const renderRichText = (text: string) => richTextDirective(text, false, glossary);

/**
 * Text that sits inside another element (a list item, a label): one
 * paragraph renders without its `<p>`, anything longer as blocks.
 */
export const renderInlineText = (text: string) => richTextDirective(text, true, glossary);
