// `care-elements render`: a content file as server-rendered HTML, a snippet to
// paste or (with --page) a whole page that loads the bundle that hydrates it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closestElement, declaredElement, loadContentSchemas, strangerProblem } from './element-choice.js';

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

const usage = `Usage: care-elements render <content.json> [options]

Prints the element as HTML with a declarative shadow root: it reads without
JavaScript, and dist/care-elements-hydrate.js hydrates it where scripts run.

Options:
  --element <tag>          The element, such as care-faq. By default it is read from
                           the file's "$schema", else from a folder named after an
                           element (content/faq/…), else it is the element that
                           knows the most of its fields (see validate --help).
  --attribute <name=value> An attribute for the element (repeatable), such as
                           heading-level=2, lang=es or structured-data.
  --page                   A complete HTML page: its language, a <title> and one
                           <h1> (the content's title, with the element's other
                           headings below it), a meta description from the
                           content, and the hydrating bundle after the content.
  --title <text>           With --page: the page's title and <h1>, above the
                           element and its own headings. Content with no title
                           (a callout, a stat, a quote…) needs one.
  --description <text>     With --page: the meta description (default: the
                           content's first text, such as a summary or the first
                           paragraph, shortened to ${DESCRIPTION_LENGTH} characters).
  --bundle <url>           With --page: the script the page loads (default:
                           care-elements-hydrate.js beside the page; copy it there
                           from dist/, or give its URL on your site).
  --icon <url>             With --page: the page's icon (default: none, so browsers
                           ask the site for /favicon.ico).
  --out <file>             Write to a file instead of standard output.
  -h, --help               This help.

Exit codes: 0 rendered, 1 invalid or unreadable content, 2 wrong usage.
`;

const packageFile = (path) => new URL(`../${path}`, import.meta.url);

/** Every element's tag, from the published JSON Schemas (one per element). */
const elementTags = () =>
  readdirSync(packageFile('schemas/'))
    .map((file) => /^(care-[a-z0-9-]+)\.schema\.json$/.exec(file)?.[1])
    .filter(Boolean);

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

const parseJson = (text) => {
  try {
    return { document: JSON.parse(text) };
  } catch (error) {
    return { jsonError: error.message };
  }
};

/** The content schemas, when built; `render --help` works without them. */
const builtSchemas = await loadContentSchemas().catch(() => undefined);

/**
 * The element a content file is for, as `validate` picks it: --element, else
 * its "$schema", else the nearest folder named after an element, else the
 * element that knows the most of its fields. Gives `{ tag }`, or `{ problem }`
 * when none can be told or the file has none of the element's fields.
 */
export const elementFor = (file, text, { element, schemas = builtSchemas } = {}) => {
  const { document, jsonError } = parseJson(text);
  const declared = declaredElement(document, file, { element, tags: Object.keys(schemas.contentSchemas) });
  if (declared?.error) return { problem: declared.error };
  if (!declared && jsonError) return { problem: `is not valid JSON (${jsonError})` };
  const { tag, error } = declared ?? closestElement(document, schemas);
  if (error) return { problem: error };
  const stranger = jsonError ? undefined : strangerProblem(document, tag, schemas);
  return stranger ? { problem: stranger } : { tag };
};

const parseAttributes = (list) => {
  const attributes = {};
  for (const entry of list) {
    const [name, ...value] = entry.split('=');
    attributes[name] = value.length ? value.join('=') : true;
  }
  return attributes;
};

/**
 * The elements that show headings: the field whose text is the content's title,
 * and the `heading-level` that makes the element's first heading `level` (the
 * FAQ's attribute is its questions' level, with the title one above them).
 */
const HEADINGS = {
  'care-article': { title: 'title', headingLevel: (level) => level },
  'care-faq': { title: 'title', headingLevel: (level, content) => (content.title ? level + 1 : level) },
  'care-takeaways': { title: 'title', headingLevel: (level) => level },
  'care-therapy-card': { title: 'name', headingLevel: (level) => level },
};

/** The content's first text a reader would take for its summary, as plain text. */
const contentText = (content) =>
  [
    content.description,
    content.subtitle,
    content.summary,
    content.body,
    Array.isArray(content.blocks) ? content.blocks.find((block) => block?.type === 'paragraph')?.text : undefined,
    Array.isArray(content.items) ? content.items[0]?.answer : undefined,
    Array.isArray(content.points) ? content.points[0] : undefined,
    typeof content.value === 'string' && typeof content.label === 'string' ? `${content.value} ${content.label}` : undefined,
    content.text,
    content.question,
  ].find((text) => typeof text === 'string' && text.trim());

