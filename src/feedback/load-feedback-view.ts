import { onDemand } from '../core/on-demand.js';
import { importFeedbackView } from './import-feedback-view.js';

export type FeedbackView = Awaited<ReturnType<typeof importFeedbackView>>;

/** The feedback form's view, loaded the first time a care-feedback shows its question; server rendering provides it. */
export const [loadFeedbackView, loadedFeedbackView, provideFeedbackView] = onDemand(importFeedbackView, 'care-feedback: not shown, as its form did not load');
