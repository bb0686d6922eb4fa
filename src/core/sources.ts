import { css, html, nothing } from 'lit';
import type { Source } from './content.js';
import { isExternal, safeUrl } from './url.js';

/** A source's title, linked when its URL is safe; an unsafe URL leaves plain text. */
export const sourceTitle = ({ title, url }: Source) => {
  const href = url ? safeUrl(url) : undefined;
  return href ? html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${title}</a>` : title;
};

/** "Title. Publisher, date." as inline content. */
export const citation = (source: Source) => {
  const details = [source.publisher, source.date].filter(Boolean).join(', ');
  return html`<cite>${sourceTitle(source)}</cite>${details ? html`. <span class="source-details">${details}</span>` : nothing}`;
};

/** Sources as a numbered list. */
export const sourceList = (sources: Source[], part = 'sources') =>
  html`<ol class="sources" part=${part}>
    ${sources.map((source) => html`<li>${citation(source)}</li>`)}
  </ol>`;

export const sourceStyles = css`
  .sources {
    margin: 0;
    padding-inline-start: 1.5em;
    font-size: 0.9em;
  }
  .sources li + li {
    margin-block-start: 0.35em;
  }
  cite {
    font-style: normal;
  }
  .source-details {
    color: var(--_muted);
  }
`;
