/** The feedback form's view for the browser bundles: dist/care-elements-feedback.js, beside the bundle. */
import { importBesideBundle } from '../core/import-beside-bundle.js';

export const importFeedbackView = () => importBesideBundle<typeof import('./feedback-view.js')>('care-elements-feedback.js');
