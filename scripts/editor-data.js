// Editor and framework data generated from custom-elements.json, so tag,
// attribute, event and CSS docs live in one place (the element's JSDoc):
//   vscode.html-custom-data.json  VS Code HTML completions and hovers
//   web-types.json                JetBrains IDEs (package.json "web-types")
//   dist/types/jsx.d.ts           props and events by tag for JSX typings (jsx/*.d.ts)
// Attribute values come from the TypeScript types, so a union of strings
// such as a variant becomes a list of values to pick from.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
const write = (path, text) => writeFileSync(new URL(`../${path}`, import.meta.url), text);
const { name: packageName, version } = read('package.json');
const manifest = read('custom-elements.json');

const schemaUrl = (tag) => `https://unpkg.com/${packageName}@${version}/schemas/${tag}.schema.json`;

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const isPublicField = (member) => member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('#');
const fieldsOf = (element) => (element.members ?? []).filter(isPublicField);
const eventsOf = (element) => [...new Map((element.events ?? []).filter((event) => event.name).map((event) => [event.name, event])).values()];

/** Each element's property types as the compiler sees them, from the built declarations. */
const program = ts.createProgram(['dist/types/index.d.ts'], { strict: true, skipLibCheck: true, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'] });
const checker = program.getTypeChecker();
const tagMap = checker.getDeclaredTypeOfSymbol(checker.resolveName('HTMLElementTagNameMap', undefined, ts.SymbolFlags.Interface, false));
const propertyTypes = (tag, field) => {
  const property = checker.getPropertyOfType(checker.getTypeOfSymbol(checker.getPropertyOfType(tagMap, tag)), field);
  return property ? checker.getNonNullableType(checker.getTypeOfSymbol(property)) : undefined;
};

const typeText = (tag, field) => {
  const type = propertyTypes(tag, field);
  return type ? checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope) : 'unknown';
};

/** The string values an attribute accepts, when its type is a union of string literals. */
const valuesOf = (tag, field) => {
  const type = propertyTypes(tag, field);
  const members = type?.isUnion() ? type.types : type ? [type] : [];
  return members.length && members.every((member) => member.isStringLiteral()) ? members.map((member) => member.value) : undefined;
};

const attributeType = (tag, field) => {
  const type = field ? propertyTypes(tag, field) : undefined;
  const members = type?.isUnion() ? type.types : type ? [type] : [];
  return members.some((member) => member.flags & ts.TypeFlags.StringLike) || !members.length ? 'string' : typeText(tag, field);
};

const describeElement = (element) =>
  [
    element.summary && element.description ? `${element.summary}\n\n${element.description}` : (element.summary ?? element.description ?? ''),
    `Content: JSON in the \`content\` attribute or property, a child \`<script type="application/json">\`, or a \`src\` URL; its JSON Schema is [${element.tagName}.schema.json](${schemaUrl(element.tagName)}).`,
    element.cssParts?.length ? `Parts: ${element.cssParts.map((part) => `\`${part.name}\``).join(', ')}.` : '',
    eventsOf(element).length ? `Events: ${eventsOf(element).map((event) => `\`${event.name}\``).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n\n');

const attributesOf = (element) =>
  (element.attributes ?? [])
    .filter((attribute) => attribute.name)
    .map((attribute) => ({ ...attribute, values: attribute.fieldName ? valuesOf(element.tagName, attribute.fieldName) : undefined }));

write(
  'vscode.html-custom-data.json',
  `${JSON.stringify(
    {
      version: 1.1,
      tags: elements.map((element) => ({
        name: element.tagName,
        description: { kind: 'markdown', value: describeElement(element) },
        attributes: attributesOf(element).map(({ name, description, values }) => ({
          name,
          description: { kind: 'markdown', value: description ?? '' },
          ...(values ? { values: values.map((value) => ({ name: value })) } : {}),
        })),
        references: [{ name: 'JSON Schema of the content', url: schemaUrl(element.tagName) }],
      })),
    },
    null,
    2,
  )}\n`,
);

write(
  'web-types.json',
  `${JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/web-types',
      name: packageName,
      version,
      'description-markup': 'markdown',
      'js-types-syntax': 'typescript',
      contributions: {
        html: {
          elements: elements.map((element) => ({
            name: element.tagName,
            description: describeElement(element),
            attributes: attributesOf(element).map(({ name, description, values, fieldName, default: initial }) => ({
              name,
              description: description ?? '',
              ...(initial ? { default: initial } : {}),
              // An attribute's value is text: JSON for `content`, digits for a number.
              value: { type: values ? values.map((value) => JSON.stringify(value)).join(' | ') : attributeType(element.tagName, fieldName), kind: 'plain' },
            })),
            slots: (element.slots ?? []).map(({ name, description }) => ({ name, description: description ?? '' })),
            events: eventsOf(element).map(({ name, description }) => ({ name, description: description ?? '' })),
            js: {
              properties: fieldsOf(element).map(({ name, description }) => ({ name, description: description ?? '', type: typeText(element.tagName, name) })),
              events: eventsOf(element).map(({ name, description }) => ({ name, description: description ?? '' })),
            },
            css: {
              properties: (element.cssProperties ?? []).map(({ name, description, default: initial }) => ({
                name,
                description: `${description ?? ''}${initial ? ` Default: \`${initial}\`.` : ''}`,
              })),
              parts: (element.cssParts ?? []).map(({ name, description }) => ({ name, description: description ?? '' })),
            },
          })),
        },
      },
    },
    null,
    2,
  )}\n`,
);

const className = (element) => element.name;
const typesModule = (element) => `./${element.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
const comment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '');
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

const propsOf = (element) => {
  const fields = fieldsOf(element);
  const attributeOf = new Map((element.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a.name]));
  return fields.flatMap((field) => {
    const type = `${className(element)}['${field.name}']`;
    const names = [field.name, ...(attributeOf.has(field.name) && attributeOf.get(field.name) !== field.name ? [attributeOf.get(field.name)] : [])];
    return names.map((name) => `${comment(field.description, '    ')}    ${key(name)}?: ${type};\n`);
  });
};

write(
  'dist/types/jsx.d.ts',
  `// Generated from custom-elements.json by scripts/editor-data.js.
${elements.map((element) => `import type { ${className(element)} } from '${typesModule(element)}';`).join('\n')}

/**
 * What each care element takes in JSX: its properties (set as properties by
 * React 19, Preact and Solid, so \`content\` may be an object) and, where
 * the attribute is named differently, its attribute.
 */
export interface CareElementProps {
${elements.map((element) => `${comment(element.summary, '  ')}  '${element.tagName}': {\n${propsOf(element).join('')}  };`).join('\n')}
}

/** The events each care element fires, by name. */
export interface CareElementEvents {
${elements
  .map(
    (element) =>
      `  '${element.tagName}': {\n${eventsOf(element)
        .map((event) => `${comment(event.description, '    ')}    '${event.name}': ${event.type?.text && /^[A-Z]\w*$/.test(event.type.text) ? `import('./index.js').${event.type.text}` : 'CustomEvent'};\n`)
        .join('')}  };`,
  )
  .join('\n')}
}
`,
);

console.log(`editor data: ${elements.length} elements in vscode.html-custom-data.json, web-types.json and dist/types/jsx.d.ts`);
