// Rollup plugin: drops the `title`/`description` texts of content schemas from
// browser builds. They document the published JSON Schemas for editors and
// CMS forms; readers' browsers only validate, so they need not download them.
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

export const stripSchemaDocs = () => ({
  name: 'strip-schema-docs',
  transform(code, id) {
    if (!SCHEMA_MODULE.test(id)) return null;
    const output = new MagicString(code);
    walk(this.parse(code), (node) => {
      const isDoc =
        node.type === 'Property' &&
        DOC_KEYS.has(node.key.name ?? node.key.value) &&
        (node.value.type === 'Literal' || node.value.type === 'TemplateLiteral');
      if (isDoc) output.overwrite(node.value.start, node.value.end, '""');
    });
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
});
