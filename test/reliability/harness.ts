/**
 * What the reliability tests share: the catalogue of elements (discovered on
 * the server from src/<name>/care-<name>.ts), how each of an element's
 * string fields shows (found by rendering probes, not by reading the
 * element's code), content applied from each source, and the checks that
 * rendered output is inert.
 */
import fc from 'fast-check';
import type { CareContentErrorEvent } from '../../src/core/events.js';
import type { CareElement } from '../../src/core/care-element.js';
import { loadFeedbackView } from '../../src/feedback/load-feedback-view.js';
import { referencesDrawn } from '../helpers.js';
import { isFreeText, stringSites, type JsonSchema } from './json-schema.js';

export interface CatalogueEntry {
  name: string;
  tag: string;
  schema: JsonSchema;
  /** Paths under content/ of valid fixtures. */
  fixtures: string[];
  invalidFixtures: string[];
}

export interface Catalogue {
  elements: CatalogueEntry[];
  fuzz: { runs: number; seed: number };
}

export const catalogue: Catalogue = await (await fetch('/test-server/catalogue')).json();

/** Any care element; `content` takes whatever a page might give it. */
export type CareHost = Omit<CareElement<object>, 'content'> & { content?: unknown };

/** Defines every element from its source module. */
export const defineElements = () => Promise.all(catalogue.elements.map(({ name }) => import(`/src/${name}/care-${name}.ts` as string)));

export const fixtureJson = async (path: string): Promise<unknown> => (await fetch(`/content/${path}`)).json();

// ---- Reading what an element shows ----------------------------------------------

/** A care element's list of sources, which it keeps in its light DOM and shows in its shadow root's `references` slot. */
const referenceList = (element: Element) => element.querySelector(':scope > ol.care-references[slot="references"]');

/** Nodes of the rendered tree: shadow roots entered, nested care elements' shadow roots and lists of sources too; script and style text left out. */
const walk = function* (root: Node): Generator<Node> {
  for (const child of root.childNodes) {
    yield child;
    // Node types rather than instanceof: the tree may belong to another window (an iframe).
    const element = child.nodeType === Node.ELEMENT_NODE ? (child as Element) : undefined;
    if (element && /^(script|style)$/i.test(element.localName)) continue;
    if (element?.shadowRoot) yield* shown(element);
    else yield* walk(child);
  }
};

const shown = function* (host: Element): Generator<Node> {
  yield* walk(host.shadowRoot!);
  const list = referenceList(host);
  if (list) yield* [list, ...walk(list)];
};

/** Elements of an element's rendered tree, its nested care elements included. */
export const renderedElements = (host: Element): HTMLElement[] =>
  host.shadowRoot ? [...shown(host)].filter((node): node is HTMLElement => node.nodeType === Node.ELEMENT_NODE) : [];

/** Everything a reader could see as text, nested elements included. */
export const renderedText = (host: Element): string =>
  host.shadowRoot
    ? [...shown(host)]
        .filter((node) => node.nodeType === Node.TEXT_NODE && !(node.parentElement && /^(script|style)$/i.test(node.parentElement.localName)))
        .map((node) => (node as Text).data)
        .join('')
    : '';

/** Text compared without whitespace: layout adds and collapses it; content does not depend on it. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping'];
/** Elements that can run script, load or embed things, or restyle the page; none comes from content. */
const ACTIVE = /^(script|iframe|frame|frameset|object|embed|applet|img|image|video|audio|source|track|picture|link|meta|base|style|math|form|input|select|template|portal|foreignobject|animate|set|use|svg)$/i;

/** Problems that would let content run script or load things: on* attributes, unsafe URLs, active elements. */
export const activeContent = (host: Element, allowed: (element: Element) => boolean): string[] => {
  const problems: string[] = [];
  for (const element of renderedElements(host)) {
    for (const attribute of element.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`<${element.localName} ${attribute}>`);
      if (URL_ATTRIBUTES.includes(attribute.toLowerCase())) {
        const value = element.getAttribute(attribute)!;
        let protocol: string;
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          continue; // Not a URL at all: it cannot be followed.
        }
        if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`<${element.localName} ${attribute}="${value}">`);
      }
    }
    if (ACTIVE.test(element.localName) && !allowed(element)) problems.push(`<${element.localName}>`);
  }
  return problems;
};

// ---- How each string field shows ------------------------------------------------

/** How a free-text field reaches the reader. */
export type FieldKind = 'text' | 'rich' | 'url' | 'unshown';

