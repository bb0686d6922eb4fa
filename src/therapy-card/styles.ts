import { css } from 'lit';

export const therapyCardStyles = css`
  /* The card lays itself out by its own width, whatever the page's grid gives it. */
  :host {
    container-type: inline-size;
  }
  article {
    --_tone: var(--care-therapy-accent, var(--_accent));
    display: flex;
    flex-flow: column;
    block-size: 100%;
    padding: var(--care-therapy-padding, 1.25rem);
    border: 1px solid var(--care-therapy-border, var(--_border));
    border-block-start: 4px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--care-therapy-background, transparent);
  }
  article > * + * {
    margin-block-start: 0.75em;
  }
  /* Collapsed, the details keep a zero-height box for find-in-page: no margin, and no
     gaps, which WebKit still draws between the grid rows of contents it skips. */
  #details[hidden] {
    margin: 0;
    gap: 0;
  }
  #name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .badges {
    display: flex;
    flex-flow: wrap;
    gap: 0.4em;
    margin: 0.5em 0 0;
  }
  .badges > *,
  .item {
    font-weight: 600;
  }
  .badges > * {
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    font-size: 0.8em;
  }
  .status,
  .value,
  .toggle {
    color: var(--_tone);
  }
  .status {
    border-color: currentColor;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .toggle {
    display: flex;
    align-items: center;
    align-self: start;
    gap: 0.5em;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_tone) 8%, transparent);
  }
  #details,
  .pair,
  .results {
    display: grid;
    gap: 1.25em;
  }
  .section-title {
    margin: 0 0 0.4em;
    color: var(--_muted);
    font-size: 0.8em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .results {
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .result {
    display: grid;
    column-gap: 1em;
  }
  .value {
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.15;
  }
  .more {
    margin-block-start: auto;
    padding-block-start: 0.75em;
  }
  @container (min-width: 28rem) {
    .results {
      grid-template-columns: auto 1fr;
    }
    .result {
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: baseline;
    }
    /* One column per list: two side by side, or one across. */
    .pair {
      grid-auto-flow: column;
      grid-auto-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .toggle {
      color: ButtonText;
    }
  }
  @media print {
    #details {
      display: grid !important;
      margin-block-start: 0.75em;
      content-visibility: visible;
    }
    .toggle {
      display: none;
    }
  }
`;
