import { css } from 'lit';

export const calloutStyles = css`
  .callout {
    --_tone: var(--care-callout-accent, var(--_accent));
    display: flex;
    gap: 0.75em;
    padding: var(--care-callout-padding, calc(var(--_space) * 1) calc(var(--_space) * 1.25));
    border: 1px solid color-mix(in srgb, var(--_tone) 22%, transparent);
    border-inline-start: 4px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--care-callout-background, color-mix(in srgb, var(--_tone) 7%, transparent));
  }
  .callout--info {
    --_tone: var(--care-callout-info, light-dark(#1f5ea8, #8dbcf3));
  }
  .callout--limitation {
    --_tone: var(--care-callout-limitation, light-dark(#855400, #f1c266));
  }
  .callout--warning {
    --_tone: var(--care-callout-warning, light-dark(#b1261d, #ff9e94));
  }
  .callout--disclaimer {
    --_tone: var(--care-callout-disclaimer, var(--_muted));
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
    color: var(--_tone);
  }
  .main {
    flex: 1;
    min-inline-size: 0;
  }
  .heading {
    margin: 0 0 0.35em;
  }
  .kind {
    display: block;
    color: var(--_tone);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .heading:not(:has(.title)) {
    margin-block-end: 0.2em;
  }
  .title {
    display: block;
    font-weight: 700;
    font-size: 1.05em;
  }
  @media (forced-colors: active) {
    .callout {
      border-color: CanvasText;
    }
    .icon,
    .kind {
      color: CanvasText;
    }
  }
`;
