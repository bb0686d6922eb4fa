import { labelsSchema, type Translations } from '../core/labels.js';
import { object, optional, string, type Infer } from '../core/schema.js';

/** Ways a page can collect the answers other than an endpoint: "event", from the care-feedback event. */
export const feedbackCollections = ['event'] as const;

/** `{n}` in `remaining` is replaced by the number of characters left. */
export const feedbackTranslations = {
  en: {
    question: 'Was this page helpful?',
    yes: 'Yes',
    no: 'No',
    comment: 'Tell us more (optional)',
    remaining: 'Characters left: {n}',
    send: 'Send',
    skip: 'Send without a comment',
    sending: 'Sending…',
    thanks: 'Thank you for your feedback.',
    failed: 'Your feedback could not be sent. Please try again.',
    retry: 'Try again',
  },
  es: {
    question: '¿Le ha resultado útil esta página?',
    yes: 'Sí',
    no: 'No',
    comment: 'Cuéntenos más (opcional)',
    remaining: 'Caracteres restantes: {n}',
    send: 'Enviar',
    skip: 'Enviar sin comentario',
    sending: 'Enviando…',
    thanks: 'Gracias por su opinión.',
    failed: 'No se ha podido enviar su opinión. Inténtelo de nuevo.',
    retry: 'Reintentar',
  },
} satisfies Translations<string>;

// The question is a content field of its own, so `labels` leaves it out.
const { question: _question, ...labelKeys } = feedbackTranslations.en;

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
