/**
 * Server rendering cannot wait for a module: care-feedback renders its form
 * there with the view from the start, and the view's styles go into the
 * declarative shadow root with the element's own.
 */
import { CareFeedback } from './care-feedback.js';
import * as view from './feedback-view.js';
import { provideFeedbackView } from './load-feedback-view.js';

provideFeedbackView(view);
CareFeedback.elementStyles = [...CareFeedback.elementStyles, view.formStyles];
