import { css } from 'lit';

export const articleStyles = css`
  article {
    --_gap: var(--care-article-gap, 1.25rem);
  }
  header {
    margin-block-end: calc(var(--_gap) * 1.5);
  }
  .title {
    margin: 0 0 0.5em;
    font-size: var(--care-article-title-size, clamp(1.75rem, 1.2rem + 2.5vw, 2.5rem));
    line-height: 1.15;
    text-wrap: balance;
  }
  .subtitle {
    font-size: 1.15em;
    color: var(--_muted);
  }
  .meta {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .contents {
    margin-block-end: calc(var(--_gap) * 1.5);
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .contents-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .contents ol {
    margin: 0;
  }
  .body > * + *,
  footer > * + * {
    margin-block-start: var(--_gap);
  }
  .section-heading {
    margin-block: calc(var(--_gap) * 1.75) 0;
    line-height: 1.25;
    text-wrap: balance;
    scroll-margin-block-start: 1rem;
  }
  .section-heading:focus {
    outline: none;
  }
  .section-heading:focus-visible {
    outline: var(--_focus-ring);
  }
  .body > .section-heading + * {
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
  footer h2,
  footer h3,
  footer h4,
  footer h5,
  footer h6 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  .review p {
    margin: 0;
    color: var(--_muted);
  }
  @media print {
    .contents,
    .feedback {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
