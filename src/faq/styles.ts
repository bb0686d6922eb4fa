import { css } from 'lit';

export const faqStyles = css`
  .faq {
    --_tone: var(--care-faq-accent, var(--_accent));
    --_pad: var(--care-faq-padding, var(--_space));
    --_round: var(--care-faq-radius, var(--_radius));
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em var(--_space);
  }
  [part='title'],
  .tools,
  .count {
    margin-block: 0 0.75em;
  }
  label {
    flex: 1 1 14em;
    display: grid;
    gap: 0.3em;
    font-weight: 600;
  }
  input {
    padding: 0.5em 0.75em;
    border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: 0.5em;
    background: none;
    font: inherit;
    font-weight: 400;
    color: inherit;
  }
  .toggle {
    margin-inline-start: auto;
    color: var(--_tone);
  }
  .none {
    padding: 0.75em var(--_pad);
    border: 1px dashed var(--_border);
    border-radius: var(--_round);
  }
  .item + .item,
  .group + * {
    margin-block-start: var(--care-faq-gap, 0.5rem);
  }
  /* Long FAQs stay fast: questions off screen are not laid out or painted until needed, fifty at a time
     (GROUP_SIZE in care-faq.ts) so that the browser tracks and lays out few boxes. */
  .faq > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  /* Fifty questions of 3.5em and their gaps. */
  .group {
    content-visibility: auto;
    contain-intrinsic-size: auto 200em;
  }
  .item {
    border: 1px solid var(--care-faq-border, var(--_border));
    border-radius: var(--_round);
    background: var(--care-faq-background, none);
  }
  .q {
    margin: 0;
    font-size: 1em;
  }
  .q button {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    padding: 0.85em var(--_pad);
    border: 0;
    border-radius: var(--_round);
    background: none;
    font: inherit;
    font-weight: 600;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .q button:hover {
    background: var(--_surface);
  }
  /* Inside the item, which clips what is drawn outside it. */
  .q button:focus-visible {
    outline-offset: -3px;
  }
  /* A chevron that points down when closed and up when open. */
  .q button::after {
    margin-inline-start: auto;
    color: var(--_tone);
  }
  .answer {
    padding: 0 var(--_pad) var(--_pad);
  }
  .sources-label {
    margin-block: 1em 0.25em;
    font-weight: 600;
  }
  @media screen {
    /* Collapsed answers take no room; until-found ones stay rendered for find-in-page. */
    .answer[hidden] {
      padding: 0;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .q button::after {
      transition: 0.2s;
    }
    .answer:not([hidden]) {
      animation: care-faq-open 0.2s ease-out;
    }
    @keyframes care-faq-open {
      from {
        opacity: 0;
        translate: 0 -0.4em;
      }
    }
  }
  /* Print every question with its answer, whatever is open or filtered on screen. */
  @media print {
    .faq [hidden] {
      display: block !important;
    }
    .group,
    .item,
    .answer {
      content-visibility: visible;
    }
    .item {
      break-inside: avoid;
    }
    .tools,
    .count,
    .q button::after {
      display: none;
    }
  }
`;
