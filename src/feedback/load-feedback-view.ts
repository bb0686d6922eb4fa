import { importFeedbackView } from './import-feedback-view.js';

export type FeedbackView = Awaited<ReturnType<typeof importFeedbackView>>;

/** The view once loaded; null once it could not load. */
let view: FeedbackView | null | undefined;
let loading: Promise<FeedbackView | null> | undefined;

/** The view if it has loaded, null if it could not, undefined before that. */
export const loadedFeedbackView = () => view;

/**
 * The feedback form's view, loaded the first time a care-feedback shows its
 * question; null, after one warning for the page, when it cannot load (not
 * served beside the bundle, or refused by the page's script-src).
 */
export const loadFeedbackView = () =>
  (loading ??= importFeedbackView().then(
    (module) => (view = module),
    (error: Error) => {
      console.warn(`care-feedback: not shown, as its form did not load: ${error.message}.`);
      return (view = null);
    },
  ));

/** Server rendering cannot wait for a module: it hands over the view before rendering. */
export const provideFeedbackView = (module: FeedbackView) => {
  view = module;
  loading = Promise.resolve(module);
};
