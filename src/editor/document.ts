/**
 * The edited document as plain JSON, changed only through copies (so every
 * undo step keeps its own version), and the JSON Schema that draws the form.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type JsonSchema = {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  const?: string;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  format?: string;
  contentMediaType?: string;
};

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Escapes one JSON Pointer segment (RFC 6901). */
export const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

export const segments = (path: string): string[] =>
  path === '' ? [] : path.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The pointers from the root to `path`, both included: `/a/b` → `''`, `/a`, `/a/b`. */
export const pathsTo = (path: string): string[] => {
  const paths = [''];
  for (const key of segments(path)) paths.push(pointer(paths.at(-1)!, key));
  return paths;
};

export const getAt = (document: Json | undefined, path: string): Json | undefined => {
  let value: Json | undefined = document;
  for (const key of segments(path)) {
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isObject(value)) value = Object.hasOwn(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
};

/** A copy of `document` with `value` at `path`; `undefined` removes an object's field. Missing objects on the way are made. */
export const setAt = (document: Json | undefined, path: string, value: Json | undefined): Json | undefined => {
  const [key, ...rest] = segments(path);
  if (key === undefined) return value;
  const restPath = rest.map((part) => pointer('', part)).join('');
  // A missing list is made when its first entry is added.
  if (Array.isArray(document) || (document === undefined && /^\d+$/.test(key))) {
    const copy = [...((document as Json[] | undefined) ?? [])];
    const next = setAt(copy[Number(key)], restPath, value);
    if (next === undefined) copy.splice(Number(key), 1);
    else copy[Number(key)] = next;
    return copy;
  }
  const copy: JsonObject = isObject(document) ? { ...document } : {};
  const next = setAt(copy[key], restPath, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
};

/** The branch of a `tagged` union (JSON Schema `oneOf` of objects told apart by a `const` field) that a value takes. */
export const taggedBranch = (schema: JsonSchema, value: Json | undefined) => {
  const tagKey = tagKeyOf(schema);
  const tag = isObject(value) ? value[tagKey] : undefined;
  return schema.oneOf!.find((branch) => branch.properties?.[tagKey]?.const === tag);
};

/** The field whose `const` tells a `oneOf`'s branches apart, such as `type`. */
export const tagKeyOf = (schema: JsonSchema): string =>
  Object.entries(schema.oneOf?.[0]?.properties ?? {}).find(([, field]) => field.const !== undefined)?.[0] ?? 'type';

/** The branch of an `either` (JSON Schema `anyOf`) that a value takes: the list one for arrays, else the first. */
export const anyOfBranch = (schema: JsonSchema, value: Json | undefined) =>
  schema.anyOf!.find((branch) => branch.type === jsonType(value)) ?? schema.anyOf![0]!;

/** A value's JSON Schema type name; undefined for no value. */
const jsonType = (value: Json | undefined) =>
  value === undefined ? undefined : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;

/** The schema of the value at `path`, following the document's union branches; undefined past what the schema knows. */
export const schemaAt = (root: JsonSchema, document: Json | undefined, path: string): JsonSchema | undefined => {
  let schema: JsonSchema | undefined = root;
  let here = '';
  for (const key of segments(path)) {
    const value = getAt(document, here);
    if (schema?.oneOf) schema = taggedBranch(schema, value);
    if (schema?.anyOf) schema = anyOfBranch(schema, value);
    if (!schema) return undefined;
    if (schema.type === 'array') schema = schema.items;
    else if (schema.type === 'object' && !(schema.properties?.[key]?.const !== undefined)) schema = schema.properties?.[key];
    else return undefined;
    here = pointer(here, key);
  }
  return schema;
};

/**
 * What a new value of a schema starts as: objects with their required
 * fields, lists empty, text empty, a choice its first value. A required
 * number stays out, so the form shows it as missing rather than inventing a figure.
 */
export const initialValue = (schema: JsonSchema, tag?: string): Json | undefined => {
  if (schema.oneOf) {
    const branch = schema.oneOf.find((each) => each.properties?.[tagKeyOf(schema)]?.const === tag) ?? schema.oneOf[0]!;
    return initialValue(branch);
  }
  if (schema.anyOf) return initialValue(schema.anyOf[0]!);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0]!;
  switch (schema.type) {
    case 'object': {
      const value: JsonObject = {};
      for (const key of schema.required ?? []) {
        const field = initialValue(schema.properties![key]!);
        if (field !== undefined) value[key] = field;
      }
      return value;
    }
    case 'array':
      return [];
    case 'string':
      return '';
    case 'boolean':
      return false;
    default:
      return undefined;
  }
};
