// `care-elements validate`: checks JSON content files with the same validator
// the elements run in the browser, so a file that passes here renders there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { contentWarnings } from './content-warnings.js';

const HELP = `Usage: care-elements validate [--element <tag>] [--json] <files, folders or globs…>

Checks JSON content files against the care-elements content schemas and
prints, for each problem, the file, the JSON Pointer of the field and a
message; a stat whose words contradict its qualifier or proportion ("over a
third" with a proportion below 1/3) is a problem too. Exits with 1 when any file is invalid, else 0; warnings (fields
that are ignored, statistics without a source, reviews that are due, links
that are not https, empty headings) do not change the exit code.

Which schema checks a file, first match wins:
  1. --element <tag>, for example --element care-faq
  2. its "$schema" field, naming a schema file such as care-faq.schema.json
  3. the nearest folder named after an element: content/faq/… or …/care-faq/…
  4. otherwise each schema is tried, and the closest (fewest errors) is used,
     with a warning

Folders are searched for *.json files; globs may use *, ** and ?.

Options:
  --element <tag>  element whose schema checks every file
  --json           print the results as JSON
  -h, --help       show this help`;

/** Problems that are not about one file's content stop the run with exit code 2. */
class UsageError extends Error {}

const loadSchemas = async () => {
  try {
    return await import('../dist/node/content-schemas.js');
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

const tagOf = (name, tags) => {
  const tag = name.startsWith('care-') ? name : `care-${name}`;
  return tags.includes(tag) ? tag : undefined;
};

/** Picks the schema for one document, in the order `render` uses too; returns `{ tag, by }` or `{ error }`. */
const pickSchema = (document, file, elementOption, tags) => {
  if (elementOption) return { tag: elementOption, by: '--element' };
  const declared = document && typeof document === 'object' && !Array.isArray(document) ? document.$schema : undefined;
  if (typeof declared === 'string') {
    const tag = /(?:^|[/\\])(care-[a-z0-9-]+)\.schema\.json(?:[?#].*)?$/.exec(declared)?.[1];
    return tag && tags.includes(tag) ? { tag, by: '$schema' } : { error: `"$schema" names no care-elements schema: ${declared}` };
  }
  const folders = dirname(resolve(file)).split(sep).reverse();
  const fromFolder = folders.map((folder) => tagOf(folder, tags)).find(Boolean);
  return fromFolder ? { tag: fromFolder, by: 'folder' } : { tag: undefined, by: 'closest' };
};

/** Adds the line and column to a JSON.parse message that gives only a position. */
const withLine = (message, text) => {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${message}, line ${before.length} column ${before.at(-1).length + 1}`;
};

const checkFile = (file, elementOption, { contentSchemas, validate, contentWordingIssues }) => {
  const tags = Object.keys(contentSchemas);
  const result = (element, by, errors, warnings = []) => ({ file, element, by, valid: errors.length === 0, errors, warnings });
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
  const picked = pickSchema(document, file, elementOption, tags);
  if (picked.error) return result(undefined, undefined, [{ path: '/$schema', message: picked.error }]);
  const outcomes = (picked.tag ? [picked.tag] : tags).map((tag) => ({ tag, ...validate(contentSchemas[tag], document) }));
  const best = outcomes.reduce((a, b) => (b.errors.length < a.errors.length || (b.errors.length === a.errors.length && b.unknownFields.length < a.unknownFields.length) ? b : a));
  const warnings = [
    ...(picked.by === 'closest'
      ? [{ path: '', message: `no "$schema", --element or element folder says which element this is for; checked as ${best.tag}, the closest match` }]
      : []),
    ...best.unknownFields.map((path) => ({ path, message: 'is not a known field, so it is ignored' })),
    ...contentWarnings(best.tag, document),
  ];
  return result(best.tag, picked.by, [...best.errors, ...contentWordingIssues(best.tag, document)], warnings);
};

const printText = (results) => {
  const at = (path) => path || '(document)';
  for (const { file, errors, warnings } of results) {
    for (const { path, message } of errors) console.log(`${file} ${at(path)} error: ${message}`);
    for (const { path, message } of warnings) console.log(`${file} ${at(path)} warning: ${message}`);
  }
  const invalid = results.filter((each) => !each.valid).length;
  const warned = results.reduce((sum, each) => sum + each.warnings.length, 0);
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  console.log(`${plural(results.length, 'file')} checked: ${results.length - invalid} valid, ${invalid} invalid, ${plural(warned, 'warning')}`);
};

export const run = async (args) => {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { element: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    if (!positionals.length) throw new UsageError('name the content files to check (see --help)');
    const schemas = await loadSchemas();
    const tags = Object.keys(schemas.contentSchemas);
    const element = values.element === undefined ? undefined : tagOf(values.element, tags);
    if (values.element !== undefined && !element) throw new UsageError(`--element: "${values.element}" is none of ${tags.join(', ')}`);
    const { files, unmatched } = expandArguments(positionals);
    const results = [
      ...unmatched.map((pattern) => ({ file: pattern, valid: false, errors: [{ path: '', message: 'no such file, or no JSON file matches' }], warnings: [] })),
      ...files.map((file) => checkFile(file, element, schemas)),
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
