/**
 * Server rendering: any care element as HTML with a declarative shadow root,
 * which reads without JavaScript and which `dist/care-elements-hydrate.js`
 * hydrates in place. Runs in Node on `@lit-labs/ssr`; import it as `care-elements/ssr`,
 * which registers every element first.
 */
import { LitElementRenderer, html as serverHtml, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { CareContentErrorEvent } from '../core/events.js';
import type { ContentIssue } from '../core/schema.js';
import type { Source } from '../core/content.js';
import { referenceListTemplate } from '../core/references.js';
import { graphs, type StructuredDataBuilder } from '../core/structured-data-graphs.js';
import { structuredDataScript } from '../core/structured-data.js';
import '../feedback/feedback-on-server.js';

export type { ContentIssue };
/** The text a reader sees in a rich-text field, without its markup (for a page's title or meta description). */
export { toPlainText } from '../core/rich-text.js';

/** Attribute values: `true` writes a bare attribute, `false`, null and undefined leave it out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export type RenderResult =
  | {
      ok: true;
      /** The element, its declarative shadow root and, with `structured-data`, its JSON-LD. */
      html: string;
      /** What the element logged while rendering (for example ignored unknown fields). */
      warnings: string[];
    }
  | {
      ok: false;
      /** The problems a browser reports in `care-content-error`, as `{ path, message }` with JSON Pointer paths. */
      errors: ContentIssue[];
      /** Present when some content was still usable, as the browser would show it (invalid items left out). */
      html?: string;
      warnings: string[];
    };

const TAG = /^care-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

interface CareElementInstance extends HTMLElement {
  /** Protected on CareElement; reached here to write its JSON-LD on the server. */
  structuredDataGraph?(): StructuredDataBuilder | undefined;
  /** Protected on CareElement: the content shown, whose own list of sources goes in the light DOM, where `#care-ref-<id>` links reach it. */
  data?: { sources?: Source[] };
  referenceList?: string;
}

/**
 * Appended to every shadow root, after the part lit hydrates, so the browser
 * script never sees it. Only a browser that runs no script applies it: it
 * shows every collapsed panel (server-rendered panels are always
 * `hidden="until-found"`, see core/disclosure.ts), hides the controls
 * marked `script-only`, which would do nothing, and shows each glossary
 * definition in place after its term, as plain text rather than a card;
 * a tap on the term still opens it (the toggletip needs no script) as the
 * same card as with script, where the reader is.
 */
const WITHOUT_SCRIPT =
  "<noscript><style>:host [hidden='until-found']{content-visibility:visible!important}:host .script-only{display:none!important}:host [popover]:not(:popover-open){display:inline;position:static;padding:0;border:0;box-shadow:none}</style></noscript>";

/**
 * lit's server output in the two places where it is not valid HTML, rewritten
 * to what a browser builds from it anyway. Every declarative shadow root also
 * carries `shadowroot`, the attribute of browsers from before
 * `shadowrootmode` (Chrome 90–110), which the standard never had. And a
 * template ending with a binding gets a `<?>` after it, which the parser
 * turns into the comment `<!--?-->` (the end marker lit needs in the browser);
 * writing it as that comment keeps the DOM the same. Text and attribute
 * values cannot hold either: lit escapes their `<`.
 */
const standardHtml = (html: string): string =>
  html.replace(/<template shadowroot="(open|closed)" shadowrootmode=/g, '<template shadowrootmode=').replaceAll('<?>', '<!--?-->');

const failure = (message: string): RenderResult => ({ ok: false, errors: [{ path: '', message }], warnings: [] });

// lit caches templates by their strings array, so one array per element and attribute list.
const templateStrings = new Map<string, TemplateStringsArray>();
const stringsFor = (tag: string, names: string[]): TemplateStringsArray => {
  const key = [tag, ...names].join(' ');
  let strings = templateStrings.get(key);
  if (!strings) {
    const parts = [`<${tag} content="`, ...names.map((name) => `" ${name}="`), `"></${tag}>`];
    strings = Object.assign(parts, { raw: parts }) as unknown as TemplateStringsArray;
    templateStrings.set(key, strings);
  }
  return strings;
};

