// `care-elements validate`: checks JSON content files with the same validator
// the elements run in the browser, so a file that passes here renders there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { editorialChecks } from './editorial-checks.js';
import { DEFAULT_MAX_GRADE, LONG_SENTENCE_WORDS, MIN_GRADED_WORDS } from './plain-language.js';
import { chooseElement, loadContentSchemas, strangerProblem, tagOf } from './element-choice.js';

const HELP = `Usage: care-elements validate [--element <tag>] [--max-grade <n>] [--lang <code>] [--json] <files, folders or globs…>

Checks JSON content files against the care-elements content schemas and
prints, for each problem, the file, the JSON Pointer of the field and a
message; a stat whose words contradict its qualifier or proportion ("over a
third" with a proportion below 1/3) is a problem too. Exits with 1 when any file is invalid, else 0; warnings (fields
that are ignored, statistics without a source, reviews that are due, links
that are not https, empty headings, the plain-language checks below) do
not change the exit code.

Plain language, in every long text field (those in the inline markup:
answers, paragraphs, bodies…), read as the reader sees them (markup and
term marks left out):
  - reading grade: Flesch–Kincaid grade level for English; for Spanish
    ("lang": "es" in the file, or --lang es) Crawford's grade level (1984),
    a formula fitted to Spanish text. A field of ${MIN_GRADED_WORDS} words or more
    above grade ${DEFAULT_MAX_GRADE} is a warning; above --max-grade, an error.
    Other languages get no grade.
  - sentences over ${LONG_SENTENCE_WORDS} words;
  - glossary terms used in plain text before the first text that marks them
    as [[term]], or never marked.
After the problems of each file with long text, a line sums it up: the
grade of all its long text together, its words and sentences, and how many
of each finding.

Which schema checks a file, first match wins:
  1. --element <tag>, for example --element care-faq
  2. its "$schema" field, naming a schema file such as care-faq.schema.json
  3. the nearest folder named after an element: content/faq/… or …/care-faq/…
  4. otherwise the element that knows the most of its top-level fields (an
     article has "blocks", a FAQ "items"; fewer errors break a tie), with a
     warning; when that element knows no more than half of the file's fields,
     or two elements fit it equally, the file is invalid: name its element
     in one of the ways above

A file that has fields but none its element knows is invalid: it is content
for another element (the error names the one it looks like), or for none.

Folders are searched for *.json files; globs may use *, ** and ?.

Options:
  --element <tag>  element whose schema checks every file
  --max-grade <n>  a long text field above reading grade n is an error, so the
                   file is invalid (exit code 1). Spanish is judged by
                   Crawford's grade, fitted to Spanish primary-school texts:
                   on hard text it gives far lower grades than Flesch–Kincaid
                   gives the same text in English, so check Spanish files
                   apart, with a lower limit
  --lang <code>    language of files that have no "lang" field (default en)
  --json           print the results as JSON
  -h, --help       show this help`;

/** Problems that are not about one file's content stop the run with exit code 2. */
class UsageError extends Error {}

const loadSchemas = async () => {
  try {
    return await loadContentSchemas();
  } catch (error) {
    throw new UsageError(`the content schemas are not built (${error.message}); run "npm run build" first`);
  }
};

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

const jsonFilesUnder = (folder) =>
  readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : jsonFilesUnder(path);
      return entry.name.endsWith('.json') ? [path] : [];
    });

const isGlob = (pattern) => /[*?]/.test(pattern);

/** `*` and `?` stay within a folder name; `**` spans folders. */
const globPattern = (glob) =>
  new RegExp(
    `^${glob
      .split(/(\*\*\/|\*\*|\*|\?)/)
      .map((part) =>
        part === '**/' ? '(?:[^/]*/)*' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
      )
      .join('')}$`,
  );

const expandGlob = (glob) => {
  // Paths from path.join have no leading "./", so neither may the pattern.
  const normalised = glob.split(sep).join('/').replace(/^(\.\/)+/, '');
  const segments = normalised.split('/');
  const literal = segments.slice(0, segments.findIndex(isGlob));
  const base = literal.length ? literal.join('/') || '/' : '.';
  const pattern = globPattern(normalised);
  let candidates;
  try {
    candidates = jsonFilesUnder(base);
  } catch {
    return [];
  }
  return candidates.filter((file) => pattern.test(file.split(sep).join('/')));
};

/** The files named on the command line, in order, without repeats. */
const expandArguments = (patterns) => {
  const files = [];
  const unmatched = [];
  for (const pattern of patterns) {
    let found;
    if (isGlob(pattern)) found = expandGlob(pattern);
    else {
      const stats = statSync(pattern, { throwIfNoEntry: false });
      found = stats?.isDirectory() ? jsonFilesUnder(pattern) : stats ? [pattern] : [];
    }
    if (!found.length) unmatched.push(pattern);
    files.push(...found);
  }
  return { files: [...new Set(files)], unmatched };
};

