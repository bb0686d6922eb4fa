import { css } from 'lit';

/** The form's styles, which come with its view. */
export const formStyles = css`
  .box {
    padding: var(--care-feedback-padding, var(--_space) calc(var(--_space) * 1.25));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--care-feedback-background, var(--_surface));
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  label {
    display: block;
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    min-block-size: 2.75rem;
    padding: 0.35em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.67);
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  /* Filled buttons keep their fill under the pointer, a shade deeper, so their text stays legible. */
  button:is([aria-pressed='true'], [type='submit']) {
    background: var(--_accent);
    color: Canvas;
  }
  button:is([aria-pressed='true'], [type='submit']):hover {
    background: color-mix(in srgb, var(--_accent) 85%, CanvasText);
  }
  label {
    margin-block-start: var(--_space);
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 5.5em;
    padding: 0.5em;
    border: 1px solid;
    border-radius: calc(var(--_radius) * 0.5);
    background: Canvas;
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  .count {
    margin-block: 0.35em 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .message {
    font-weight: 700;
  }
  /* The message below the form; alone after a success. */
  form + * > p {
    margin-block-start: var(--_space);
  }
  .retry {
    margin-block-start: 0.75em;
  }
  /* Where the system sets the colours, Send stays legible and the pressed answer stands out. */
  @media (forced-colors: active) {
    button[type='submit'] {
      background: ButtonFace;
      color: ButtonText;
    }
    button[aria-pressed='true'],
    button[aria-pressed='true']:hover {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
