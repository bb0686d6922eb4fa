/**
 * The JSON-LD module, imported on demand. In the npm build it is a module of
 * its own beside this one; the browser bundles use
 * import-structured-data.bundle.ts instead (see rollup.config.js).
 */
export const importStructuredData = () => import('./structured-data-graphs.js');
