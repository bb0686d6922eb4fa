import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
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

/** What one element gives the stories that every element has. */
export interface SharedStoryInputs<Args> {
  tag: string;
  /** Valid content, as an object and as JSON text, for the attribute and script-child stories. */
  content: unknown;
  text: string;
  /** The URL of valid content, for the `src` story. */
  url: string;
  /** Text that is not JSON; by default `text` cut short. */
  malformed?: string;
  /** Content the element refuses after showing `content`; by default `malformed`. */
  refused?: unknown;
  /** What the author writes inside the element, shown until valid content arrives. */
  fallback?: TemplateResult;
  /** What the reading-context stories (direction, language, scheme, forced colours, width) show: the story's own render, args or play. */
  showcase?: StoryObj<Args>;
  /** Attributes the element needs in the attribute, script-child and fallback stories (such as feedback's `collect`). */
  attributes?: Record<string, string>;
}

const described = (story: string) => ({ docs: { description: { story } } });

/** An element made in the DOM: a tag name cannot be a binding in a Lit template. */
const elementWith = (tag: string, content: string, fallback?: TemplateResult): HTMLElement => {
  const element = document.createElement(tag);
  element.setAttribute('content', content);
  if (fallback) render(fallback, element);
  return element;
};

/**
 * The stories every element has, made from what is particular to it. Storybook
 * reads each story's export name, `name` and `tags` from the stories file
 * itself, before running it, so those stay there:
 * `export const Dark: Story = { name: 'Dark scheme', ...shared.dark };`.
 */
export const sharedStories = <Args extends ContentArgs>(inputs: SharedStoryInputs<Args>) => {
  const { tag, content, text, url, fallback, showcase = {}, attributes = {} } = inputs;
  const withAttributes = (element: HTMLElement) => {
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  const malformed = inputs.malformed ?? cutShort(text);
  const story = (annotations: StoryObj<ContentArgs>) => annotations;
  const inContext = (globals: Record<string, string>, description?: string): StoryObj<Args> => ({
    ...showcase,
    parameters: { ...showcase.parameters, ...(description ? described(description) : {}) },
    globals,
  });
  return {
    fromAttribute: story({ parameters: described("Content as a JSON string in the `content` attribute, as in a CMS's HTML field."), render: () => withAttributes(elementWith(tag, text)) }),
    fromScript: story({
      parameters: described('Content in a child `<script type="application/json">`, which stays readable in the page\'s source.'),
      render: () => withAttributes(withJsonScript(tag, content)),
    }),
    fromSrc: story({ parameters: described('Content fetched from the `src` URL.'), args: { content: undefined, src: url } }),
    malformedJson: story({
      parameters: described("Not JSON at all: nothing valid to show, so a short message takes the element's place."),
      args: { content: malformed },
      argTypes: { content: { control: 'text' } },
    }),
    failingSrc: story({ parameters: described('The `src` URL answers 404.'), args: { content: undefined, src: missingSrc } }),
    fallbackMarkup: story({
      parameters: described("Until valid content arrives, the author's light-DOM markup shows instead of the error message."),
      render: () => withAttributes(elementWith(tag, malformed, fallback)),
    }),
    keepsLastValid: story({
      parameters: described('Valid content, then content the element refuses: it keeps what it showed.'),
      args: { content },
      play: replaceContent(tag, inputs.refused ?? malformed),
    }),
    rightToLeft: inContext({ direction: 'rtl' }),
    spanish: inContext({ locale: 'es' }, 'Interface labels in Spanish; the content is the English sample article.'),
    dark: inContext({ scheme: 'dark' }),
    forcedColours: inContext(
      {},
      "For Windows High Contrast and other forced palettes. To see it here, emulate `forced-colors: active` in the browser's developer tools (Rendering panel); the stories test renders it that way.",
    ),
    narrow: inContext({ width: 'narrow' }),
  };
};
