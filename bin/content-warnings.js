// Warnings an editor cares about in content that the schema accepts:
// figures without a source, reviews that are missing or due, links that are
// not https, and headings that show nothing or head nothing.

const pointer = (path, key) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** URLs of the inline markup's links, `[text](url)`, with balanced parentheses as the elements read them. */
const inlineLinks = (text) => {
  const urls = [];
  for (let start = text.indexOf(']('); start >= 0; start = text.indexOf('](', start + 2)) {
    let depth = 0;
    for (let end = start + 1; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) {
        urls.push(text.slice(start + 2, end));
        break;
      }
    }
  }
  return urls;
};
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const linkProblem = (raw) => {
  // Browsers ignore control characters and spaces inside a scheme, and so does the elements' link check.
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http') return `links to ${raw} over http; use https`;
  if (scheme && !['https', 'mailto', 'tel'].includes(scheme)) return `${JSON.stringify(raw)} is not a web link; it is shown as text, not as a link`;
  if (!scheme && /^www\./i.test(url)) return `${JSON.stringify(raw)} has no https://, so it would link to a page of this site`;
  return undefined;
};

/** Text a reader would see: no markup characters, no invisible characters. */
const isVisiblyEmpty = (text) => text.replace(/[*_`#>\s\p{Cf}]/gu, '') === '';

const today = () => new Date().toISOString().slice(0, 10);

/** A `[^source-id]` citation in a figure's words names its source. */
const CITES = /\[\^[\w.-]+\]/;

export const contentWarnings = (tag, document, now = today()) => {
  const warnings = [];
  const warn = (path, message) => warnings.push({ path, message });

  const isFigure = (path, value, parentKey) =>
    (tag === 'care-stat' && path === '') || (tag === 'care-article' && /^\/blocks\/\d+$/.test(path) && value.type === 'stat') || parentKey === 'results';

  const visit = (value, path, parentKey) => {
    if (typeof value === 'string') {
      const whole = value.trim();
      // A whole value is a URL when it is one word that starts with a scheme or "www.".
      const isUrl = !/\s/.test(whole) && (SCHEME.test(whole) || /^www\./i.test(whole));
      const links = isUrl ? [whole] : inlineLinks(value);
      for (const link of links) {
        const problem = linkProblem(link);
        if (problem) warn(path, problem);
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, pointer(path, index), parentKey));
      return;
    }
    if (!value || typeof value !== 'object') return;
    if (isFigure(path, value, parentKey) && !value.source && !value.sources?.length && !CITES.test(`${value.label} ${value.context}`))
      warn(path, 'is a figure without a source, so readers cannot check it');
    for (const key of ['title', 'heading'])
      if (typeof value[key] === 'string' && isVisiblyEmpty(value[key])) warn(pointer(path, key), 'is a heading with no visible text');
    for (const [key, field] of Object.entries(value)) visit(field, pointer(path, key), key);
  };
  visit(document, '', undefined);

  if (tag === 'care-article' && document && typeof document === 'object') {
    if (!document.lastReviewed) warn('', 'has no lastReviewed date, so readers cannot tell how current it is');
    if (typeof document.nextReview === 'string' && document.nextReview < now) warn('/nextReview', `review was due on ${document.nextReview}`);
    const blocks = Array.isArray(document.blocks) ? document.blocks : [];
    blocks.forEach((block, index) => {
      if (block?.type !== 'heading') return;
      const path = `/blocks/${index}`;
      if (typeof block.text === 'string' && isVisiblyEmpty(block.text)) warn(`${path}/text`, 'is a heading with no visible text');
      const level = block.level ?? 2;
      const next = blocks[index + 1];
      if (!next || (next.type === 'heading' && (next.level ?? 2) <= level)) warn(path, 'is a heading with nothing under it');
    });
  }
  return warnings;
};
