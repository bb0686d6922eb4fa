// Rollup plugin: drops from browser builds what content schemas carry only
// to write the published JSON Schemas for editors and CMS forms: the
// `title`/`description` texts, and each schema's `json()` writer (in
// src/core/schema.ts). Readers' browsers only validate, so they need not
// download either; scripts/schemas.js builds from the sources, with both.
//
// A documentation text is a `title` or `description` property with a literal
// text value in an object passed straight to a call (`string({ title: 'Name' })`,
// `object(shape, { description: '…' })`). Translations are not call arguments,
// and content fields hold schemas rather than literal texts, so neither is touched.
import MagicString from 'magic-string';

const SCHEMA_MODULE = /[/\\]src[/\\](?:[^/\\]+[/\\]content|core[/\\](?:content|labels|people|figure))\.ts$/;
const COMBINATORS = /[/\\]src[/\\]core[/\\]schema\.ts$/;
// `contentMediaType` only tells forms that a text takes the inline markup.
const DOC_KEYS = new Set(['title', 'description', 'contentMediaType']);

const walk = (node, visit) => {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
};

const isDoc = (property) =>
  property.type === 'Property' &&
  !property.computed &&
  DOC_KEYS.has(property.key.name ?? property.key.value) &&
  (property.value.type === 'Literal' || property.value.type === 'TemplateLiteral');

/** A schema's `json: () => …` writer. */
const isJsonWriter = (property) =>
  property.type === 'Property' &&
  !property.computed &&
  property.key.name === 'json' &&
  (property.value.type === 'ArrowFunctionExpression' || property.value.type === 'FunctionExpression');

/** Removes the properties that match, each with the comma that separates it from its neighbour. */
const removeProperties = (output, properties, matches) =>
  properties.forEach((property, index) => {
    if (!matches(property)) return;
    const next = properties[index + 1];
    const previous = properties[index - 1];
    if (next) output.remove(property.start, next.start);
    else output.remove(previous ? previous.end : property.start, property.end);
  });

export const stripSchemaDocs = () => ({
  name: 'strip-schema-docs',
  transform(code, id) {
    const combinators = COMBINATORS.test(id);
    if (!combinators && !SCHEMA_MODULE.test(id)) return null;
    const output = new MagicString(code);
    walk(this.parse(code), (node) => {
      if (combinators) {
        if (node.type === 'ObjectExpression') removeProperties(output, node.properties, isJsonWriter);
        return;
      }
      if (node.type !== 'CallExpression') return;
      // `refine(schema, check, { json: () => … })` states its rule for the JSON Schema only.
      for (const argument of node.arguments)
        if (argument.type === 'ObjectExpression') removeProperties(output, argument.properties, (property) => isDoc(property) || isJsonWriter(property));
    });
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
});