/** Adds the line and column to a JSON.parse message that gives only a position. */
const withLine = (message, text) => {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${message}, line ${before.length} column ${before.at(-1).length + 1}`;
};

/** JSON Schemas by tag, written once: the plain-language checks find the long text fields in them. */
const jsonSchemas = new Map();
const jsonSchemaOf = (tag, schemas) => {
  if (!jsonSchemas.has(tag)) jsonSchemas.set(tag, schemas.contentSchemas[tag].json());
  return jsonSchemas.get(tag);
};

const checkFile = (file, { element: elementOption, lang, maxGrade }, schemas) => {
  const result = (element, by, errors, warnings = [], plainLanguage = undefined) => ({ file, element, by, valid: errors.length === 0, errors, warnings, plainLanguage });
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return result(undefined, undefined, [{ path: '', message: `cannot be read (${error.code ?? error.message})` }]);
  }
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return result(undefined, undefined, [{ path: '', message: `is not valid JSON (${withLine(error.message, text)})` }]);
  }
  const picked = chooseElement(document, file, { element: elementOption, schemas });
  if (picked.error) return result(undefined, undefined, [{ path: picked.path, message: picked.error }]);
  const { tag, by } = picked;
  const stranger = strangerProblem(document, tag, schemas);
  if (stranger) return result(tag, by, [{ path: '', message: stranger }]);
  const { errors, unknownFields } = schemas.validate(schemas.contentSchemas[tag], document);
  const editorial = editorialChecks(tag, jsonSchemaOf(tag, schemas), document, { lang, maxGrade });
  const warnings = [
    ...(by === 'closest' ? [{ path: '', message: `no "$schema", --element or element folder says which element this is for; checked as ${tag}, the element it fits best` }] : []),
    ...unknownFields.map((path) => ({ path, message: 'is not a known field, so it is ignored' })),
    ...editorial.warnings,
  ];
  return result(tag, by, [...errors, ...schemas.contentWordingIssues(tag, document), ...editorial.errors], warnings, editorial.summary);
};

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "content/a.json: grade 9.1 (Flesch–Kincaid, en) in 12 long text fields, …" */
const summaryLine = (file, summary) => {
  const grade = summary.grade === undefined ? `no reading grade for lang ${summary.lang}` : `grade ${summary.grade.toFixed(1)} (${summary.formula}, ${summary.lang})`;
  return (
    `${file}: ${grade} in ${plural(summary.fields, 'long text field')}, ${plural(summary.words, 'word')}, ${plural(summary.sentences, 'sentence')}; ` +
    `${plural(summary.aboveGrade, 'field')} above grade ${summary.maxGrade}, ${plural(summary.longSentences, 'sentence')} over ${LONG_SENTENCE_WORDS} words, ` +
    `${plural(summary.termsBeforeDefinition, 'glossary term')} used before marked`
  );
};

const printText = (results) => {
  const at = (path) => path || '(document)';
  for (const { file, errors, warnings, plainLanguage } of results) {
    for (const { path, message } of errors) console.log(`${file} ${at(path)} error: ${message}`);
    for (const { path, message } of warnings) console.log(`${file} ${at(path)} warning: ${message}`);
    if (plainLanguage?.fields) console.log(summaryLine(file, plainLanguage));
  }
  const invalid = results.filter((each) => !each.valid).length;
  const warned = results.reduce((sum, each) => sum + each.warnings.length, 0);
  console.log(`${plural(results.length, 'file')} checked: ${results.length - invalid} valid, ${invalid} invalid, ${plural(warned, 'warning')}`);
};

export const run = async (args) => {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        'max-grade': { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (!positionals.length) throw new UsageError('name the content files to check (see --help)');
    const maxGrade = values['max-grade'] === undefined ? undefined : Number(values['max-grade']);
    if (maxGrade !== undefined && !(values['max-grade'].trim() !== '' && Number.isFinite(maxGrade) && maxGrade >= 0))
      throw new UsageError(`--max-grade: "${values['max-grade']}" is not a grade; give a number such as 8`);
    const schemas = await loadSchemas();
    const tags = Object.keys(schemas.contentSchemas);
    const element = values.element === undefined ? undefined : tagOf(values.element, tags);
    if (values.element !== undefined && !element) throw new UsageError(`--element: "${values.element}" is none of ${tags.join(', ')}`);
    const { files, unmatched } = expandArguments(positionals);
    const results = [
      ...unmatched.map((pattern) => ({ file: pattern, valid: false, errors: [{ path: '', message: 'no such file, or no JSON file matches' }], warnings: [] })),
      ...files.map((file) => checkFile(file, { element, lang: values.lang, maxGrade }, schemas)),
    ];
    if (values.json) console.log(JSON.stringify({ results, invalid: results.filter((each) => !each.valid).length }, null, 2));
    else printText(results);
    return results.every((each) => each.valid) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UsageError) && error.code?.startsWith('ERR_PARSE_ARGS') !== true) throw error;
    console.error(`care-elements validate: ${error.message}`);
    return 2;
  }
};
