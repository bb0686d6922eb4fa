import { css, html, nothing } from 'lit';
import type { Source } from './content.js';
import { references } from './references.js';
import { renderInlineText } from './rich-text.js';
import { isExternal, safeUrl } from './url.js';

/** A source's title, linked when its URL is safe; an unsafe URL leaves plain text. */
export const sourceTitle = ({ title, url }: Source) => {
  const href = url ? safeUrl(url) : undefined;
  return href ? html`<a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${title}</a>` : title;
};

/** Identifiers linked to their canonical resolvers, as they are written in citations. */
const IDENTIFIERS = [
  ['pmid', 'PMID ', 'https://pubmed.ncbi.nlm.nih.gov/'],
  ['doi', 'doi:', 'https://doi.org/'],
  ['nct', '', 'https://clinicaltrials.gov/study/'],
] as const;

/** "Title. Authors, journal, publisher, year, date. PMID doi NCT" as inline content. */
export const citation = (source: Source) => {
  const details = [source.authors?.join(', '), source.journal, source.publisher, source.year, source.date].filter(Boolean).join(', ');
  return html`<cite>${sourceTitle(source)}</cite>${details ? html`. <span class="source-details">${details}</span>` : nothing}${IDENTIFIERS.map(([key, prefix, resolver]) =>
    source[key] ? html` <a href=${resolver + source[key]} rel="noopener noreferrer">${prefix}${source[key]}</a>` : nothing,
  )}`;
};

/** A source given in place, or a reference named by its id: then its citation marker. */
export const sourceOrMarker = (source: Source | string) => (typeof source === 'string' ? renderInlineText(`[^${source}]`) : citation(source));

/**
 * Sources as a numbered list: cited references first, numbered as their
 * markers are, each with its id (the markers' target) and a link back to its
 * first marker; then the others. References a list outside the element holds
 * (the article's or the page's) are left to it. A `<slot>` named like each
 * entry lets server-rendered HTML, read without script, reach it (see ssr/render.ts).
 */
export const sourceList = (sources: Source[], part = 'sources') => {
  const { order, shared, back } = references;
  const number = (source: Source) => order.indexOf(source.id!) + 1;
  return html`<ol class="sources" part=${part}>
    ${sources
      .filter((source) => !shared.includes(source.id!))
      .sort((a, b) => (number(a) || 1e9) - (number(b) || 1e9))
      .map((source) =>
        number(source)
          ? html`<li value=${number(source)} id="care-ref-${source.id}">
              <slot name="care-ref-${source.id}"></slot>${citation(source)} <a href="#care-cite-${source.id}" aria-label=${back}>↩</a>
            </li>`
          : html`<li>${citation(source)}</li>`,
      )}
  </ol>`;
};

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
