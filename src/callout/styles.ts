import { css } from 'lit';

export const calloutStyles = css`
  .callout {
    --_tone: var(--care-callout-accent, var(--_accent));
    display: flex;
    gap: 0.75em;
    padding: var(--care-callout-padding, var(--_space) calc(var(--_space) * 1.25));
    border: 1px solid color-mix(in srgb,var(--_tone) 22%,#0000);
    border-inline-start: 4px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--care-callout-background, color-mix(in srgb,var(--_tone) 7%,#0000));
  }
  .info {
    --_tone: var(--care-callout-info, light-dark(#1f5ea8, #8dbcf3));
  }
  .limitation {
    --_tone: var(--care-callout-limitation, light-dark(#855400, #f1c266));
  }
  .warning {
    --_tone: var(--care-callout-warning, light-dark(#b1261d, #ff9e94));
  }
  .disclaimer {
    --_tone: var(--care-callout-disclaimer, var(--_muted));
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
    fill: none;
    stroke: var(--_tone);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .main {
    flex: 1;
    min-inline-size: 0;
  }
  /* A grid, so the kind label and the title each take a line. */
  .heading {
    display: grid;
    margin: 0 0 0.35em;
    font-weight: 700;
  }
  .kind {
    color: var(--_tone);
    font-size: 0.8em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .heading:not(:has(.title)) {
    margin-block-end: 0.2em;
  }
  .title {
    font-size: 1.05em;
  }
  @media (forced-colors: active) {
    .callout {
      --_tone: CanvasText;
    }
  }
`;
