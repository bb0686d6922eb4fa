import { labelsSchema } from '../core/labels.js';
import { feedbackEnglish } from './labels.js';
import { object, optional, string, type Infer } from '../core/schema.js';

/** Ways a page can collect the answers other than an endpoint: "event", from the care-feedback event. */
export const feedbackCollections = ['event'] as const;


// The question is a content field of its own, so `labels` leaves it out.
const { question: _question, ...labelKeys } = feedbackEnglish;

export const feedbackSchema = object(
  {
    question: optional(
      string({ title: 'Question', description: 'The question asked, such as "Was this article helpful?". Default "Was this page helpful?", in the reader\'s language.' }),
    ),
    labels: labelsSchema({ en: labelKeys }),
  },
  { title: 'Feedback', description: 'Asks readers whether the page helped, with an optional comment. Every field is optional.' },
);

export type FeedbackContent = Infer<typeof feedbackSchema>;
