// `care-elements render`: a content file as server-rendered HTML, a snippet to
// paste or (with --page) a whole page that loads the bundle that hydrates it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closestElement, declaredElement, loadContentSchemas, strangerProblem } from './element-choice.js';

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
  --page                   A complete HTML page that loads the hydrating bundle
                           (dist/care-elements-hydrate.js) after the content.
  --bundle <url>           The script the page loads (default: that bundle of this
                           version on unpkg).
  --out <file>             Write to a file instead of standard output.
  -h, --help               This help.

Exit codes: 0 rendered, 1 invalid or unreadable content, 2 wrong usage.
`;

const packageFile = (path) => new URL(`../${path}`, import.meta.url);
const { version } = JSON.parse(readFileSync(packageFile('package.json'), 'utf8'));

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

const page = ({ html, tag, document, lang, bundle }) => {
  const title = typeof document?.title === 'string' ? document.title : tag;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { max-inline-size: 48rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }
</style>
</head>
<body>
<main>
${html}
</main>
<script src="${escapeHtml(bundle)}"></script>
</body>
</html>
`;
};

/** Runs the command; `io` is where it writes, the process's own streams by default. */
export const run = async (args, { stdout, stderr } = process) => {
  let options;
  try {
    options = parseArgs({
      args,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        attribute: { type: 'string', multiple: true, default: [] },
        page: { type: 'boolean', default: false },
        bundle: { type: 'string', default: `https://unpkg.com/care-elements@${version}/dist/care-elements-hydrate.js` },
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

  let renderToString;
  try {
    ({ renderToString } = await import('../dist/esm/ssr.js'));
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

  const result = renderToString(tag, text, attributes);
  if (!result.ok) {
    const lines = result.errors.map(({ path, message }) => `  ${path || '(document)'}: ${message}`);
    stderr.write(`${file}: invalid <${tag}> content\n${lines.join('\n')}\n`);
    return 1;
  }
  for (const warning of result.warnings) stderr.write(`${file}: ${warning}\n`);

  const lang = typeof attributes.lang === 'string' ? attributes.lang : 'en';
  const { document } = parseJson(text);
  const output = values.page ? page({ html: result.html, tag, document, lang, bundle: values.bundle }) : `${result.html}\n`;
  if (values.out) writeFileSync(values.out, output);
  else stdout.write(output);
  return 0;
};
