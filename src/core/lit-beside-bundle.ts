/**
 * `lit` for the modules the browser bundles load from beside them (see
 * rollup.config.js). What they build is drawn by the bundle's own lit, so
 * they carry none of lit's code (a second copy would weigh 5.6 kB gzip), only
 * lit's protocol between its versions: a template result is
 * `{ _$litType$: 1, strings, values }` (so hydration finds the same template
 * digest), `nothing` a registered symbol. Styles become a constructed
 * stylesheet, which lit adopts as it adopts its own.
 */
export const html = (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: 1, strings, values });

export const nothing = Symbol.for('lit-nothing');

/** Code that runs beside a bundle runs in a browser. */
export const isServer = false;

/** lit's `ifDefined` directive is this function. */
export const ifDefined = <T>(value: T) => value ?? nothing;

export const css = (strings: TemplateStringsArray) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings.join(''));
  return sheet;
};
