import { css } from 'lit';

export const statStyles = css`
  .stat {
    --_tone: var(--care-stat-accent, var(--_accent));
    --_empty: var(--care-stat-empty, var(--_muted));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--care-stat-background, var(--_surface));
  }
  .text {
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  [part='value'] {
    color: var(--_tone);
    font-size: var(--care-stat-value-size, 2.25em);
    font-weight: 700;
    line-height: 1.15;
  }
  [part='label'] {
    flex: 1 1 12em;
    font-weight: 600;
  }
  .text > * + * {
    margin-block-start: 0.6em;
  }
  [part='scope'],
  [part='source'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The filled figures start where the reader starts reading. */
  svg:dir(rtl) {
    scale: -1 1;
  }
  .icons {
    flex: none;
    inline-size: var(--care-stat-icons-size, 8.5rem);
  }
  use {
    fill: none;
    stroke: var(--_empty);
    stroke-width: 0.7;
  }
  /* Filled figures (and the bar's fill) take the tone, outline included. */
  .filled {
    fill: var(--_tone);
    --_empty: var(--_tone);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    border: 1px solid var(--_empty);
    border-radius: 1rem;
  }
  /*
   * In the user's colours the filled figures stay solid and the empty ones
   * hollow (fill none is never forced), and the value reads as text, not as
   * LinkText.
   */
  @media (forced-colors: active) {
    .stat {
      --_tone: CanvasText;
      --_empty: CanvasText;
    }
  }
`;
