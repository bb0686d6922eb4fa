import { css } from 'lit';

/** The form's own styles come with its view (form-styles.ts); these hold its place while it loads. */
export const feedbackStyles = css`
  /* The height of the question and its buttons, so nothing below moves when the form arrives. */
  .loading {
    block-size: calc(2 * var(--_space) + 2px + 1lh + 0.5em + 2.75rem);
  }
`;
