/**
 * The subset of JSON Schema 2020-12 that src/core/schema.ts publishes, read
 * independently of that code: a validator, document generators for
 * fast-check, one-field-wrong mutations and JSON Pointers. Tests derive
 * every document from the published schemas, so a new element or field is
 * fuzzed without an edit here; a keyword this file does not know fails
 * loudly instead of being ignored.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  /** A rule between fields: a value that matches `if` must match `then`, and none may match `not`. */
  if?: JsonSchema;
  not?: JsonSchema;
  then?: JsonSchema;
  minimum?: number;
  maximum?: number;
}

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'contentMediaType']);
const ASSERTIONS = new Set([
  'type', 'properties', 'required', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern',
  'format', 'enum', 'const', 'anyOf', 'oneOf', 'minimum', 'maximum', 'if', 'then', 'not',
]);

/** Throws on a keyword this file would otherwise silently ignore. */
export const assertKnownKeywords = (schema: JsonSchema, path = '#'): void => {
  for (const [key, value] of Object.entries(schema)) {
    if (!ASSERTIONS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`${path}: the fuzz tests do not know the JSON Schema keyword "${key}"`);
    if (key === 'properties') for (const [name, child] of Object.entries(value as Record<string, JsonSchema>)) assertKnownKeywords(child, `${path}/properties/${name}`);
    if (key === 'items') assertKnownKeywords(value as JsonSchema, `${path}/items`);
    if (key === 'anyOf' || key === 'oneOf') (value as JsonSchema[]).forEach((child, i) => assertKnownKeywords(child, `${path}/${key}/${i}`));
    if (key === 'if' || key === 'then' || key === 'not') assertKnownKeywords(value as JsonSchema, `${path}/${key}`);
  }
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** JSON Schema counts string length in code points. */
const codePoints = (value: string) => [...value].length;
/** True when `value` is valid against `schema` (format is an annotation, as in 2020-12 by default). */
export const isValid = (schema: JsonSchema, value: unknown): boolean => {
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) return false;
  if (schema.enum && !schema.enum.some((entry) => JSON.stringify(entry) === JSON.stringify(value))) return false;
  if (schema.anyOf && !schema.anyOf.some((branch) => isValid(branch, value))) return false;
  if (schema.oneOf && schema.oneOf.filter((branch) => isValid(branch, value)).length !== 1) return false;
  if (schema.not && isValid(schema.not, value)) return false;
  switch (schema.type) {
    case undefined:
      // properties and required speak of objects only.
      return !isObject(value) || hasFields(schema, value);
    case 'string':
      return (
        typeof value === 'string' &&
        (schema.minLength === undefined || codePoints(value) >= schema.minLength) &&
        (schema.maxLength === undefined || codePoints(value) <= schema.maxLength) &&
        (schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(value))
      );
    case 'number':
    case 'integer':
      return (
        typeof value === 'number' &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum)
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return (
        Array.isArray(value) &&
        (schema.minItems === undefined || value.length >= schema.minItems) &&
        (schema.maxItems === undefined || value.length <= schema.maxItems) &&
        (!schema.items || value.every((item) => isValid(schema.items!, item)))
      );
    case 'object':
      return (
        isObject(value) && hasFields(schema, value) && (!schema.if || !hasFields(schema.if, value) || hasFields(schema.then ?? {}, value))
      );
  }
};

/** Whether an object has the required fields of `schema` and its fields are valid by it (an `if` or `then` has no type of its own). */
const hasFields = (schema: JsonSchema, value: Record<string, unknown>) =>
  (schema.required ?? []).every((key) => Object.hasOwn(value, key)) &&
  Object.entries(schema.properties ?? {}).every(([key, child]) => !Object.hasOwn(value, key) || isValid(child, value[key]));

/** The branch of a union that `value` takes, or the schema itself. */
const branchFor = (schema: JsonSchema, value: unknown): JsonSchema | undefined => {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!branches) return schema;
  return branches.find((branch) => isValid(branch, value));
};

// ---- JSON Pointers ----------------------------------------------------------

export const pointer = (segments: (string | number)[]) => segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

const segmentsOf = (path: string) => (path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));

