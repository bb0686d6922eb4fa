// Shared by the Node-side tests: the built schemas, fixtures and validators.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runtime schemas by tag, with the runtime `validate`, from the built Node module. */
export const { contentSchemas, validate } = await import(new URL('../../dist/node/content-schemas.js', import.meta.url).href);

export const tags = Object.keys(contentSchemas);

/** The published JSON Schema of a tag, as written by the build. */
export const jsonSchema = (tag) => JSON.parse(readFileSync(join(root, 'schemas', `${tag}.schema.json`), 'utf8'));

/** Ajv set up the way the CMS guide tells a CMS to: draft 2020-12, strict, formats asserted. */
export const createAjv = () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
};

/** The same schema, but rejecting unknown fields (which the runtime ignores with a warning). */
export const closedSchema = (schema) => {
  const close = (node) => {
    if (Array.isArray(node)) return node.map(close);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, close(value)]));
    if (node.type === 'object' && node.properties) {
      copy.patternProperties = { '^\\$(schema|comment)$': true };
      copy.additionalProperties = false;
    }
    return copy;
  };
  return { ...close(schema), $id: schema.$id.replace(/\.schema\.json$/, '.closed.schema.json') };
};

/**
 * Fixtures of a tag: `{ file, name, text, valid }` for content/<name>/*.json,
 * content/<name>/invalid/*.json (`valid` false), and documents directly in
 * content/ whose "$schema" names the tag's schema (such as the seed article).
 */
export const fixtures = (tag) => {
  const folder = join(root, 'content', tag.replace(/^care-/, ''));
  const read = (dir, valid) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => ({ file: join(dir, name), name, text: readFileSync(join(dir, name), 'utf8'), valid }))
      : [];
  const declared = read(join(root, 'content'), true).filter(({ text }) => parseOrUndefined(text)?.$schema?.endsWith(`/${tag}.schema.json`));
  return [...read(folder, true), ...declared, ...read(join(folder, 'invalid'), false)];
};

export const parseOrUndefined = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Every content file in content/ and its element folders, the invalid/ folders left out, as paths from the root. */
export const contentFiles = () =>
  readdirSync(join(root, 'content'), { recursive: true })
    .filter((path) => path.endsWith('.json') && !path.split('/').includes('invalid'))
    .sort()
    .map((path) => join('content', path));

/** `care-elements render …args` run in this process, as the CLI runs it. */
export const renderCommand = async (...args) => {
  const { run } = await import('../../bin/render.js');
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (text) => (stdout += text) }, stderr: { write: (text) => (stderr += text) } });
  return { code, stdout, stderr };
};

/**
 * The page `render --page` writes for a content file; content with no title of
 * its own gets `title` as its page's h1 (`titled` says which was used).
 */
export const renderPage = async (file, title = 'A page of care elements') => {
  const untitled = await renderCommand(file, '--page');
  if (untitled.code !== 2 || !untitled.stderr.includes('--title')) return { ...untitled, titled: false };
  return { ...(await renderCommand(file, '--page', '--title', title)), titled: true };
};
