import { array, object, optional, string, type Doc, type Infer } from './schema.js';

// Each helper takes its texts as a `Doc` object, which browser builds strip
// (scripts/strip-schema-docs.js); they could not strip positional arguments.

/** Long-form text in the inline markup (see rich-text.ts). */
export const richText = ({ title, description }: Doc) =>
  string({
    ...(title ? { title } : {}),
    description: `${description} Accepts paragraphs (blank line), **strong**, *emphasis*, [links](https://…) and "- " bullet lists.`,
    contentMediaType: 'text/markdown',
  });

/**
 * A URL. Only http(s), mailto:, tel:, relative and #fragment URLs become
 * links when rendered; any other is shown as plain text. No `format` in the
 * JSON Schema: validators that assert "uri-reference" would reject URLs
 * that the elements accept (non-ASCII paths, spaces), and the schema must
 * accept exactly what the elements accept.
 */
export const url = ({ title = 'URL', description }: Doc) =>
  string({
    title,
    description: `${description} Only http(s), mailto:, tel:, relative and #fragment URLs become links.`,
  });

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** A calendar date as YYYY-MM-DD. */
export const isoDate = ({ title, description }: Doc) =>
  string({
    ...(title ? { title } : {}),
    description: `${description} As YYYY-MM-DD.`,
    format: 'date',
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    patternMessage: 'expected a date as YYYY-MM-DD',
    check: (value) => (isRealDate(value) ? undefined : 'is not a real calendar date'),
  });

export const sourceSchema = object(
  {
    title: string({ title: 'Title', description: 'Title of the cited work.' }),
    url: optional(url({ description: 'Where the cited work can be read.' })),
    publisher: optional(string({ title: 'Publisher', description: 'Organisation or journal that published it.' })),
    date: optional(string({ title: 'Date', description: 'Publication date as written in the citation (for example 2024 or 2024-03-04).' })),
  },
  { title: 'Source', description: 'A cited work.' },
);
export type Source = Infer<typeof sourceSchema>;

export const sourcesSchema = optional(array(sourceSchema, { title: 'Sources', description: 'Works cited, in order.', lenient: true }));