/** Whether a JSON Pointer names a value in the document. */
export const resolves = (document: unknown, path: string): boolean => {
  if (!path.startsWith('/') && path !== '') return false;
  let node = document;
  for (const segment of segmentsOf(path)) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.length) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return false;
  }
  return true;
};

/** A pointer that resolves, or names a key missing from an object that resolves (where a required field belongs). */
export const pointsInto = (document: unknown, path: string): boolean => {
  if (resolves(document, path)) return true;
  const segments = segmentsOf(path);
  if (!segments.length) return false;
  const parent = pointer(segments.slice(0, -1));
  if (!resolves(document, parent)) return false;
  let node = document;
  for (const segment of segments.slice(0, -1)) node = (node as Record<string, unknown>)[segment];
  return isObject(node);
};

// ---- Where each string of a document sits ---------------------------------

export interface StringSite {
  /** JSON Pointer of the string in the document. */
  path: string;
  /** Where it sits in the schema, array indexes replaced by `*`. */
  location: string;
  value: string;
  schema: JsonSchema;
}

/**
 * Every string of a valid document with the schema that governs it. The
 * location names the union branch taken (`|index`), since two branches may
 * hold a field of the same name that shows differently.
 */
export const stringSites = (schema: JsonSchema, value: unknown, path: (string | number)[] = [], location = ''): StringSite[] => {
  let node = schema;
  let here = location;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const index = branches.findIndex((branch) => isValid(branch, value));
    if (index < 0) return [];
    node = branches[index]!;
    here = `${location}|${index}`;
  }
  if (typeof value === 'string') return [{ path: pointer(path), location: here, value, schema: node }];
  if (Array.isArray(value) && node.items) return value.flatMap((item, i) => stringSites(node.items!, item, [...path, i], `${here}/*`));
  if (isObject(value) && node.properties)
    return Object.entries(node.properties).flatMap(([key, child]) =>
      Object.hasOwn(value, key) ? stringSites(child, value[key], [...path, key], `${here}/${key}`) : [],
    );
  return [];
};

/** A string field that holds free text (not a fixed value, a date or a pattern). */
export const isFreeText = (schema: JsonSchema) => schema.type === 'string' && !schema.enum && !('const' in schema) && !schema.format && (!schema.pattern || schema.pattern === '\\S');

// ---- Documents ----------------------------------------------------------------

export interface Generators {
  /** Free text, URLs included; the generator fits it to length limits and the `\S` pattern. */
  text: fc.Arbitrary<string>;
  /** The most items an array gets above its minimum. */
  extraItems?: number;
}

const fit = (value: string, schema: JsonSchema) => {
  let text = value;
  if (schema.maxLength !== undefined && codePoints(text) > schema.maxLength) text = [...text].slice(0, schema.maxLength).join('');
  if (!/\S/u.test(text)) text = `x${text}`.slice(0, Math.max(1, schema.maxLength ?? Infinity));
  while (codePoints(text) < (schema.minLength ?? 0)) text += 'x';
  return text;
};

const realDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Valid documents for `schema`. Unknown extra fields are added now and then: they must only warn. */
export const documents = (schema: JsonSchema, generators: Generators): fc.Arbitrary<unknown> => {
  const extra = generators.extraItems ?? 3;
  const of = (node: JsonSchema): fc.Arbitrary<unknown> => {
    if ('const' in node) return fc.constant(node.const);
    if (node.enum) return fc.constantFrom(...node.enum);
    const branches = node.anyOf ?? node.oneOf;
    // Branches of an object that state rules between its fields (alt text or decorative): the object, kept where it keeps them.
    if (node.anyOf && node.type === 'object') {
      const { anyOf: _rules, ...object } = node;
      return of(object).filter((value) => isValid(node, value));
    }
    if (branches) return fc.oneof(...branches.map(of));
    switch (node.type) {
      case 'string':
        if (node.format === 'date') return realDate;
        if (node.pattern && node.pattern !== '\\S') return fc.stringMatching(new RegExp(node.pattern, 'u')).filter((s) => isValid(node, s));
        return generators.text.map((s) => fit(s, node));
      case 'integer':
        return fc.integer({ min: node.minimum ?? -1e9, max: node.maximum ?? 1e9 });
      case 'number':
        return fc.double({ min: node.minimum ?? -Number.MAX_VALUE, max: node.maximum ?? Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const min = node.minItems ?? 0;
        return fc.array(of(node.items ?? {}), { minLength: min, maxLength: Math.min(node.maxItems ?? Infinity, min + extra) });
      }
      case 'object': {
        const properties = node.properties ?? {};
        const record = fc.record(Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, of(child)])), {
          requiredKeys: node.required ?? [],
        }) as fc.Arbitrary<Record<string, unknown>>;
        return fc
          .tuple(node.if ? record.filter((value) => isValid(node, value)) : record, fc.option(fc.constantFrom('$comment', 'unknownField', 'colour'), { freq: 8 }))
          .map(([value, unknown]) => (unknown && !Object.hasOwn(properties, unknown) ? { ...value, [unknown]: 'extra' } : value));
      }
      default:
        // A field the schema leaves open (such as $schema): text, as documents hold there.
        return generators.text;
    }
  };
  return of(schema);
};

