// The published JSON Schemas: well-formed, documented for form builders, and
// in agreement with the runtime validator that the elements use.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closedSchema, contentSchemas, createAjv, fixtures, jsonSchema, parseOrUndefined, tags, validate } from './helpers.js';

const ajv = createAjv();
const schemaValid = Object.fromEntries(tags.map((tag) => [tag, ajv.compile(jsonSchema(tag))]));
const closedValid = Object.fromEntries(tags.map((tag) => [tag, ajv.compile(closedSchema(jsonSchema(tag)))]));

/** Every subschema a form builder turns into a field, with its JSON Pointer inside the schema. */
const fields = function* (schema, at = '') {
  yield [at || '/', schema];
  for (const [name, field] of Object.entries(schema.properties ?? {})) yield* fields(field, `${at}/properties/${name}`);
  if (schema.items) yield* fields(schema.items, `${at}/items`);
  for (const keyword of ['anyOf', 'oneOf'])
    for (const [index, branch] of (schema[keyword] ?? []).entries()) yield* fields(branch, `${at}/${keyword}/${index}`);
};

describe('JSON Schemas', () => {
  it('exist for every element and compile in strict Ajv (draft 2020-12)', () => {
    assert.ok(tags.includes('care-callout'));
    for (const tag of tags) {
      const schema = jsonSchema(tag);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(schema.$id, new RegExp(`^https://unpkg\\.com/care-elements@[^/]+/schemas/${tag}\\.schema\\.json$`));
      assert.equal(typeof schemaValid[tag], 'function');
    }
  });

  it('give every field a title and a description', () => {
    const undocumented = tags.flatMap((tag) =>
      [...fields(jsonSchema(tag))]
        .filter(([, field]) => !field.title?.trim() || !field.description?.trim())
        .map(([at]) => `${tag} ${at}`),
    );
    assert.deepEqual(undocumented, []);
  });
});

describe('fixtures in content/', () => {
  for (const tag of tags) {
    describe(tag, () => {
      for (const { name, text, valid } of fixtures(tag)) {
        const document = parseOrUndefined(text);
        if (valid) {
          it(`${name} is valid`, () => assert.ok(schemaValid[tag](document), ajv.errorsText(schemaValid[tag].errors)));
        } else if (document === undefined) {
          it(`invalid/${name} is not JSON, so no schema can accept it`, () => assert.throws(() => JSON.parse(text), SyntaxError));
        } else if (/hostile/.test(name)) {
          // Its point is its strings, which the elements must show as text; it may or may not be valid.
          it(`invalid/${name}: schema and runtime agree`, () =>
            assert.equal(schemaValid[tag](document), validate(contentSchemas[tag], document).errors.length === 0));
        } else if (schemaValid[tag](document)) {
          it(`invalid/${name} is valid only because unknown fields are ignored`, () => assert.equal(closedValid[tag](document), false));
        } else {
          it(`invalid/${name} is invalid`, () => assert.equal(schemaValid[tag](document), false));
        }
      }
    });
  }
});

/** Wrong values that a field of any type may receive. */
const WRONG_VALUES = [null, 12345, 1.5, -1, true, '', ' ', 'not-one-of-the-values', 'https://example.org/a b', 'https://ejemplo.es/leucemia-linfocítica', '2024-02-29', '2023-02-29', '2024-2-3', [], [null], {}, { unknown: 1 }];

/**
 * Documents derived from a valid one: each field removed, replaced by each
 * wrong value, and given an unknown sibling; each array emptied and given a
 * bad item. Returns `{ document, at }` with `at` the JSON Pointer changed.
 */
const mutants = function* (document) {
  const clone = () => structuredClone(document);
  const walk = function* (value, at, set) {
    if (Array.isArray(value)) {
      yield { at, document: set([]) };
      yield { at: `${at}/${value.length}`, document: set([...value, null]) };
      for (const [index, item] of value.entries()) yield* walk(item, `${at}/${index}`, (replacement) => set(value.map((each, i) => (i === index ? replacement : each))));
    } else if (value && typeof value === 'object') {
      yield { at: `${at}/unknownField`, document: set({ ...value, unknownField: 'x' }) };
      for (const [key, field] of Object.entries(value)) {
        const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const { [key]: _removed, ...rest } = value;
        yield { at: path, document: set(rest) };
        yield* walk(field, path, (replacement) => set({ ...value, [key]: replacement }));
      }
    }
    for (const wrong of WRONG_VALUES) yield { at, document: set(structuredClone(wrong)) };
  };
  yield* walk(clone(), '', (replacement) => replacement);
};

/** True when an error concerns the changed value: at it, inside it, or on what holds it. */
const concerns = (errorPath, changed) =>
  errorPath === changed || changed.startsWith(`${errorPath}/`) || errorPath.startsWith(`${changed}/`) || changed === '';

describe('the runtime validator and the JSON Schema', () => {
  for (const tag of tags) {
    it(`${tag}: accept and reject the same documents`, () => {
      const documents = fixtures(tag)
        .map(({ text }) => parseOrUndefined(text))
        .filter((document) => document !== undefined);
      // Every fixture as it is, and mutants of the valid ones (so each mutant has one problem).
      const shared = documents.flatMap((document) => [{ document, at: '' }, ...(schemaValid[tag](document) ? mutants(document) : [])]);
      let accepted = 0;
      let rejected = 0;
      const disagreements = [];
      for (const { document, at } of shared) {
        const bySchema = schemaValid[tag](document);
        // A glossary term or a citation naming no entry is a rule across the document, beyond what a JSON Schema can state.
        const errors = validate(contentSchemas[tag], document).errors.filter(({ message }) => !/^names no (glossary entry|source) /.test(message));
        if (bySchema !== (errors.length === 0)) disagreements.push(`${at}: schema ${bySchema ? 'accepts' : 'rejects'} ${JSON.stringify(document).slice(0, 160)}`);
        else if (bySchema) accepted++;
        else {
          rejected++;
          // The runtime's JSON Pointers lead to the change.
          if (!errors.some((error) => concerns(error.path, at))) disagreements.push(`${at}: runtime errors elsewhere: ${JSON.stringify(errors)}`);
        }
      }
      assert.deepEqual(disagreements.slice(0, 10), []);
      assert.ok(accepted > 0 && rejected > 0, `only ${accepted} accepted and ${rejected} rejected`);
    });
  }
});
