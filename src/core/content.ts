import { array, collect, object, optional, string, type Doc, type Infer } from './schema.js';

// Each helper takes its texts as a `Doc` object, which browser builds strip
// (scripts/strip-schema-docs.js); they could not strip positional arguments.

/** Long-form text in the inline markup (see rich-text.ts). */
export const richText = ({ title, description }: Doc) =>
  collect(
    string({
      ...(title ? { title } : {}),
      description: `${description} Accepts paragraphs (blank line), **strong**, *emphasis*, [links](https://…), "- " bullet lists and [[glossary terms]].`,
      contentMediaType: 'text/markdown',
    }),
    'text',
  );

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

/** Letters, digits, "-", "_" and ".": what a `[[shown text|entry-id]]` marker can name. */
const ID = /^[\w.-]+$/;

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

export const glossaryEntrySchema = collect(
  object(
    {
      id: optional(
        string({ title: 'ID', description: 'Names the entry in `[[shown text|id]]` markers: letters, digits, "-", "_" and ".".', pattern: ID, patternMessage: 'expected only letters, digits, "-", "_" and "."' }),
      ),
      term: string({ title: 'Term', description: 'The term as written; `[[term]]` markers name it, in any case.' }),
      definition: string({ title: 'Definition', description: 'What the term means, in plain words of your own.' }),
      checkedAgainst: object(
        {
          title: string({ title: 'Title', description: 'The public reference, such as "NCI Dictionary of Cancer Terms".' }),
          url: url({ description: 'The entry in that reference.' }),
        },
        { title: 'Checked against', description: 'The public reference the definition was checked against, shown with it.' },
      ),
    },
    { title: 'Glossary entry', description: 'A term and its plain-language definition, shown where `[[term]]` marks it.' },
  ),
  'term',
);
export type GlossaryEntry = Infer<typeof glossaryEntrySchema>;

export const glossarySchema = optional(
  array(glossaryEntrySchema, {
    title: 'Glossary',
    description: 'Terms defined for the reader. A term marked [[term]] in the text shows its definition in a toggletip; an editorial addition, never a claim of the text.',
    lenient: true,
  }),
);
