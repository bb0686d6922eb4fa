// The plain HTML copy of an element's content that a block saves inside the element:
// what readers without JavaScript, search engines, feed readers and a site without
// the plugin read. Built as React elements, so text stays text.
import { parseRichText } from '../../../src/core/rich-text.ts';
import { safeUrl } from '../../../src/core/url.ts';

/** Fields that only steer how the element draws; they have no text of their own. */
const NOT_TEXT = new Set(['$schema', 'type', 'variant', 'kind', 'marker', 'src', 'srcset', 'sizes', 'width', 'height', 'decorative', 'proportion', 'endpoint', 'labels', 'url', 'feedback', 'qualifier']);
/** Fields that title what follows them. */
const HEADINGS = new Set(['title', 'name', 'question']);

const inline = (el, nodes) =>
  nodes.map((node) => {
    if (typeof node === 'string') return node;
    // A glossary term reads as its word; the glossary's entries follow as text of their own.
    if (node.tag === 'term') return node.children[0];
    if (node.tag === 'a') return el('a', { href: node.href }, ...inline(el, node.children));
    return el(node.tag, null, ...inline(el, node.children));
  });

const richText = (el, text) =>
  parseRichText(text).map((block) =>
    block.kind === 'p' ? el('p', null, ...inline(el, block.children)) : el('ul', null, ...block.items.map((item) => el('li', null, ...inline(el, item))))
  );

const headingText = (el, text) => parseRichText(text).flatMap((block) => (block.kind === 'p' ? inline(el, block.children) : []));

/** A source or any titled link: its title as a link, then its other facts. */
const link = (el, value) => {
  const href = safeUrl(value.url);
  const facts = Object.entries(value).filter(([key, field]) => key !== 'title' && key !== 'url' && typeof field === 'string');
  return [href ? el('a', { href }, value.title) : value.title, ...facts.map(([, field]) => `, ${field}`)];
};

const nodesFor = (el, value, level) => {
  if (typeof value === 'string') return richText(el, value);
  if (typeof value === 'number') return [el('p', null, String(value))];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string' || (item && typeof item.url === 'string' && typeof item.title === 'string'))) {
      return [el('ul', null, ...value.map((item) => el('li', null, ...(typeof item === 'string' ? headingText(el, item) : link(el, item)))))];
    }
    return value.flatMap((item) => nodesFor(el, item, level));
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => {
    if (NOT_TEXT.has(key) || field === null || typeof field === 'boolean') return [];
    if (HEADINGS.has(key) && typeof field === 'string') return [el(`h${Math.min(level, 6)}`, null, ...headingText(el, field))];
    return nodesFor(el, field, level + 1);
  });
};

/** The content as headings, paragraphs, lists and links; the feedback form has no text to read without its script. */
export const fallback = (el, tag, content, headingLevel = 2) => (tag === 'care-feedback' ? [] : nodesFor(el, content ?? {}, headingLevel));
