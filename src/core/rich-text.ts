import { html, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type Part } from 'lit/directive.js';
import { isExternal, safeUrl } from './url.js';

/**
 * The small inline markup of long-form fields: paragraphs (blank line),
 * `**strong**`, `*emphasis*`, `[text](url)` and `- ` bullet lists, with `\`
 * escaping a markup character. It is parsed into a tree and rendered through
 * Lit bindings, so text is always text: nothing reaches innerHTML.
 */
export type Inline =
  | string
  | { tag: 'strong'; children: Inline[] }
  | { tag: 'em'; children: Inline[] }
  | { tag: 'a'; href: string; children: Inline[] };
export type Block = { kind: 'p'; children: Inline[] } | { kind: 'ul'; items: Inline[][] };

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

// Parsing once per distinct text keeps re-renders cheap; the cap bounds memory.
const cache = new Map<string, Block[]>();
const CACHE_LIMIT = 2000;

export const parseRichText = (text: string): Block[] => {
  let blocks = cache.get(text);
  if (!blocks) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    blocks = parseBlocks(text);
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

const renderInline = (nodes: Inline[]): unknown[] =>
  nodes.map((node) => {
    if (typeof node === 'string') return node;
    if (node.tag === 'strong') return html`<strong>${renderInline(node.children)}</strong>`;
    if (node.tag === 'em') return html`<em>${renderInline(node.children)}</em>`;
    return html`<a href=${node.href} rel=${isExternal(node.href) ? 'noopener noreferrer' : nothing}
      >${renderInline(node.children)}</a
    >`;
  });

const templates = (blocks: Block[]) =>
  blocks.map((block) =>
    block.kind === 'p'
      ? html`<p>${renderInline(block.children)}</p>`
      : html`<ul>
          ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
        </ul>`,
  );

/** Appends inline nodes as DOM: text nodes and elements, never markup. */
const appendInline = (parent: Node, nodes: Inline[]) => {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(document.createTextNode(node));
      continue;
    }
    const element = document.createElement(node.tag);
    if (node.tag === 'a') {
      element.setAttribute('href', node.href);
      if (isExternal(node.href)) element.setAttribute('rel', 'noopener noreferrer');
    }
    appendInline(element, node.children);
    parent.appendChild(element);
  }
};

const fragment = (blocks: Block[], inline: boolean) => {
  const out = document.createDocumentFragment();
  const only = blocks[0];
  if (inline && blocks.length === 1 && only?.kind === 'p') {
    appendInline(out, only.children);
    return out;
  }
  for (const block of blocks) {
    const element = document.createElement(block.kind);
    if (block.kind === 'p') appendInline(element, block.children);
    else
      for (const item of block.items) {
        const li = document.createElement('li');
        appendInline(li, item);
        element.appendChild(li);
      }
    out.appendChild(element);
  }
  return out;
};

/**
 * False in dist/care-elements.js, whose build defines it: that file has no
 * hydration support, so it needs none of the server's templates below, and
 * the minifier leaves them out. Everywhere else it is undefined: true.
 */
declare const CARE_ELEMENTS_HYDRATES: boolean | undefined;
const hydrates = typeof CARE_ELEMENTS_HYDRATES === 'undefined' || CARE_ELEMENTS_HYDRATES;

/**
 * Rich text in a template. In the browser the text becomes plain DOM nodes,
 * built once per text: no template parts or marker comments for each piece of
 * markup, and a re-render with the same text costs nothing. A server renders
 * it as templates, and hydration matches those templates once.
 */
class RichTextDirective extends Directive {
  #text?: string;
  #inline?: boolean;

  render(text: string, inline: boolean): unknown {
    if (!hydrates) return nothing;
    const blocks = parseRichText(text);
    const only = blocks[0];
    return inline && blocks.length === 1 && only?.kind === 'p' ? renderInline(only.children) : templates(blocks);
  }

  override update(part: Part, [text, inline]: [string, boolean]): unknown {
    if (text === this.#text && inline === this.#inline) return noChange;
    const first = this.#text === undefined;
    this.#text = text;
    this.#inline = inline;
    // Hydration starts at the server's part marker and expects the server's templates.
    const start = part.type === PartType.CHILD ? part.startNode : null;
    if (hydrates && first && start instanceof Comment && start.data.startsWith('lit-part')) return this.render(text, inline);
    return fragment(parseRichText(text), inline);
  }
}

const richTextDirective = directive(RichTextDirective);

/** Long-form text as paragraphs and lists. */
export const renderRichText = (text: string) => richTextDirective(text, false);

/**
 * Text that sits inside another element (a list item, a label): one
 * paragraph renders without its `<p>`, anything longer as blocks.
 */
export const renderInlineText = (text: string) => richTextDirective(text, true);
