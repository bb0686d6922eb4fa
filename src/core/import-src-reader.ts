/**
 * What reads `src` documents, imported when an element first names one. In
 * the npm build it is a module of its own; the browser bundles use
 * import-src-reader.bundle.ts instead (see rollup.config.js).
 */
export const importSrcReader = () => import('./src-reader.js');
