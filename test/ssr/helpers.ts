// Shared by the server-rendering tests: the fixtures, the server's answers,
// frames with and without script, and what a reader sees inside shadow roots.
import type { RenderResult } from '../../src/ssr/render.js';

export interface Fixture {
  tag: string;
  file: string;
  invalid: boolean;
  /** A whole document in content/, for which the CLI finds the element itself. */
  document: boolean;
}

export const fixtures: Fixture[] = await (await fetch('/test-server/ssr/fixtures')).json();

/** The attribute every fixture is rendered with, so elements that publish JSON-LD do. */
export const STRUCTURED_DATA = 'structured-data';

/** The attributes a fixture of `tag` is rendered with: JSON-LD, and for feedback a way to collect the answers, without which it shows nothing. */
export const fixtureAttributes = (tag: string): Record<string, string | true> => ({
  [STRUCTURED_DATA]: true,
  ...(tag === 'care-feedback' ? { collect: 'event' } : {}),
});

export const renderOnServer = async (tag: string, content: unknown, attributes?: Record<string, unknown>): Promise<RenderResult> =>
  (await fetch('/test-server/ssr/render', { method: 'POST', body: JSON.stringify({ tag, content, attributes }) })).json();

/** The URL of the page `care-elements render <file> --page` writes, loading the bundle from this server. */
export const pageUrl = ({ file, tag, document }: Fixture) => {
  const query = new URLSearchParams({ file, ...(document ? {} : { element: tag }) });
  for (const [name, value] of Object.entries(fixtureAttributes(tag))) query.append('attribute', value === true ? name : `${name}=${value}`);
  return `/test-server/ssr/page?${query}`;
};

/** The script tag of those pages: the hydrating bundle, from this server. */
export const HYDRATING_BUNDLE_TAG = '<script src="/dist/care-elements-hydrate.js"></script>';
const BUNDLE_TAG = '<script src="/dist/care-elements.js"></script>';

export type FrameWindow = Window & typeof globalThis;

/**
 * A frame 800 × 1200 px; `scripts: false` sandboxes it so that no script runs, as for a reader who blocks them.
 * It is fixed at the viewport's corner: WebKit stops animation frames in frames scrolled out of view.
 */
export const openFrame = async (source: { src: string } | { srcdoc: string }, { scripts }: { scripts: boolean }) => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; inline-size: 800px; block-size: 1200px; border: 0';
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if ('src' in source) frame.src = source.src;
  else frame.srcdoc = source.srcdoc;
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as FrameWindow, document: frame.contentDocument! };
};

type Scope = Document | HTMLElement;

const nestedCareElements = (root: ParentNode): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.localName.startsWith('care-'))
    .flatMap((element) => [element, ...(element.shadowRoot ? nestedCareElements(element.shadowRoot) : [])]);

/** The care elements of a document, or an element and those in its shadow tree, nested ones included, outermost first. */
export const careElements = (scope: Scope): HTMLElement[] =>
  scope.nodeType === Node.DOCUMENT_NODE
    ? nestedCareElements(scope)
    : [scope as HTMLElement, ...((scope as HTMLElement).shadowRoot ? nestedCareElements((scope as HTMLElement).shadowRoot!) : [])];

/** Every node under the care elements' shadow roots. */
export const shadowNodes = (scope: Scope): Node[] =>
  careElements(scope).flatMap((element) => {
    if (!element.shadowRoot) return [];
    const walker = element.ownerDocument.createTreeWalker(element.shadowRoot);
    const nodes: Node[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  });

const NOT_READ = 'style, script, noscript, template, [hidden]:not([hidden="until-found"]), .script-only';

/** Text nodes a reader is meant to read: not styles or scripts, not hidden on purpose, not controls that need script. */
export const readerTextNodes = (scope: Scope): Text[] =>
  shadowNodes(scope).filter(
    (node): node is Text => node.nodeType === Node.TEXT_NODE && !!node.textContent!.trim() && !node.parentElement?.closest(NOT_READ),
  );

export const readerText = (scope: Scope) =>
  readerTextNodes(scope)
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * True when the text is drawn for a reader who scrolls to it: displayed, not
 * visibility-hidden or transparent, not inside `content-visibility: hidden`
 * (as a collapsed `hidden="until-found"` panel is), with a size. Content
 * that `content-visibility: auto` skips while off screen counts as drawn.
 */
export const isShown = (text: Text) => {
  const parent = text.parentElement!;
  if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  // checkVisibility() looks at the parent's ancestors' content-visibility, not the parent's own.
  if (parent.ownerDocument.defaultView!.getComputedStyle(parent).contentVisibility === 'hidden') return false;
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
};

/** The links under the care elements' shadow roots, as their `href` attributes. */
export const links = (scope: Scope) =>
  shadowNodes(scope)
    .filter((node): node is HTMLAnchorElement => node instanceof (node.ownerDocument!.defaultView as FrameWindow).HTMLAnchorElement)
    .map((link) => link.getAttribute('href'));

/** Resolves once every care element, nested ones included, has rendered or hydrated and has nothing pending. */
export const settled = async (scope: Scope) => {
  for (;;) {
    const elements = careElements(scope) as (HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<boolean> })[];
    if (elements.every((element) => element.hasUpdated)) {
      const done = await Promise.all(elements.map((element) => element.updateComplete));
      if (done.every(Boolean) && careElements(scope).length === elements.length) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/**
 * Hydrates every server-rendered care element of a page that loaded the
 * hydrating bundle, each as a reader's first focus inside it would, since
 * elements not near the viewport wait until they are used.
 */
export const hydrateAll = async (scope: Document) => {
  for (const element of careElements(scope) as (HTMLElement & { hasUpdated?: boolean })[]) {
    if (!element.hasUpdated) element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  }
  await settled(scope);
};

let clientFrame: Promise<{ window: FrameWindow; document: Document }> | undefined;

/** A frame that has loaded the bundle, shared by the tests. */
export const bundleFrame = () =>
  (clientFrame ??= openFrame({ srcdoc: `<!doctype html><html lang="en"><body>${BUNDLE_TAG}</body></html>` }, { scripts: true }));

/**
 * The element as the bundle renders it in the browser with no server HTML:
 * the reference the server's HTML must match.
 */
export const renderInBrowser = async (tag: string, json: string) => {
  const { document: frameDocument } = await bundleFrame();
  const element = frameDocument.createElement(tag);
  element.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(fixtureAttributes(tag))) element.setAttribute(name, value === true ? '' : value);
  element.setAttribute('content', json);
  frameDocument.body.append(element);
  try {
    await settled(element);
    return { text: readerText(element), links: links(element) };
  } finally {
    element.remove();
  }
};
