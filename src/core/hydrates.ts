import { isServer } from 'lit';

/**
 * False in dist/care-elements.js, whose build defines it: that file has no
 * hydration support, so it needs none of the code for server-rendered
 * elements, and the minifier leaves it out. Everywhere else it is undefined: true.
 */
declare const CARE_ELEMENTS_HYDRATES: boolean | undefined;
export const hydrates = typeof CARE_ELEMENTS_HYDRATES === 'undefined' || CARE_ELEMENTS_HYDRATES;

/** Whether the element's update now takes over a server's rendering: its first, in a browser, onto the server's nodes. */
export const hydrating = (element: { hasUpdated: boolean; shadowRoot: ShadowRoot | null }) =>
  hydrates && !isServer && !element.hasUpdated && !!element.shadowRoot?.firstChild;
