const MARK = 'data-care-structured-data';

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

/**
 * Writes schema.org JSON-LD into the element's light DOM (where search
 * engines read it), replaces it when the data changes, and removes it when
 * `data` is undefined.
 */
export const writeStructuredData = (host: Element, data: object | undefined): void => {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}]`);
  if (!data) {
    script?.remove();
    return;
  }
  const json = structuredDataJson(data);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    host.append(script);
  }
  // A text child rather than `textContent`, which Trusted Types guards on scripts.
  if (script.textContent !== json) script.replaceChildren(json);
};
