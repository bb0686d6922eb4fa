// Browser builds leave the JSON Schema documentation out of content schemas, and nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { stripSchemaDocs } from '../../scripts/strip-schema-docs.js';

const strip = (code, id = '/repo/src/faq/content.ts') => stripSchemaDocs().transform.call({ parse: (source) => parseAst(source) }, code, id)?.code;

describe('strip-schema-docs', () => {
  it('removes title and description properties, with their commas, from schema options', () => {
    const code = `export const s = object({ name: string({ title: 'Name', description: \`Who \${x}\`, maxLength: 5 }), n: number({ minimum: 0, title: 'N' }) }, { title: 'Thing', description: 'A thing.' });`;
    assert.equal(strip(code), 'export const s = object({ name: string({ maxLength: 5 }), n: number({ minimum: 0 }) }, {  });');
  });

  it('keeps translations, content fields named title, and non-literal values', () => {
    const code = [
      "export const t = { en: { title: 'Title', description: 'Description' } };",
      "export const s = object({ title: optional(string()), description: richText(about) });",
      'export const d = string({ title: name });',
    ].join('\n');
    assert.equal(strip(code), code);
  });

  it('removes the JSON Schema writers of the combinators, and keeps their validators', () => {
    const code = "export const boolean = (doc) => ({ parse: (value) => value, json: () => withDoc({ type: 'boolean' }, doc) });\nexport const toJSONSchema = (schema) => schema.json();";
    assert.equal(
      strip(code, '/repo/src/core/schema.ts'),
      'export const boolean = (doc) => ({ parse: (value) => value });\nexport const toJSONSchema = (schema) => schema.json();',
    );
  });

  it('removes the JSON Schema statement of a refined rule, keeping its check, also in the shared people and figure schemas', () => {
    const code = "export const s = refine(object({}), check, { json: () => ({ required: ['alt'] }) });";
    for (const id of ['/repo/src/therapy-card/content.ts', '/repo/src/core/people.ts', '/repo/src/core/figure.ts'])
      assert.equal(strip(code, id), 'export const s = refine(object({}), check, {  });', id);
    assert.equal(strip("string({ title: 'Name' });", '/repo/src/core/figure.ts'), 'string({  });');
  });

  it('leaves modules other than content schemas alone', () => {
    assert.equal(strip("string({ title: 'Name' });", '/repo/src/faq/care-faq.ts'), undefined);
  });
});
