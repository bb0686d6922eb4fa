import { css } from 'lit';

// Parts are selected by element where the element says which it is: the
// header holds the title (its first child), the subtitle (a div) and the meta
// line (a p); the nav is the contents list; the only heading in the footer is
// the sources heading; heading blocks are the body's only headings. Section
// headings that a contents link focuses show the shared :focus-visible ring.
export const articleStyles = css`
  article {
    --_gap: var(--care-article-gap, 1.25rem);
  }
  header,
  nav {
    margin-block-end: calc(var(--_gap) * 1.5);
  }
  header > :first-child {
    margin: 0 0 0.5em;
    font-size: var(--care-article-title-size, clamp(1.75rem, 1.2rem + 2.5vw, 2.5rem));
    line-height: 1.15;
    text-wrap: balance;
  }
  header > div {
    font-size: 1.15em;
    color: var(--_muted);
  }
  header > p {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  nav {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  nav > p {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .body > * + *,
  footer > * + * {
    margin-block-start: var(--_gap);
  }
  .body > :is(h2, h3, h4, h5, h6) {
    margin-block: calc(var(--_gap) * 1.75) 0;
    line-height: 1.25;
    text-wrap: balance;
    scroll-margin-block-start: 1rem;
  }
  .body > :is(h2, h3, h4, h5, h6) + * {
    margin-block-start: 0.75em;
  }
  .therapies {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--care-article-card-min, 17rem)), 1fr));
    gap: var(--_gap);
    align-items: start;
  }
  footer {
    margin-block-start: calc(var(--_gap) * 2);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  #references-title {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  [part='review'] p {
    margin: 0;
    color: var(--_muted);
  }
  @media print {
    nav,
    care-feedback {
      display: none;
    }
  }
`;
