// The posts `npm run wordpress` starts its site with, as serialized blocks: the
// markup the block editor itself saves (blocks.js), written here without a browser.
import seed from '../../../content/immunotherapy-leukemia.json';
import { fallback } from './fallback.js';

/** An `el` like wp.element's createElement, making a tree that `html` writes out. */
const el = (tag, props, ...children) => ({ tag, props: props ?? {}, children: children.flat(Infinity) });
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const html = (node) => {
  if (typeof node === 'string') return escapeText(node);
  const attributes = Object.entries(node.props).map(([key, value]) => ` ${key === 'className' ? 'class' : key}="${escapeAttribute(String(value))}"`);
  return `<${node.tag}${attributes.join('')}>${node.children.map(html).join('')}</${node.tag}>`;
};

/** A block as WordPress serializes it: its attributes as JSON in the comment, with nothing in it that could end the comment or be read as HTML. */
export const block = (name, attributes, inner) => {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  const comment = name.replace(/^core\//, '');
  return `<!-- wp:${comment}${json === '{}' ? '' : ` ${json}`} -->\n${inner}\n<!-- /wp:${comment} -->`;
};

/** A care block (`faq`, `therapy-card`…) with its content and settings, saved as blocks.js saves it. */
export const careBlock = (name, attributes) => {
  const tag = `care-${name}`;
  const level = attributes.headingLevel ? Number(attributes.headingLevel) : 2;
  return block(`care-elements/${name}`, attributes, html(el(tag, { className: `wp-block-care-elements-${name}` }, fallback(el, tag, attributes.content, level))));
};

const TERM = /\[\[([^[\]|]{1,99})(?:\|([\w.-]{1,99}))?\]\]/g;

/** The article's glossary entries that a block's text marks: a block alone on a page carries the definitions it uses. */
const glossaryFor = (content) => {
  const keys = [...JSON.stringify(content).matchAll(TERM)].map(([, text, id]) => (id ?? text).toLowerCase());
  const entries = (seed.glossary ?? []).filter((entry) => keys.includes(entry.term.toLowerCase()) || keys.includes(entry.id?.toLowerCase()));
  return entries.length ? { ...content, glossary: entries } : content;
};

const withoutType = ({ type: _type, ...content }) => glossaryFor(content);

/** One article block as WordPress blocks: its text as paragraphs and headings, the rest as care blocks. */
const articleBlocks = (articleBlock) => {
  switch (articleBlock.type) {
    case 'paragraph':
      // The seed's paragraphs are plain text; a blank line in one starts the next.
      // WordPress paragraphs have no glossary toggletips: a marked term reads as its word there.
      return articleBlock.text
        .split(/\n[ \t]*\n/)
        .map((text) => block('core/paragraph', {}, `<p>${escapeText(text.trim().replace(TERM, '$1'))}</p>`));
    case 'heading': {
      const level = articleBlock.level ?? 2;
      return [block('core/heading', level === 2 ? {} : { level }, `<h${level}>${escapeText(articleBlock.text)}</h${level}>`)];
    }
    case 'therapies':
      return articleBlock.items.map((therapy) => careBlock('therapy-card', { content: glossaryFor(therapy) }));
    case 'therapy':
      return [careBlock('therapy-card', { content: withoutType(articleBlock) })];
    default:
      return [careBlock(articleBlock.type, { content: withoutType(articleBlock) })];
  }
};

const { $schema: _schema, feedback: _feedback, ...article } = seed;

/** `[{ title, date, content }]`: the seed article as blocks, and the same article as one Health article block. */
export const samplePosts = () => [
  {
    title: article.title,
    date: `${article.published} 09:00:00`,
    // The article asks for feedback; on WordPress its answers go to the plugin's own route.
    content: [...article.blocks.flatMap(articleBlocks), careBlock('feedback', { content: {} })].join('\n\n'),
  },
  {
    title: `${article.title} (one Health article block)`,
    date: `${article.published} 09:00:00`,
    content: careBlock('article', { content: article }),
  },
];
