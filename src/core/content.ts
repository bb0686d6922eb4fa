import { array, collect, either, number, object, optional, string, type Doc, type Infer } from './schema.js';

// Each helper takes its texts as a `Doc` object, which browser builds strip
// (scripts/strip-schema-docs.js); they could not strip positional arguments.

/** Long-form text in the inline markup (see rich-text.ts). */
export const richText = ({ title, description }: Doc) =>
  collect(
    string({
      ...(title ? { title } : {}),
      description: `${description} Accepts paragraphs (blank line), **strong**, *emphasis*, [links](https://…), "- " bullet lists, [^ref-id] to cite a reference and [[term]] or [[shown text|entry-id]] to mark a glossary term.`,
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

/** Letters, digits, "-", "_" and ".": what a `[^ref-id]` marker can name. */
const ID = /^[\w.-]+$/;
const ID_MESSAGE = 'expected only letters, digits, "-", "_" and "."';

const identifier = (doc: Doc, pattern: RegExp, patternMessage: string) => optional(string({ ...doc, pattern, patternMessage }));

export const sourceSchema = collect(
  object(
    {
      title: string({ title: 'Title', description: 'Title of the cited work.' }),
      authors: optional(array(string({ description: 'One author as the citation writes them: "Smith J".' }), { title: 'Authors', description: 'The authors, in the order the work lists them.' })),
      journal: optional(string({ title: 'Journal', description: 'The journal that published it, for a journal article.' })),
      year: optional(number({ title: 'Year', description: 'Year of publication.', integer: true, minimum: 1000, maximum: 9999 })),
      url: optional(url({ description: 'Where the cited work can be read.' })),
      publisher: optional(string({ title: 'Publisher', description: 'Organisation or journal that published it.' })),
      date: optional(string({ title: 'Date', description: 'Publication date as written in the citation (for example 2024 or 2024-03-04).' })),
      pmid: identifier({ title: 'PMID', description: 'PubMed identifier, digits only; links to pubmed.ncbi.nlm.nih.gov.' }, /^\d{1,9}$/, 'expected a PubMed ID: digits only'),
      doi: identifier({ title: 'DOI', description: 'Digital Object Identifier such as "10.1056/NEJMoa1709866"; links to doi.org.' }, /^10\.\d{4,9}\/\S+$/, 'expected a DOI such as 10.1056/NEJMoa1709866'),
      nct: identifier({ title: 'NCT number', description: 'ClinicalTrials.gov identifier: "NCT" and 8 digits; links to clinicaltrials.gov.' }, /^NCT\d{8}$/, 'expected "NCT" and 8 digits'),
      id: identifier({ title: 'ID', description: 'Names the reference in `[^id]` citation markers and in a stat’s or result’s `source`. Letters, digits, "-", "_" and ".".' }, ID, ID_MESSAGE),
    },
    { title: 'Source', description: 'A cited work. With an `id` it is a reference that `[^id]` markers cite, numbered by first citation.' },
  ),
  'ref',
);
export type Source = Infer<typeof sourceSchema>;

export const sourcesSchema = optional(array(sourceSchema, { title: 'Sources', description: 'Works cited, in order.', lenient: true }));

/** A source in place, or the id of a reference in the same document or the page's list. */
export const sourceOrReference = (doc: Doc) =>
  optional(
    either(
      sourceSchema,
      collect(string({ description: 'The id of a reference given elsewhere in the document (an article’s sources) or in the page’s reference list.', pattern: ID, patternMessage: ID_MESSAGE }), 'cite'),
      'expected a source or a reference id',
      doc,
    ),
  );

export const glossaryEntrySchema = collect(
  object(
    {
      id: identifier({ title: 'ID', description: 'Names the entry in `[[shown text|id]]` markers.' }, ID, ID_MESSAGE),
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
