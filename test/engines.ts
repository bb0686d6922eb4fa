/** The few tests that need what one engine lacks say so here, by name and reason, instead of skipping silently. */

export const isFirefox = navigator.userAgent.includes('Firefox/');

/** WebKitGTK's MiniBrowser (and Safari): AppleWebKit without Chrome in its user agent. */
export const isWebKit = navigator.userAgent.includes('AppleWebKit/') && !navigator.userAgent.includes('Chrome');

/** `it`, or, where `skipped`, a skipped test with `engine` and `reason` in its title, so the report lists it as skipped and says why. */
const itUnless = (skipped: boolean, engine: string, reason: string): Mocha.TestFunction =>
  (skipped ? (title: string, fn?: Mocha.Func | Mocha.AsyncFunc) => it.skip(`${title} (skipped in ${engine}: ${reason})`, fn) : it) as Mocha.TestFunction;

/** `it` everywhere but Firefox. */
export const itNotInFirefox = (reason: string) => itUnless(isFirefox, 'Firefox', reason);

/** `it` everywhere but WebKit. */
export const itNotInWebKit = (reason: string) => itUnless(isWebKit, 'WebKit', reason);

/** `it` in Chromium only: for what only its DevTools protocol can do. */
export const itOnlyInChromium = (reason: string) => itUnless(isFirefox || isWebKit, isFirefox ? 'Firefox' : 'WebKit', reason);