/** A document for `schema` that holds every optional field, with union branch `k` (mod its count) everywhere. */
export const exemplar = (schema: JsonSchema, k: number): unknown => {
  if ('const' in schema) return schema.const;
  if (schema.enum) return schema.enum[0];
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return exemplar(branches[k % branches.length]!, k);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return '2024-03-04';
      // A field with a pattern (a date, a fraction) gets a value that matches it, the same one every run.
      if (schema.pattern && schema.pattern !== '\\S') return fc.sample(fc.stringMatching(new RegExp(schema.pattern, 'u')), { numRuns: 1, seed: 1 })[0];
      return 'Sample';
    case 'integer':
    case 'number':
      return schema.minimum ?? schema.maximum ?? 1;
    case 'boolean':
      return true;
    case 'array': {
      const item = schema.items ?? {};
      const choices = item.anyOf ?? item.oneOf;
      const items = choices ? choices.map((_, i) => exemplar(item, i + k)) : [exemplar(item, k)];
      while (items.length < (schema.minItems ?? 0)) items.push(items[0]);
      return items.slice(0, schema.maxItems ?? Infinity);
    }
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, exemplar(child, k)]));
    default:
      return null;
  }
};

/** The most branches of any union in the schema: exemplars 0 to this minus one take every branch. */
export const unionWidth = (schema: JsonSchema): number =>
  Math.max(
    (schema.anyOf ?? schema.oneOf ?? []).length,
    ...(schema.anyOf ?? schema.oneOf ?? []).map(unionWidth),
    ...Object.values(schema.properties ?? {}).map(unionWidth),
    schema.items ? unionWidth(schema.items) : 1,
    1,
  );


/** A new element of `tag`; a feedback widget is shown only where something collects its answers, and here the page does. */
export const createHost = (tag: string): CareHost => {
  const element = document.createElement(tag) as unknown as CareHost;
  if (tag === 'care-feedback') element.setAttribute('collect', 'event');
  return element;
};

/** Renders `content` into a new element and returns it once drawn. */
export const renderFresh = async (tag: string, content: unknown, parent: Node = document.body): Promise<CareHost> => {
  const element = createHost(tag);
  element.content = content;
  parent.appendChild(element);
  await settle(element);
  return element;
};

/**
 * Finds how each free-text field of an element shows, by rendering a probe
 * in it: a link (url), bold markup drawn as bold (rich), the markup shown
 * as typed (text), or nothing (unshown).
 */
export const discoverFieldKinds = async (entry: CatalogueEntry): Promise<Map<string, FieldKind>> => {
  const kinds = new Map<string, FieldKind>();
  let probe = 0;
  for (let k = 0; k < unionWidth(entry.schema); k++) {
    const base = exemplar(entry.schema, k);
    for (const site of stringSites(entry.schema, base)) {
      if (!isFreeText(site.schema) || kinds.has(site.location)) continue;
      probe++;
      const url = `https://probe.example/p${probe}`;
      const withUrl = structuredClone(base);
      setAt(withUrl, site.path, url);
      let element = await renderFresh(entry.tag, withUrl);
      const isLink = renderedElements(element).some((node) => node.localName === 'a' && node.getAttribute('href') === url);
      element.remove();
      if (isLink) {
        kinds.set(site.location, 'url');
        continue;
      }
      const withMarkup = structuredClone(base);
      setAt(withMarkup, site.path, `**probe${probe}** tail${probe}`);
      element = await renderFresh(entry.tag, withMarkup);
      const bold = renderedElements(element).some((node) => node.localName === 'strong' && node.textContent === `probe${probe}`);
      const asTyped = squeeze(renderedText(element)).includes(`**probe${probe}**tail${probe}`);
      element.remove();
      kinds.set(site.location, bold ? 'rich' : asTyped ? 'text' : 'unshown');
    }
  }
  return kinds;
};

/** Exemplars that together hold every string field of every union branch, each adding fields the others lack. */
export const exemplars = (schema: JsonSchema): unknown[] => {
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (let k = 0; k < unionWidth(schema); k++) {
    const document = exemplar(schema, k);
    const locations = stringSites(schema, document).map((site) => site.location);
    if (locations.some((location) => !seen.has(location))) out.push(document);
    locations.forEach((location) => seen.add(location));
  }
  return out;
};

/** Names of the elements an element draws for itself with plain content (icons, a form): content must add none of the active ones. */
export const ownElementNames = async (entry: CatalogueEntry): Promise<Set<string>> => {
  const names = new Set<string>();
  for (const document of exemplars(entry.schema)) {
    const element = await renderFresh(entry.tag, document);
    renderedElements(element).forEach((node) => names.add(node.localName));
    element.remove();
  }
  return names;
};

