// Writes schemas/<tag>.schema.json (JSON Schema 2020-12) for every element,
// from the same schema objects that validate content at run time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildContentSchemas, CONTENT_SCHEMAS } from './content-schemas.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Where a published schema can be fetched; also its `$id`. */
const schemaUrl = (tag) => `https://unpkg.com/care-elements@${version}/schemas/${tag}.schema.json`;

const tags = await buildContentSchemas();
const { contentSchemas, toJSONSchema } = await import(pathToFileURL(CONTENT_SCHEMAS).href);

rmSync(new URL('../schemas/', import.meta.url), { recursive: true, force: true });
mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
for (const tag of tags) {
  const json = toJSONSchema(contentSchemas[tag], schemaUrl(tag));
  writeFileSync(new URL(`../schemas/${tag}.schema.json`, import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`schemas/: ${tags.length} JSON Schemas written`);
