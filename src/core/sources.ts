import { html, nothing } from 'lit';
import type { Source } from './content.js';
import { glossary } from './glossary.js';
import { renderInlineText } from './rich-text.js';
import { isExternal, safeUrl } from './url.js';

/** A source's title, linked when its URL is safe; an unsafe URL leaves plain text. */
export const sourceTitle = ({ title, url }: Source) => {
  const href = url ? safeUrl(url) : undefined;
  return href ? html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${title}</a>` : title;
};

/** "Authors. Title. Publisher, date." as inline content. */
export const citation = (source: Source) => {
  const details = [source.publisher, source.date].filter(Boolean).join(', ');
  return html`${source.authors ? `${source.authors}. ` : nothing}<cite>${sourceTitle(source)}</cite>${details ? html`. <span class="source-details">${details}</span>` : nothing}`;
};

/** An FAQ answer's own sources as a numbered list (not citable: see references.ts for lists that are). */
export const sourceList = (sources: Source[]) =>
  html`<ol class="sources" part="sources">
    ${sources.map((source) => html`<li>${citation(source)}</li>`)}
  </ol>`;

/** A figure's source: the work itself, or the one its id names, cited with its number in the list. */
export const figureCitation = (source: Source | string) => {
  if (typeof source !== 'string') return citation(source);
  const work = glossary.get(`^${source}`) as Source | undefined;
  return work ? html`${citation(work)}${renderInlineText(`[^${source}]`)}` : nothing;
};