/** JSON text without its layout; text that does not parse is left for the element to report. */
const compact = (text: string): string => {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
};

/** The nearest `lang` among the element and the hosts it is rendered inside. */
const inheritedLanguage = (renderInfo: RenderInfo): string | undefined => {
  for (let index = renderInfo.customElementHostStack.length - 1; index >= 0; index--) {
    const lang = renderInfo.customElementHostStack[index]?.element?.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
};

/**
 * Renders `<tag>` with `content` (an object, or JSON text as in the `content`
 * attribute) and `attributes`. The content is validated exactly as in the
 * browser, since the element itself parses it: invalid content gives
 * `ok: false` with the same `{ path, message }` errors, never an exception.
 *
 * The HTML carries the content in its `content` attribute, so the browser
 * script finds what the server used and hydrates the server's nodes. The
 * element gets `lang="en"` unless `attributes.lang` says otherwise: its
 * labels were rendered in that language, and the browser must agree.
 */
export const renderToString = (tag: string, content: unknown, attributes: Attributes = {}): RenderResult => {
  if (!TAG.test(tag) || !customElements.get(tag)) return failure(`<${tag}> is not a care element`);
  const invalidName = Object.keys(attributes).find((name) => !ATTRIBUTE.test(name) || name === 'content');
  if (invalidName !== undefined) return failure(`"${invalidName}" cannot be given as an attribute`);
  let json: string | undefined;
  try {
    json = typeof content === 'string' ? compact(content) : JSON.stringify(content);
  } catch (error) {
    return failure(`is not JSON (${(error as Error).message})`);
  }
  if (json === undefined) return failure('is not JSON');

  const given = Object.entries<Attributes[string]>({ lang: 'en', ...attributes }).filter(([, value]) => value !== false && value != null);
  const names = given.map(([name]) => name);
  const values = given.map(([, value]) => (value === true ? '' : String(value)));

  const errors: ContentIssue[] = [];
  const warnings: string[] = [];
  let top: CareElementInstance | undefined;
  let usable = false;

  class CareElementRenderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      // Every element's events reach the outermost one, as they would in a page.
      if (top) return;
      top = this.element as CareElementInstance;
      top.addEventListener('care-content-error', (event) => errors.push(...(event as CareContentErrorEvent).detail.errors));
      top.addEventListener('care-content-load', () => (usable = true));
    }

    override renderShadow(renderInfo: RenderInfo) {
      // In the browser an element inside another takes its host's language; tell it so
      // here without writing an attribute, so the HTML stays what the browser renders.
      if (this.element && !this.element.hasAttribute('lang')) {
        const lang = inheritedLanguage(renderInfo);
        if (lang) this.element.setAttribute('lang', lang);
      }
      const shadow = super.renderShadow(renderInfo);
      return shadow && [...shadow, WITHOUT_SCRIPT];
    }
  }

  const renderInfo: Partial<RenderInfo> = { elementRenderers: [CareElementRenderer] };
  const template = serverHtml(stringsFor(tag, names), json, ...values);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  let html: string;
  try {
    // lit leaves a space where each bound attribute stood in the template.
    html = standardHtml(collectResultSync(render(template, renderInfo)).replace(/^(<[a-z0-9-]+) +/, '$1 '));
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `could not be rendered (${(error as Error).message})` }], warnings };
  } finally {
    console.warn = warn;
  }
  // The list of sources and the JSON-LD go where the element writes them in the browser: last in its light DOM.
  const references = usable && top && !top.referenceList ? referenceListTemplate(top.data?.sources) : undefined;
  const graph = usable ? top?.structuredDataGraph?.()?.(graphs) : undefined;
  const lightDom = [references ? standardHtml(collectResultSync(render(references))) : '', graph ? structuredDataScript(graph) : ''].join('');
  if (lightDom) html = `${html.slice(0, -`</${tag}>`.length)}${lightDom}</${tag}>`;
  if (!errors.length) return { ok: true, html, warnings };
  return usable ? { ok: false, errors, html, warnings } : { ok: false, errors, warnings };
};
