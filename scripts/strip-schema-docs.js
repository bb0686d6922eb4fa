// Rollup plugin: drops the `title`/`description` texts of content schemas from
// browser builds. They document the published JSON Schemas for editors and
// CMS forms; readers' browsers only validate, so they need not download them.
//
// A documentation text is a `title` or `description` property with a literal
// text value in an object passed straight to a call (`string({ title: 'Name' })`,
// `object(shape, { description: '…' })`). Translations are not call arguments,
// and content fields hold schemas rather than literal texts, so neither is touched.
import MagicString from 'magic-string';

const SCHEMA_MODULE = /[/\\]src[/\\](?:[^/\\]+[/\\]content|core[/\\](?:content|labels))\.ts$/;
const DOC_KEYS = new Set(['title', 'description']);

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

export const stripSchemaDocs = () => ({
  name: 'strip-schema-docs',
  transform(code, id) {
    if (!SCHEMA_MODULE.test(id)) return null;
    const output = new MagicString(code);
    walk(this.parse(code), (node) => {
      if (node.type !== 'CallExpression') return;
      for (const argument of node.arguments) {
        if (argument.type !== 'ObjectExpression') continue;
        const { properties } = argument;
        properties.forEach((property, index) => {
          if (!isDoc(property)) return;
          // The property goes with the comma that separates it from its neighbour.
          const next = properties[index + 1];
          const previous = properties[index - 1];
          if (next) output.remove(property.start, next.start);
          else output.remove(previous ? previous.end : property.start, property.end);
        });
      }
    });
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
});
