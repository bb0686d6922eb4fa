import { oneEvent } from '@open-wc/testing';
import type { CareContentErrorEvent, CareContentLoadEvent } from '../src/core/events.js';

/** A fixture from content/, as parsed JSON. */
export const fixture = async <T = never>(path: string): Promise<T> => {
  const response = await fetch(`/content/${path}`);
  if (!response.ok) throw new Error(`missing fixture ${path}`);
  return (await response.json()) as T;
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
