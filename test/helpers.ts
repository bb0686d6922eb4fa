import { oneEvent, waitUntil as waitUntilOpenWc } from '@open-wc/testing';
import type { CareContentErrorEvent, CareContentLoadEvent } from '../src/core/events.js';
import { loadReferences } from '../src/core/load-references.js';
import { loadStructuredData } from '../src/core/load-structured-data.js';

/** A fixture from content/, as parsed JSON. */
export const fixture = async <T = never>(path: string): Promise<T> => {
  const response = await fetch(`/content/${path}`);
  if (!response.ok) throw new Error(`missing fixture ${path}`);
  return (await response.json()) as T;
};

/** Waits until an element and every care element inside it, across shadow roots, have rendered. */
export const settled = async (root: Element) => {
  const pending = [root];
  while (pending.length) {
    const element = pending.pop()! as Element & { updateComplete?: Promise<unknown> };
    await element.updateComplete;
    const scope = element.shadowRoot ?? element;
    pending.push(...[...scope.querySelectorAll('*')].filter((child) => child.localName.startsWith('care-')));
  }
};

/** The raw text of a fixture, for attribute and script sources. */
export const fixtureText = async (path: string): Promise<string> => (await fetch(`/content/${path}`)).text();

/** Records console.warn calls while `run` executes. */
export const captureWarnings = async (run: () => unknown | Promise<unknown>): Promise<string[]> => {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
};

export const nextError = (element: Element) => oneEvent(element, 'care-content-error') as Promise<CareContentErrorEvent>;
export const nextLoad = (element: Element) => oneEvent(element, 'care-content-load') as Promise<CareContentLoadEvent>;

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export const shownText = (element: Element): string =>
  (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A flag that hostile content would set if it ever ran. */
export const pwned = () => (window as { __pwned?: boolean }).__pwned === true;

/**
 * Whether a reader can see the text in `container`: its first non-blank text
 * node is rendered (no hidden or skipped ancestor, which `checkVisibility`
 * sees across `content-visibility`) and laid out at least one line high.
 * A panel's own padding or border cannot pass for its text.
 */
export const textIsShown = (container: Element): boolean => {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const text = walker.nextNode();
  if (!text) throw new Error(`no text in ${container.localName}`);
  const parent = text.parentElement!;
  const range = document.createRange();
  range.selectNodeContents(text);
  const lineHeight = parseFloat(getComputedStyle(parent).fontSize);
  return parent.checkVisibility({ contentVisibilityAuto: false, visibilityProperty: true, opacityProperty: false }) && range.getBoundingClientRect().height >= lineHeight * 0.9;
};

/**
 * open-wc's waitUntil with a 10 s default instead of 1 s: it returns as soon as the condition
 * holds, so only a failure waits that long, and a busy machine no longer fails a test that works.
 */
export const waitUntil: typeof waitUntilOpenWc = (predicate, message, options) => waitUntilOpenWc(predicate, message, { timeout: 10_000, ...options });

/** Until the lists of sources asked for so far are drawn: elements load their module after each update, and draw once it has loaded. */
export const referencesDrawn = async () => {
  await loadReferences();
  await new Promise((resolve) => setTimeout(resolve));
};

/**
 * Until every JSON-LD write asked for so far is done: elements load the
 * JSON-LD module after their first render, and each write waits on that one
 * load, ahead of this.
 */
export const jsonLdWritten = async () => {
  await loadStructuredData();
  await new Promise((resolve) => setTimeout(resolve));
};
