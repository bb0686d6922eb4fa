import { css } from 'lit';

export const faqStyles = css`
  .faq {
    --_tone: var(--care-faq-accent, var(--_accent));
    --_pad: var(--care-faq-padding, var(--_space));
    --_round: var(--care-faq-radius, var(--_radius));
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em var(--_space);
  }
  .title,
  .count,
  .items {
    flex: 1 1 100%;
    margin: 0;
  }
  .title {
    font-size: 1.35em;
    line-height: 1.25;
  }
  .filter {
    flex: 1 1 14em;
    display: grid;
    gap: 0.3em;
    font-weight: 600;
  }
  input {
    min-inline-size: 0;
    padding: 0.5em 0.75em;
    border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: calc(var(--_round) * 0.6);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 400;
  }
  button {
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .all {
    margin-inline-start: auto;
    padding: 0.4em 1em;
    border: 1px solid;
    border-radius: 2em;
    background: none;
    color: var(--_tone);
  }
  .count {
    color: var(--_muted);
  }
  .none {
    padding: 0.75em var(--_pad);
    border: 1px dashed var(--_border);
    border-radius: var(--_round);
  }
  .items {
    display: grid;
    gap: var(--care-faq-gap, 0.5rem);
  }
  .item {
    border: 1px solid var(--care-faq-border, var(--_border));
    border-radius: var(--_round);
    background: var(--care-faq-background, transparent);
  }
  .q {
    margin: 0;
    font-size: 1em;
    border-radius: inherit;
  }
  .q button {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    padding: 0.85em var(--_pad);
    border: 0;
    border-radius: inherit;
    background: none;
    text-align: start;
  }
  .q button:hover {
    background: var(--_surface);
  }
  /* The open/closed marker: a chevron drawn with borders, pointing down when closed. */
  .q button::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-start: auto;
    border: solid var(--_tone);
    border-width: 0 2px 2px 0;
    translate: 0 -0.15em;
    rotate: 45deg;
  }
  .q [aria-expanded='true']::after {
    translate: 0 0.15em;
    rotate: 225deg;
  }
  .answer {
    padding: 0 var(--_pad) var(--_pad);
  }
  /* Collapsed answers take no room; until-found ones stay rendered for find-in-page. */
  .answer[hidden] {
    padding: 0;
  }
  .sources-label {
    margin-block: 1em 0.25em;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .q button::after {
      transition: rotate 0.2s, translate 0.2s;
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
  @media print {
    .answer[hidden] {
      display: block !important;
      content-visibility: visible;
      padding: 0 var(--_pad) var(--_pad);
    }
    .filter,
    .all,
    .count,
    .q button::after {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
    /* Absolute links (http, mailto, tel) print their address. */
    .answer a[href*=':']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
