// Writes schemas/<tag>.schema.json (JSON Schema 2020-12) for every element,
// from the same schema objects that validate content at run time.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elementFolders } from './elements.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

const entry = elementFolders()
  .map((name) => `export { ${camel(name)}Schema as ${camel(name)} } from './src/${name}/content.ts';`)
  .join('\n');
const { outputFiles } = await build({
  stdin: { contents: `${entry}\nexport { toJSONSchema } from './src/core/schema.ts';`, resolveDir: '.', loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const modules = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

mkdirSync(new URL('../schemas/', import.meta.url), { recursive: true });
for (const name of elementFolders()) {
  const schema = modules[camel(name)];
  if (!schema) throw new Error(`src/${name}/content.ts must export ${camel(name)}Schema`);
  const file = `care-${name}.schema.json`;
  const json = modules.toJSONSchema(schema, `https://unpkg.com/care-elements@${version}/schemas/${file}`);
  writeFileSync(new URL(`../schemas/${file}`, import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`schemas/: ${elementFolders().length} JSON Schemas written`);