/** Sets the value a JSON Pointer names in a document. */
export const setAt = (document: unknown, path: string, value: unknown) => {
  const segments = path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = document as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  node[segments[segments.length - 1]!] = value;
};

/** Links are expected only for URLs that are plainly safe. */
export const PLAINLY_SAFE_URL = /^(https?:\/\/[^\s\u0000-\u001f\u007f]+|#[A-Za-z0-9_-]*)$/;

/** A URL that browsers would follow to something other than http(s), mailto or tel. */
export const isUnsafeUrl = (value: string) => {
  try {
    return !SAFE_PROTOCOLS.has(new URL(value.trim(), document.baseURI).protocol);
  } catch {
    return false;
  }
};

/**
 * Fields that hold no reader-facing text of their own, or show it only in
 * some states: label overrides, endpoints, glossary entries, which show
 * only where a text marks their term (test/core/glossary.test.ts), and the
 * ids that citations and a figure's source name a work by
 * (test/core/references.test.ts).
 */
export const isInterfaceField = (location: string) =>
  /(^|\/)labels(\||\/)/.test(location) ||
  /(^|\/)endpoint(\||$)/.test(location) ||
  /(^|\/)glossary\//.test(location) ||
  /\/sources\/[^/]*\/id(\||$)/.test(location) ||
  /\/source\|0$/.test(location);

// ---- Applying content -------------------------------------------------------------

export type Source = 'property' | 'attribute' | 'script' | 'src';
export const SOURCES: Source[] = ['property', 'attribute', 'script', 'src'];

/** Waits until the element has handled its input and drawn. */
export const settle = async (element: CareHost) => {
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await element.updateComplete;
  await element.updateComplete;
  // What elements load on demand and then draw: lists of sources, and the feedback form.
  await Promise.all([referencesDrawn(), loadFeedbackView()]);
  await element.updateComplete;
};

/**
 * Gives the element content through one source: `input` is a value for the
 * property and JSON text for the others. Lower sources are put in place
 * before higher ones are cleared, so the element never passes through an
 * empty state.
 */
export const applyThrough = (element: CareHost, source: Source, input: unknown) => {
  const script = element.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
  if (source === 'property') {
    element.content = input;
    return;
  }
  const json = input as string;
  if (source === 'attribute') {
    element.setAttribute('content', json);
    return;
  }
  if (source === 'script') {
    if (script) script.textContent = json;
    else {
      const child = document.createElement('script');
      child.type = 'application/json';
      child.textContent = json;
      element.append(child);
    }
  } else {
    element.setAttribute('src', `data:application/json;charset=utf-8,${encodeURIComponent(json)}`);
    script?.remove();
  }
  element.removeAttribute('content');
  element.content = null;
};

/** Counts an element's content events and console warnings, and uncaught errors on the page. */
export class Recorder {
  loads = 0;
  errors: CareContentErrorEvent[] = [];
  warnings: string[] = [];
  uncaught: string[] = [];
  readonly #warn = console.warn;
  readonly #onError = (event: ErrorEvent) => this.uncaught.push(`error: ${event.message}`);
  readonly #onRejection = (event: PromiseRejectionEvent) => this.uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  readonly #onLoad = () => this.loads++;
  readonly #onContentError = (event: CareContentErrorEvent) => this.errors.push(event);

  constructor(readonly element: CareHost) {
    element.addEventListener('care-content-load', this.#onLoad);
    element.addEventListener('care-content-error', this.#onContentError);
    addEventListener('error', this.#onError);
    addEventListener('unhandledrejection', this.#onRejection);
    console.warn = (...args: unknown[]) => this.warnings.push(args.map(String).join(' '));
  }

  reset() {
    this.loads = 0;
    this.errors = [];
    this.warnings = [];
  }

  /**
   * Resolves once a load or error event has arrived. Every src request ends
   * in one, so this waits for that and not for a time: a busy machine makes
   * it later, never missing (the test's own timeout is the limit).
   */
  async event() {
    while (this.loads + this.errors.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Resolves once a load or error event has arrived (src is asynchronous), or after `timeout` ms. */
  async eventOrTimeout(timeout: number) {
    const start = performance.now();
    while (this.loads + this.errors.length === 0 && performance.now() - start < timeout) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  stop() {
    this.element.removeEventListener('care-content-load', this.#onLoad);
    this.element.removeEventListener('care-content-error', this.#onContentError);
    removeEventListener('error', this.#onError);
    removeEventListener('unhandledrejection', this.#onRejection);
    console.warn = this.#warn;
  }
}
