import { STRUCTURED_DATA_MARK as MARK } from './structured-data-mark.js';

/**
 * True when an ancestor, across shadow roots, already writes structured data
 * for this element (a care-article with `structured-data`), so that the page
 * holds one graph rather than duplicates.
 */
export const structuredDataOwnedAbove = (element: Element): boolean => {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName.startsWith('care-') && node.hasAttribute('structured-data')) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
};

/** The JSON-LD text for `data`; `<` is escaped so no text can close the script. */
const structuredDataJson = (data: object): string =>
  JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');

/**
 * The script element `writeStructuredData` writes, as HTML, for server
 * rendering: the browser then finds it in place, unchanged, and leaves it.
 */
export const structuredDataScript = (data: object): string =>
  `<script type="application/ld+json" ${MARK}>${structuredDataJson(data)}</script>`;

/** The Trusted Types policy that writes JSON-LD; a page that enforces Trusted Types allows it to get structured data. */
export const TRUSTED_TYPES_POLICY = 'care-elements';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
type PolicyFactory = { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };

let policy: ScriptPolicy | null | undefined;

/**
 * Script text in the form Trusted Types accept, where the browser has them:
 * made by this module's own policy, which only ever sees the JSON built
 * here. Null when the page's policy does not allow it.
 */
const scriptText = (json: string): unknown => {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (text) => text });
    } catch {
      policy = null;
      console.warn(`care-elements: structured data needs the Trusted Types policy "${TRUSTED_TYPES_POLICY}" in the page's trusted-types directive; none was written.`);
    }
  }
  return policy ? policy.createScript(json) : null;
};

/**
 * Writes schema.org JSON-LD into the element's light DOM (where search
 * engines read it), replaces it when the data changes, and removes it when
 * `data` is undefined. Under Trusted Types the text comes from the
 * "care-elements" policy; a page that does not allow it gets no JSON-LD.
 */
export const writeStructuredData = (host: Element, data: object | undefined): void => {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}]`);
  const json = data && structuredDataJson(data);
  if (json !== undefined && script?.textContent === json) return;
  const text = json === undefined ? null : scriptText(json);
  if (text === null) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
  }
  // Set before the script is connected, so the browser checks trusted text when it meets it.
  (script as { text: unknown }).text = text;
  if (script.parentNode !== host) host.append(script);
};
