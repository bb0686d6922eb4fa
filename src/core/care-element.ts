import { LitElement, html, isServer, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CareContentErrorEvent, CareContentLoadEvent, type ContentSource } from './events.js';
import { coreTranslations, languageOf, pickLabels, type Translations } from './labels.js';
import { INHERITED, numberSources, referenceNumbers, renumbered, useGlossary, type Glossary } from './glossary.js';
import type { Source } from './content.js';
import { loadedReferences, loadReferences } from './load-references.js';
import type { BundleParts } from './references.js';
import { validate, type ContentIssue, type Schema } from './schema.js';
import { loadStructuredData } from './load-structured-data.js';
import type { StructuredDataBuilder } from './structured-data-graphs.js';
import { STRUCTURED_DATA_MARK } from './structured-data-mark.js';
import { baseStyles } from './styles.js';
import { hydrating } from './hydrates.js';
import { importSrcReader } from './import-src-reader.js';

/** What the module that draws lists of sources uses of the bundle (references.ts). */
const BUNDLE_PARTS: BundleParts = { render, referenceNumbers, renumbered };

const JSON_SCRIPT = ':scope > script[type="application/json"]';
const NO_INPUT = Symbol('no input');

/** Elements re-render when a `lang` attribute anywhere on the page changes. */
const connected = new Set<CareElement<object>>();
let langObserver: MutationObserver | undefined;
const watchLanguage = (element: CareElement<object>) => {
  connected.add(element);
  langObserver ??= new MutationObserver(() => connected.forEach((each) => each.requestUpdate()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
};

/**
 * The content contract shared by every care element: content from the
 * `content` property or attribute, else a child JSON script, else `src`;
 * validation with JSON Pointer errors; keep-last-good rendering; events;
 * labels in the reader's language.
 */
export abstract class CareElement<T extends object> extends LitElement {
  static override styles = [baseStyles];

  static override get properties(): PropertyDeclarations {
    return {
      content: { converter: { fromAttribute: (value: string | null) => value } },
      src: {},
      srcTimeout: { type: Number, attribute: 'src-timeout' },
      referenceList: { attribute: 'reference-list' },
      data: { state: true, attribute: false },
      failed: { state: true, attribute: false },
      hasFallback: { state: true, attribute: false },
    };
  }

  /** Content as an object (property) or a JSON string (attribute). Takes precedence over a JSON script child and `src`. */
  declare content?: T | string | null;

  /** URL of a JSON content document, used when there is no `content` and no JSON script child. */
  declare src?: string;

  /** Milliseconds to wait for `src` before reporting an error. */
  srcTimeout = 10000;

  /**
   * The id of a page element in which every element naming it lists the
   * works it cites, numbered once for the page; without it, the element lists
   * its own `sources` after its content.
   */
  declare referenceList?: string;

  /** True for elements that place their list of sources themselves; the others get it after their content. */
  protected readonly placesReferences: boolean = false;

  /** The last valid content: what the element shows. */
  declare protected data?: T;

  /** True when content was given but none of it was usable yet. */
  private failed = false;

  /** True when the author put fallback markup inside the element. */
  private hasFallback = false;

  #lastInput: unknown = NO_INPUT;
  #requestedSrc?: string;
  #pendingFetch?: AbortController;
  #childObserver?: MutationObserver;
  #askedForStructuredData = false;
  #glossary?: Glossary;
  #listed = false;

  /** The content type: its validator and its JSON Schema. */
  protected abstract readonly schema: Schema<T>;

  /**
   * What an element whose every content field is optional draws before any
   * valid content arrives, so it works with no content at all. Invalid
   * content then keeps this rendering, as it keeps any last valid one.
   */
  protected readonly defaultContent?: T;

  protected override createRenderRoot() {
    // lit reuses a server-rendered (declarative) shadow root as it is. Only
    // with lit's hydration support, which adds `defer-hydration` to the
    // observed attributes, does it take over the server's nodes; otherwise the
    // element draws itself again, so the server's nodes must go first.
    const hydrates = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (this.shadowRoot && !hydrates) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback() {
    super.connectedCallback();
    watchLanguage(this);
    // A classic script in <head> upgrades the element before the parser adds
    // its children, so a JSON script child may arrive later.
    this.#childObserver ??= new MutationObserver(() => this.#readChildren());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // A server-rendered element reads its content when it is about to hydrate (willUpdate), not in the task that runs the script.
    if (!hydrating(this)) this.#readChildren();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    connected.delete(this);
    this.#childObserver?.disconnect();
    loadedReferences()?.forgetReferences(this, this.localize(coreTranslations).backToText, BUNDLE_PARTS);
    this.#cancelFetch();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (hydrating(this)) this.#readChildren();
    else if (changed.has('content') || changed.has('src')) this.#resolveContent();
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // Lists of sources are drawn by a module that only pages with sources load; it also removes a list once its sources are gone.
    if (this.#sources?.length || this.referenceList || this.#listed) {
      this.#listed = true;
      void loadReferences().then((references) =>
        references?.showReferences(this, this.#sources, this.referenceList ?? null, this.localize(coreTranslations).backToText, BUNDLE_PARTS),
      );
    }
    // The graph depends only on the content and the structured-data option; building it on every update would
    // re-serialise a 1000-item FAQ on every click.
    const keys = changed as Map<PropertyKey, unknown>;
    if (!keys.has('data') && !keys.has('structuredData')) return;
    const wanted = !!this.structuredDataGraph();
    if (!wanted && !this.#askedForStructuredData) return;
    const firstAsked = !this.#askedForStructuredData;
    this.#askedForStructuredData ||= wanted;
    // Server rendering wrote the JSON-LD of this same content: it stays, and the module is not needed until the content changes.
    if (firstAsked && this.querySelector(`:scope > script[${STRUCTURED_DATA_MARK}]`)) return;
    // Only pages that ask for JSON-LD load its module, after the first render. The graph is built when
    // it has loaded, from the content as it is then, so a later change is never undone by an earlier one.
    void loadStructuredData().then((structuredData) => structuredData?.publishStructuredData(this, this.structuredDataGraph()));
  }

  /**
   * How to build the schema.org graph this element publishes as JSON-LD, or
   * undefined (the default). An element with a `structured-data` option
   * returns, while the option is on, a function that builds its graph with
   * the builders of the JSON-LD module, which is loaded only then; the
   * element then writes the graph into its light DOM (unless an ancestor care
   * element writes structured data), where it leaves the page with the
   * element, and server rendering writes the same script into the HTML,
   * which the browser keeps.
   */
  protected structuredDataGraph(): StructuredDataBuilder | undefined {
    return undefined;
  }

  /** The element's language: its own or the nearest ancestor's `lang`. */
  protected get language(): string {
    return isServer ? (this.getAttribute('lang') ?? 'en') : languageOf(this);
  }

  /** UI strings in the element's language, with the content's `labels` applied. */
  protected localize<K extends string>(translations: Translations<K>): Record<K, string> {
    return pickLabels(translations, this.language, (this.data as { labels?: Partial<Record<K, string>> } | undefined)?.labels);
  }

  #readChildren() {
    // Scripts, templates and comments are never shown, so they are no fallback; nor is the list of sources in its slot.
    this.hasFallback = [...this.childNodes].some((node) =>
      node instanceof Element
        ? !(node instanceof HTMLScriptElement || node instanceof HTMLTemplateElement || node.slot)
        : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
    this.#resolveContent();
  }

  /** Picks the source by precedence and applies it; unchanged input is not parsed again. */
  #resolveContent() {
    if (this.content != null) {
      this.#acceptInput(this.content, typeof this.content === 'string' ? 'attribute' : 'property');
      return;
    }
    const scriptText = isServer ? undefined : this.querySelector(JSON_SCRIPT)?.textContent;
    if (scriptText?.trim()) {
      this.#acceptInput(scriptText, 'script');
      return;
    }
    if (this.src) {
      this.#loadSrc(this.src);
      return;
    }
    this.#cancelFetch();
    this.#requestedSrc = undefined;
    this.#lastInput = NO_INPUT;
    this.data = undefined;
    this.failed = false;
  }

  #acceptInput(input: unknown, source: ContentSource) {
    this.#cancelFetch();
    this.#requestedSrc = undefined;
    if (input === this.#lastInput) return;
    this.#lastInput = input;
    if (typeof input !== 'string') {
      this.#useContent(input, source);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(input);
    } catch (error) {
      // The parser may not have added all of the script's text yet.
      if (source === 'script' && !isServer && document.readyState === 'loading') {
        this.#lastInput = NO_INPUT;
        document.addEventListener('DOMContentLoaded', () => this.#resolveContent(), { once: true });
        return;
      }
      this.#reportErrors([{ path: '', message: `is not valid JSON (${(error as Error).message})` }], source, false);
      return;
    }
    this.#useContent(value, source);
  }

  async #loadSrc(url: string) {
    if (isServer || url === this.#requestedSrc) return;
    this.#cancelFetch();
    this.#requestedSrc = url;
    this.#lastInput = NO_INPUT;
    const controller = new AbortController();
    this.#pendingFetch = controller;
    let value: unknown;
    let failure: Error | undefined;
    try {
      const reader = await importSrcReader().catch((error: Error) => {
        throw new Error(`could not be read, as ${error.message}`);
      });
      value = await reader.readSrc(url, controller, this.srcTimeout);
    } catch (error) {
      failure = error as Error;
    }
    // Replaced or disconnected while loading: the newer content wins, silently.
    if (controller !== this.#pendingFetch) return;
    this.#pendingFetch = undefined;
    if (failure) this.#reportErrors([{ path: '', message: `src "${url}" ${failure.message}` }], 'src', false);
    else this.#useContent(value, 'src');
  }

  #cancelFetch() {
    if (!this.#pendingFetch) return;
    this.#pendingFetch.abort();
    this.#pendingFetch = undefined;
    this.#requestedSrc = undefined;
  }

  #useContent(value: unknown, source: ContentSource) {
    // An article hands its blocks its glossary, whose terms they may mark.
    const { value: content, errors, unknownFields, terms } = validate(this.schema, value, (value as { [INHERITED]?: Glossary } | null)?.[INHERITED]);
    if (unknownFields.length)
      console.warn(`${this.localName}: ignored unknown field${unknownFields.length > 1 ? 's' : ''} ${unknownFields.join(', ')} (from ${source})`);
    if (content) {
      this.#glossary = terms;
      this.data = content;
      this.failed = false;
      this.dispatchEvent(new CareContentLoadEvent({ source }));
    }
    if (errors.length) this.#reportErrors(errors, source, !!content);
  }

  #reportErrors(errors: ContentIssue[], source: ContentSource, partly: boolean) {
    if (!this.data) this.failed = true;
    const lines = errors.map(({ path, message }) => `  ${path || '(document)'}: ${message}`).join('\n');
    const outcome = partly ? 'left out invalid parts of its content' : this.data ? 'kept its previous content' : 'has no valid content';
    console.warn(`${this.localName}: ${outcome} (from ${source}):\n${lines}`);
    this.dispatchEvent(new CareContentErrorEvent({ errors, source }));
  }

  /** The glossary of the content shown, whose terms its rich text marks. */
  protected get glossary(): Glossary {
    return this.#glossary!;
  }

  /** The works the content shown lists in `sources`. */
  get #sources(): Source[] | undefined {
    return (this.data as { sources?: Source[] } | undefined)?.sources;
  }

  /** Where the element's own list of sources shows: its light-DOM list, in the `references` slot (see references.ts). */
  protected referencesPlace(title: unknown) {
    return this.#sources?.length && !this.referenceList
      ? html`<section class="references" aria-labelledby="references-title">${title}<slot name="references"></slot></section>`
      : nothing;
  }

  protected override render() {
    const data = this.data ?? this.defaultContent;
    const labels = this.localize(coreTranslations);
    useGlossary(this.#glossary!, labels.source);
    // A shared list numbers its works for the whole page (references.ts).
    if (!this.referenceList && this.#sources) numberSources(this.#sources);
    const message = this.failed && !this.hasFallback ? html`<p class="care-error" part="error">${labels.contentError}</p>` : nothing;
    // The author's light-DOM fallback shows until valid content arrives.
    return html`${data ? this.renderContent(data) : message}${this.placesReferences ? nothing : this.referencesPlace(html`<p id="references-title" class="references-title">${labels.sources}</p>`)}<slot ?hidden=${!!data}></slot>`;
  }

  /** Draws valid content. */
  protected abstract renderContent(content: T): unknown;
}
