// Every element the editor previews, and its content schema by tag.
// test/node/editor.test.js checks that this lists every element folder of src/.
import '../article/care-article.js';
import '../callout/care-callout.js';
import '../faq/care-faq.js';
import '../feedback/care-feedback.js';
import '../quote/care-quote.js';
import '../stat/care-stat.js';
import '../takeaways/care-takeaways.js';
import '../therapy-card/care-therapy-card.js';
import { articleSchema } from '../article/content.js';
import { calloutSchema } from '../callout/content.js';
import type { Schema } from '../core/schema.js';
import { faqSchema } from '../faq/content.js';
import { feedbackSchema } from '../feedback/content.js';
import { quoteSchema } from '../quote/content.js';
import { statSchema } from '../stat/content.js';
import { takeawaysSchema } from '../takeaways/content.js';
import { therapyCardSchema } from '../therapy-card/content.js';

export const contentSchemas: Record<string, Schema<unknown>> = {
  'care-article': articleSchema,
  'care-callout': calloutSchema,
  'care-faq': faqSchema,
  'care-feedback': feedbackSchema,
  'care-quote': quoteSchema,
  'care-stat': statSchema,
  'care-takeaways': takeawaysSchema,
  'care-therapy-card': therapyCardSchema,
};
