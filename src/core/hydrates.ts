/**
 * False in dist/care-elements.js, whose build defines it: that file has no
 * hydration support, so it needs none of the code for server-rendered
 * elements, and the minifier leaves it out. Everywhere else it is undefined: true.
 */
declare const CARE_ELEMENTS_HYDRATES: boolean | undefined;
export const hydrates = typeof CARE_ELEMENTS_HYDRATES === 'undefined' || CARE_ELEMENTS_HYDRATES;
