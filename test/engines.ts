/** The few tests that need what one engine lacks say so here, by name and reason, instead of skipping silently. */

export const isFirefox = navigator.userAgent.includes('Firefox/');

/**
 * `it` everywhere but Firefox; there the test is skipped with `reason` in
 * its title, so the report lists it as skipped and says why.
 */
export const itNotInFirefox = (reason: string): Mocha.TestFunction =>
  (isFirefox ? (title: string, fn?: Mocha.Func | Mocha.AsyncFunc) => it.skip(`${title} (skipped in Firefox: ${reason})`, fn) : it) as Mocha.TestFunction;
