import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--care-accent, light-dark(#0b6b66, #5fd4c8));
    --_error: var(--care-editor-error, light-dark(#b3261e, #ffb4ab));
    --_warning: var(--care-editor-warning, light-dark(#8a5300, #ffcc80));
    --_border: var(--care-border, color-mix(in srgb, currentColor 35%, transparent));
    --_focus-ring: var(--care-focus-ring, 3px solid var(--_accent));
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible,
  .file-button:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button,
  .file-button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  .file-button {
    display: inline-block;
    padding: 0.3rem 0.7rem;
    border: 1px solid currentColor;
    border-radius: 0.35rem;
    background: transparent;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: light-dark(#fff, #000);
    border-color: var(--_accent);
  }
  .file-button {
    position: relative;
  }
  input:not([type='checkbox'], [type='radio'], .visually-hidden),
  select,
  textarea {
    width: 100%;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.35rem;
    background: transparent;
  }
  select option {
    background: Canvas;
    color: CanvasText;
  }
  textarea {
    min-height: 5.5rem;
    resize: vertical;
  }
  .json textarea,
  .snippet textarea {
    min-height: 30rem;
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-end: 1rem;
  }
  .block > summary {
    margin-block-end: 0.25rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    cursor: pointer;
  }
  /* Open, the block's own fields show its text. */
  .block[open] .excerpt {
    display: none;
  }
  .block-problems {
    color: var(--_error);
    font-weight: 700;
  }
  .block-warnings {
    color: var(--_warning);
  }
  .excerpt {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.9em;
  }
  .group,
  .item-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    align-items: center;
  }
  .columns {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 60rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  fieldset {
    min-width: 0;
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }
  .field {
    margin-block-end: 1rem;
  }
  .field > label,
  .label {
    display: block;
    font-weight: 600;
  }
  .hint {
    margin: 0 0 0.25rem;
    font-size: 0.9em;
  }
  .invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }
  .invalid > input,
  .invalid > textarea,
  .invalid > select {
    border: 2px solid var(--_error);
  }
  .error,
  .warning {
    margin: 0.25rem 0;
    font-weight: 700;
  }
  .error-marker {
    color: var(--_error);
  }
  .warning {
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_warning);
    font-weight: 400;
  }
  .choice,
  .percent {
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Entries out of view are laid out only when scrolled to, so a long document opens as fast as its
     first screen. The padding keeps a focused entry's outline inside the entry's paint containment. */
  .items > li {
    margin-inline: -5px;
    padding-inline: 5px;
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  .item-controls {
    margin-block-start: 0.25rem;
  }
  .percent input {
    max-width: 8rem;
  }
  .summary,
  .banner {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border: 4px solid var(--_error);
  }
  .summary h2 {
    margin-block-start: 0;
    font-size: 1.2em;
  }
  .summary a {
    color: inherit;
    font-weight: 700;
  }
  .banner {
    border: 2px solid var(--_accent);
  }
  .snippet summary {
    font-weight: 700;
    cursor: pointer;
  }
  .preview-pane h2 {
    margin-block: 0 0.5rem;
    font-size: 1.1em;
  }
  .frame {
    padding: 1rem;
    border: 1px dashed var(--_border);
  }
  .frame.dark {
    color-scheme: dark;
    background: #121212;
    color: #f1f1f1;
  }
  .frame.narrow {
    max-width: 320px;
  }
  .snippet textarea {
    min-height: 8rem;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
    }
    .invalid,
    .summary,
    .warning {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
`;
