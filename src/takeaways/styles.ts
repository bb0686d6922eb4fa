import { css } from 'lit';

export const takeawaysStyles = css`
  .takeaways {
    --_tone: var(--care-takeaways-accent, var(--_accent));
    padding: var(--care-takeaways-padding, calc(var(--_space) * 1.25));
    border: 1px solid color-mix(in srgb,var(--_tone) 25%,#0000);
    border-radius: var(--_radius);
    background: var(--care-takeaways-background, var(--_surface));
  }
  :host([compact]) .takeaways {
    padding: var(--care-takeaways-padding, calc(var(--_space) * 0.75) var(--_space));
    font-size: 0.94em;
  }
  [part='title'] {
    margin: 0 0 0.6em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  :host([compact]) [part='title'] {
    font-size: 1.1em;
  }
  [part='summary'] {
    margin-block-end: 0.9em;
  }
  [part='points'] {
    display: grid;
    gap: 0.6em;
    padding: 0;
  }
  :host([compact]) [part='points'] {
    gap: 0.4em;
  }
  /* As grid containers the points draw no list marker of their own; the element draws one. */
  [part='points'] > li {
    display: grid;
    grid-template-columns: 1.35em 1fr;
    gap: 0.6em;
  }
  .marker {
    display: grid;
    place-items: center;
    block-size: 1.35em;
    margin-block-start: 0.1em;
    color: var(--_tone);
  }
  .marker svg {
    inline-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* A border rather than a background, so forced-colors mode keeps the dot. */
  .bullet .marker::before {
    content: '';
    border: 0.22em solid;
    border-radius: 50%;
  }
  .number .marker {
    border: 2px solid;
    border-radius: 50%;
    font-size: 0.8em;
    font-weight: 700;
    inline-size: 1.7em;
    block-size: 1.7em;
    line-height: 1;
  }
  @media (forced-colors: active) {
    .takeaways {
      --_tone: CanvasText;
    }
  }
`;
