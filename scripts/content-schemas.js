// Builds dist/node/content-schemas.js: every element's runtime content schema
// by tag, with `validate` and `toJSONSchema`, for Node (the JSON Schema writer
// and the `care-elements validate` command). Field docs are kept here; only
// the browser builds strip them.
import { build } from 'esbuild';
import { elementFolders } from './elements.js';

export const CONTENT_SCHEMAS = 'dist/node/content-schemas.js';

/** `faq` → `faqSchema`, `therapy-card` → `therapyCardSchema`: the export each src/<name>/content.ts must provide. */
export const schemaExport = (name) => `${name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())}Schema`;

export const buildContentSchemas = async () => {
  const names = elementFolders();
  const entry = [
    ...names.map((name) => `import { ${schemaExport(name)} } from './src/${name}/content.ts';`),
    `export const contentSchemas = { ${names.map((name) => `'care-${name}': ${schemaExport(name)}`).join(', ')} };`,
    `export { toJSONSchema, validate } from './src/core/schema.ts';`,
    `export { contentWordingIssues } from './src/stat/wording.ts';`,
  ].join('\n');
  await build({
    stdin: { contents: entry, resolveDir: '.', loader: 'ts', sourcefile: 'content-schemas.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: CONTENT_SCHEMAS,
    logLevel: 'warning',
  });
  return names.map((name) => `care-${name}`);
};