/** Whitespace collapsed, cut at a word to `DESCRIPTION_LENGTH` characters. */
const shorten = (text) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.–—-]+$/, '')}…`;
};

const page = ({ html, lang, title, heading, description, bundle, icon }) => `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
${icon ? `<link rel="icon" href="${escapeHtml(icon)}">\n` : ''}<style>
  body { max-inline-size: 48rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }
</style>
</head>
<body>
<main>
${heading ? `<h1>${escapeHtml(heading)}</h1>\n` : ''}${html}
</main>
<script src="${escapeHtml(bundle)}"></script>
</body>
</html>
`;

/** Runs the command; `io` is where it writes, the process's own streams by default. */
export const run = async (args, { stdout, stderr } = process) => {
  let options;
  try {
    options = parseArgs({
      args,
      allowPositionals: true,
      tokens: true,
      options: {
        element: { type: 'string' },
        attribute: { type: 'string', multiple: true, default: [] },
        page: { type: 'boolean', default: false },
        title: { type: 'string' },
        description: { type: 'string' },
        bundle: { type: 'string', default: 'care-elements-hydrate.js' },
        icon: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    stderr.write(`care-elements render: ${error.message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    stdout.write(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    stderr.write(`care-elements render: give one content file\n\n${usage}`);
    return 2;
  }
  const [file] = positionals;
  const pageOnly = ['title', 'description', 'bundle', 'icon'].find((name) => options.tokens?.some((token) => token.name === name));
  if (!values.page && pageOnly) {
    stderr.write(`care-elements render: --${pageOnly} goes with --page\n\n${usage}`);
    return 2;
  }

  let renderToString;
  let toPlainText;
  try {
    ({ renderToString, toPlainText } = await import('../dist/esm/ssr.js'));
  } catch (error) {
    const missing = error.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(error.message);
    stderr.write(
      missing
        ? 'care-elements render needs @lit-labs/ssr beside care-elements: npm install --save-dev @lit-labs/ssr\n'
        : `care-elements render: cannot load the server renderer (${error.message}); run npm run build first\n`,
    );
    return 2;
  }

  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    stderr.write(`${file}: cannot be read (${error.code ?? error.message})\n`);
    return 1;
  }
  const tags = elementTags();
  const attributes = parseAttributes(values.attribute);
  if (values.element && !tags.includes(values.element)) {
    stderr.write(`care-elements render: unknown element "${values.element}" (one of ${tags.join(', ')})\n`);
    return 2;
  }
  const { tag, problem } = elementFor(file, text, { element: values.element });
  if (problem) {
    stderr.write(`${file}: ${problem}\n`);
    return 1;
  }

  // On a page, the content's title is the one h1 and the element's other headings
  // go below it; a --title above the element takes h1 and moves them all down one.
  const content = parseJson(text).document ?? {};
  const headings = HEADINGS[tag];
  const contentTitle = headings && typeof content[headings.title] === 'string' ? content[headings.title] : undefined;
  const title = values.title ?? contentTitle;
  if (values.page && headings && attributes['heading-level'] === undefined) {
    attributes['heading-level'] = String(headings.headingLevel(values.title ? 2 : 1, content));
  }

  const result = renderToString(tag, text, attributes);
  if (!result.ok) {
    const lines = result.errors.map(({ path, message }) => `  ${path || '(document)'}: ${message}`);
    stderr.write(`${file}: invalid <${tag}> content\n${lines.join('\n')}\n`);
    return 1;
  }
  if (values.page && !title?.trim()) {
    stderr.write(`${file}: <${tag}> content has no title for the page's <h1>; give the page one with --title\n`);
    return 2;
  }
  for (const warning of result.warnings) stderr.write(`${file}: ${warning}\n`);

  const lang = typeof attributes.lang === 'string' ? attributes.lang : 'en';
  const output = values.page
    ? page({
        html: result.html,
        lang,
        title,
        heading: values.title,
        description: values.description ?? shorten(toPlainText(contentText(content) ?? title)),
        bundle: values.bundle,
        icon: values.icon,
      })
    : `${result.html}\n`;
  if (values.out) writeFileSync(values.out, output);
  else stdout.write(output);
  return 0;
};
