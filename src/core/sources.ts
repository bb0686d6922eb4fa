import { html, nothing } from 'lit';
import type { Source } from './content.js';
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
