import type { Translations } from '../core/labels.js';

/**
 * The form's words. The bundle keeps only the English, whose keys the
 * content's `labels` field takes; the other languages come with the form's
 * view, which is all that shows them. `{n}` in `remaining` is replaced by the
 * number of characters left.
 */
export const feedbackEnglish = {
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
};

export const feedbackTranslations = {
  en: feedbackEnglish,
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
} satisfies Translations<keyof typeof feedbackEnglish>;
