/**
 * The light-DOM lists of sources, imported on demand. In the npm build it is
 * a module of its own; the browser bundles use import-references.bundle.ts
 * instead (see rollup.config.js).
 */
export const importReferences = () => import('./references.js');