// ---- One field wrong ---------------------------------------------------------------

interface Site {
  path: (string | number)[];
  schema: JsonSchema;
  value: unknown;
}

const sites = (schema: JsonSchema, value: unknown, path: (string | number)[] = []): Site[] => {
  const here: Site = { path, schema, value };
  const node = branchFor(schema, value);
  if (!node) return [here];
  if (Array.isArray(value) && node.items) return [here, ...value.flatMap((item, i) => sites(node.items!, item, [...path, i]))];
  if (isObject(value) && node.properties)
    return [here, ...Object.entries(node.properties).flatMap(([key, child]) => (Object.hasOwn(value, key) ? sites(child, value[key], [...path, key]) : []))];
  return [here];
};

const COMMON_WRONG: unknown[] = [null, true, 0, -1.5, 'text', '', '   ', [], ['text'], {}, { text: 'text' }];

/** Replacement values that `schema` rejects. */
const wrongValues = (schema: JsonSchema): unknown[] => {
  const node = schema;
  const specific: unknown[] = [];
  if (node.maxLength !== undefined) specific.push('x'.repeat(node.maxLength + 1));
  if (node.enum || 'const' in node) specific.push('not-one-of-these');
  if (node.pattern) specific.push('no match here');
  if (node.minimum !== undefined) specific.push(node.minimum - 1);
  if (node.maximum !== undefined) specific.push(node.maximum + 1);
  if (node.type === 'integer') specific.push(0.5);
  if (node.minItems) specific.push([]);
  if (node.oneOf) specific.push({ type: 'no-such-kind' });
  return [...specific, ...COMMON_WRONG].filter((candidate) => !isValid(node, candidate));
};

export interface Mutation {
  document: unknown;
  /** JSON Pointer of the changed place. */
  path: string;
  kind: 'replaced' | 'removed';
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Makes one place of a valid document wrong: the `site`-th place (mod their
 * count) gets its `choice`-th wrong value, or loses a required field. Returns
 * undefined in the rare case where the change leaves the document valid.
 */
export const mutate = (schema: JsonSchema, document: unknown, site: number, choice: number): Mutation | undefined => {
  const all = sites(schema, document);
  const { path, schema: at, value } = all[site % all.length]!;
  const node = branchFor(at, value);
  const removable = node && isObject(value) ? (node.required ?? []) : [];
  const wrong = wrongValues(at);
  const pick = choice % (wrong.length + removable.length);
  const copy = clone(document);
  let mutation: Mutation;
  if (pick < wrong.length) {
    if (!path.length) return isValid(schema, wrong[pick]) ? undefined : { document: wrong[pick], path: '', kind: 'replaced' };
    const parent = path.slice(0, -1).reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], copy) as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = wrong[pick];
    mutation = { document: copy, path: pointer(path), kind: 'replaced' };
  } else {
    const key = removable[pick - wrong.length]!;
    const target = path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], copy) as Record<string, unknown>;
    delete target[key];
    mutation = { document: copy, path: pointer([...path, key]), kind: 'removed' };
  }
  return isValid(schema, mutation.document) ? undefined : mutation;
};
