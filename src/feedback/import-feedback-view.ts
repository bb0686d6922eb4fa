/**
 * The feedback form's view, imported on demand. In the npm build it is a
 * module of its own; the browser bundles use import-feedback-view.bundle.ts
 * instead (see rollup.config.js).
 */
export const importFeedbackView = () => import('./feedback-view.js');
