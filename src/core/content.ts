import { IDENTIFIERS } from './identifiers.js';
import { array, collect, either, object, optional, string, type Doc, type Infer } from './schema.js';

// Each helper takes its texts as a `Doc` object, which browser builds strip
// (scripts/strip-schema-docs.js); they could not strip positional arguments.

/** Long-form text in the inline markup (see rich-text.ts). */
export const richText = ({ title, description }: Doc) =>
  collect(
    string({
      ...(title ? { title } : {}),
      description: `${description} Accepts paragraphs (blank line), **strong**, *emphasis*, [links](https://…), "- " bullet lists, [[glossary terms]] and [^source-id] citations.`,
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

const identifier = (kind: keyof typeof IDENTIFIERS, title: string, description: string) =>
  optional(string({ title, description, pattern: IDENTIFIERS[kind].pattern, patternMessage: IDENTIFIERS[kind].message }));

export const sourceSchema = object(
  {
    id: optional(
      string({ title: 'ID', description: 'Names the work in `[^id]` citations and in a figure’s `source`: letters, digits, "-", "_" and ".".', pattern: ID, patternMessage: 'expected only letters, digits, "-", "_" and "."' }),
    ),
    title: string({ title: 'Title', description: 'Title of the cited work.' }),
    authors: optional(string({ title: 'Authors', description: 'Authors as written in the citation, for example "Smith J, Lee K, et al.".' })),
    url: optional(url({ description: 'Where the cited work can be read.' })),
    publisher: optional(string({ title: 'Publisher', description: 'Organisation or journal that published it.' })),
    date: optional(string({ title: 'Date', description: 'Publication year or date as written in the citation (for example 2024 or 2024-03-04).' })),
    pmid: identifier('pmid', 'PubMed ID', 'The PubMed identifier (PMID), linked to PubMed.'),
    doi: identifier('doi', 'DOI', 'The Digital Object Identifier, such as 10.1056/NEJMoa1709866, linked to doi.org.'),
    nct: identifier('nct', 'ClinicalTrials.gov number', 'The trial’s NCT number, such as NCT02435849, linked to ClinicalTrials.gov.'),
  },
  { title: 'Source', description: 'A cited work.' },
);
export type Source = Infer<typeof sourceSchema>;

export const sourcesSchema = optional(
  array(collect(sourceSchema, 'source'), {
    title: 'Sources',
    description: 'Works cited, in order; numbered as listed. A text cites one with `[^id]`.',
    lenient: true,
  }),
);

/** A figure's source: the `id` of a work in `sources` (the element's or its article's), or the work itself. */
export const figureSource = either(
  collect(
    string({ title: 'Source ID', description: 'The `id` of a work in `sources`, the element’s own or its article’s.', pattern: ID, patternMessage: 'expected only letters, digits, "-", "_" and "."' }),
    'cites',
  ),
  sourceSchema,
  'expected the id of a source, or a source with a title',
  { title: 'Source', description: 'Where the figure comes from: the id of a work in `sources`, or the work itself.' },
);

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
