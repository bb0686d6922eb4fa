import { defineElement } from './define.js';

export { property, state } from 'lit/decorators.js';

/**
 * Like Lit's `@customElement`, but a tag that is already defined (the
 * script loaded twice) is left alone with one warning instead of throwing.
 */
export const customElementTag =
  (tag: string) =>
  (element: CustomElementConstructor): void =>
    defineElement(tag, element);
