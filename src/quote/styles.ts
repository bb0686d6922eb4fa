import { css } from 'lit';

export const quoteStyles = css`
  /* Quotation marks follow the language; others get the browser's marks for their language. */
  :host {
    quotes: auto;
  }
  :host(:lang(en)) {
    quotes: '\\201C' '\\201D' '\\2018' '\\2019';
  }
  :host(:lang(es)) {
    quotes: '\\AB' '\\BB' '\\201C' '\\201D';
  }
  figure {
    margin: 0;
    padding-inline-start: 1.25em;
    border-inline-start: 4px solid var(--care-quote-accent, var(--_accent));
  }
  blockquote {
    margin: 0 0 0.75em;
    font-size: var(--care-quote-font-size, 1.2em);
    line-height: 1.45;
  }
  blockquote > :first-child::before {
    content: open-quote;
  }
  blockquote > :last-child::after {
    content: close-quote;
  }
  /* Author, affiliation and source on lines of their own; the hidden comma is positioned out of the flow. */
  figcaption > span {
    display: block;
  }
  .author {
    font-weight: 700;
  }
  .affiliation {
    color: var(--_muted);
  }
  .source {
    margin-block-start: 0.35em;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    figure {
      border-color: CanvasText;
    }
  }
`;
