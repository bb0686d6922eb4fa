const WARNED = Symbol.for('care-elements.duplicate-warning');

/**
 * Defines an element unless its tag is taken, so that loading the bundle
 * twice, or the bundle beside the npm build, breaks nothing. The first
 * definition wins and one warning per page says so.
 */
export const defineElement = (tag: string, element: CustomElementConstructor): void => {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) {
    customElements.define(tag, element);
    return;
  }
  const registry = globalThis as { [WARNED]?: boolean };
  if (registry[WARNED]) return;
  registry[WARNED] = true;
  console.warn(`care-elements: <${tag}> and its siblings are already defined, so care-elements was loaded more than once; the first copy is used.`);
};
