import { isServer, nothing } from 'lit';

/**
 * Browsers with `hidden="until-found"` let find-in-page reach collapsed text
 * and fire `beforematch` to open it; elsewhere collapsed text is plainly hidden.
 */
export const supportsUntilFound = isServer || 'onbeforematch' in HTMLElement.prototype;

/** The `hidden` attribute value for a collapsible panel. */
export const collapsedHidden = (open: boolean) => (open ? nothing : supportsUntilFound ? 'until-found' : '');
