import type { ArgTypes } from '@storybook/web-components-vite';
import type { CareElement } from '../../src/core/care-element.js';

/** The inputs every element shares: its content, by value or by URL. */
export interface ContentArgs {
  /** Whatever the control holds: the element validates it, as it would an author's JSON. */
  content?: unknown;
  src?: string;
  'src-timeout'?: number;
}

export const contentArgTypes: Partial<ArgTypes> = {
  content: { control: 'object' },
  src: { control: 'text' },
  'src-timeout': { control: { type: 'number', min: 0, step: 500 } },
};

/** A URL that answers 404, for the failing-`src` state. */
export const missingSrc = 'content/not-found.json';

/** A fixture's text cut short: JSON that does not parse, for elements without a malformed fixture. */
export const cutShort = (json: string): string => json.trimEnd().slice(0, -2);

/** An element whose content comes from a child `<script type="application/json">`, as an editor pastes it. */
export const withJsonScript = (tag: string, content: unknown): HTMLElement => {
  const element = document.createElement(tag);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(content, null, 2);
  element.append(script);
  return element;
};

/** A play function that gives the story's element new content once it has drawn its first. */
export const replaceContent =
  (tag: string, content: unknown) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const element = canvasElement.querySelector<CareElement<object>>(tag);
    if (!element) throw new Error(`the story has no <${tag}>`);
    await element.updateComplete;
    element.content = content as object;
    await element.updateComplete;
  };
