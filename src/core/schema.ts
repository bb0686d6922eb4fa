/**
 * Content schemas: one definition per content type gives its TypeScript type
 * (`Infer`), its runtime validator (`validate`) and its JSON Schema
 * (`toJSONSchema`), so the three can never drift apart.
 *
 * Hand-written rather than a schema library because the content contract
 * needs two things the small libraries lack: lenient arrays (an invalid item
 * is reported and dropped while the rest renders) and warnings for unknown
 * fields, both with JSON Pointer paths.
 */
import { parseRichText } from './rich-text.js';

/** One problem in a content document; `path` is a JSON Pointer. */
export interface ContentIssue {
  path: string;
  message: string;
}

/** Field documentation, copied into the JSON Schema. */
export interface Doc {
  title?: string;
  description?: string;
}

export type JsonSchema = Record<string, unknown>;

/** What `collect` found: a glossary entry, a cited work, a rich text or a source id, with its path. */
type Found = ['term' | 'source' | 'text' | 'cites', any, string];

interface Context {
  errors: ContentIssue[];
  unknownFields: string[];
  found: Found[];
}

const INVALID = Symbol('invalid');
type Parsed<T> = T | typeof INVALID;

export interface Schema<T> {
  /** Returns the value (possibly with invalid array items removed) or INVALID. */
  readonly parse: (value: unknown, path: string, context: Context) => Parsed<T>;
  readonly json: () => JsonSchema;
  /** Present only on schemas made by `optional()`. */
  readonly isOptional?: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Escapes one JSON Pointer segment (RFC 6901). */
const pointer = (path: string, key: string | number) =>
  `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'string') return value === '' ? 'an empty string' : 'a string';
  if (type === 'object') return 'an object';
  return `a ${type}`;
};

/**
 * A wrong value as an error message shows it: short strings, numbers and
 * literals as JSON, anything else by its kind. Stringifying arbitrary input
 * could throw (too deep) or flood the console (too big).
 */
const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return value === undefined ? 'nothing' : describe(value);
};

const fail = (context: Context, path: string, message: string): typeof INVALID => {
  context.errors.push({ path, message });
  return INVALID;
};

const withDoc = (json: JsonSchema, doc: Doc | undefined): JsonSchema => ({ ...doc, ...json });

export interface StringOptions extends Doc {
  /** Empty or blank strings are rejected unless this is true. */
  allowEmpty?: boolean;
  maxLength?: number;
  /** A JSON Schema `format` (documentation only, e.g. "uri-reference"). */
  format?: string;
  /** A JSON Schema `contentMediaType` (documentation only): "text/markdown" marks text in the inline markup, which forms edit with a toolbar. */
  contentMediaType?: string;
  /** Extra check; returns a message when the value is not acceptable. */
  check?: (value: string) => string | undefined;
  pattern?: RegExp;
  patternMessage?: string;
}

export const string = (options: StringOptions = {}): Schema<string> => {
  // `contentMediaType` stays with the docs, which the JSON Schema copies (and browser builds strip).
  const { allowEmpty, maxLength, format, check, pattern, patternMessage, ...doc } = options;
  return {
    parse(value, path, context) {
      if (typeof value !== 'string') return fail(context, path, `expected a string, got ${describe(value)}`);
      if (!allowEmpty && value.trim() === '') return fail(context, path, 'must not be empty');
      if (maxLength !== undefined && value.length > maxLength)
        return fail(context, path, `must be at most ${maxLength} characters (got ${value.length})`);
      if (pattern && !pattern.test(value)) return fail(context, path, patternMessage ?? `must match ${pattern}`);
      const problem = check?.(value);
      return problem ? fail(context, path, problem) : value;
    },
    json: () =>
      withDoc(
        {
          type: 'string',
          ...(allowEmpty ? {} : { minLength: 1, pattern: pattern?.source ?? '\\S' }),
          ...(allowEmpty && pattern ? { pattern: pattern.source } : {}),
          ...(maxLength !== undefined ? { maxLength } : {}),
          ...(format ? { format } : {}),
        },
        doc,
      ),
  };
};

/** One of a fixed list of strings, given `as const` so the list drives the type. */
export const oneOf = <const V extends readonly string[]>(values: V, doc?: Doc): Schema<V[number]> => ({
  parse: (value, path, context) =>
    values.includes(value as string)
      ? (value as V[number])
      : fail(context, path, `expected one of ${values.map((v) => `"${v}"`).join(', ')}, got ${show(value)}`),
  json: () => withDoc({ type: 'string', enum: [...values] }, doc),
});

export interface NumberOptions extends Doc {
  minimum?: number;
  maximum?: number;
  integer?: boolean;
}

export const number = (options: NumberOptions = {}): Schema<number> => {
  const { minimum, maximum, integer, ...doc } = options;
  const range =
    minimum !== undefined && maximum !== undefined
      ? ` between ${minimum} and ${maximum}`
      : minimum !== undefined
        ? ` of at least ${minimum}`
        : maximum !== undefined
          ? ` of at most ${maximum}`
          : '';
  const kind = integer ? 'an integer' : 'a number';
  return {
    parse(value, path, context) {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!integer || Number.isInteger(value)) &&
        (minimum === undefined || value >= minimum) &&
        (maximum === undefined || value <= maximum);
      return ok ? (value as number) : fail(context, path, `expected ${kind}${range}, got ${show(value)}`);
    },
    json: () =>
      withDoc(
        {
          type: integer ? 'integer' : 'number',
          ...(minimum !== undefined ? { minimum } : {}),
          ...(maximum !== undefined ? { maximum } : {}),
        },
        doc,
      ),
  };
};

export const boolean = (doc?: Doc): Schema<boolean> => ({
  parse: (value, path, context) =>
    typeof value === 'boolean' ? value : fail(context, path, `expected true or false, got ${describe(value)}`),
  json: () => withDoc({ type: 'boolean' }, doc),
});

export interface ArrayOptions extends Doc {
  minItems?: number;
  maxItems?: number;
  /**
   * Report invalid items and leave them out instead of rejecting the whole
   * array, so one bad FAQ entry does not hide the good ones.
   */
  lenient?: boolean;
}

export const array = <T>(item: Schema<T>, options: ArrayOptions = {}): Schema<T[]> => {
  const { minItems, maxItems, lenient, ...doc } = options;
  return {
    parse(value, path, context) {
      if (!Array.isArray(value)) return fail(context, path, `expected an array, got ${describe(value)}`);
      const items: T[] = [];
      let invalid = false;
      value.forEach((entry, index) => {
        const parsed = item.parse(entry, pointer(path, index), context);
        if (parsed === INVALID) invalid = true;
        else items.push(parsed);
      });
      if (invalid && !lenient) return INVALID;
      const count = lenient ? items.length : value.length;
      if (minItems !== undefined && count < minItems)
        return fail(context, path, `expected at least ${minItems} valid item${minItems === 1 ? '' : 's'}, got ${count}`);
      if (maxItems !== undefined && count > maxItems)
        return fail(context, path, `expected at most ${maxItems} items, got ${count}`);
      return items;
    },
    json: () =>
      withDoc(
        {
          type: 'array',
          items: item.json(),
          ...(minItems !== undefined ? { minItems } : {}),
          ...(maxItems !== undefined ? { maxItems } : {}),
        },
        doc,
      ),
  };
};

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly isOptional: true;
}

export const optional = <T>(schema: Schema<T>): OptionalSchema<T> => ({
  ...(schema as Schema<T | undefined>),
  isOptional: true,
});

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { isOptional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

/** Keys every document may carry without a warning. */
const KNOWN_EVERYWHERE = new Set(['$schema', '$comment']);

export const object = <S extends Shape>(shape: S, doc?: Doc): Schema<ObjectOf<S>> => {
  const keys = Object.keys(shape);
  return {
    parse(value, path, context) {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail(context, path, `expected an object, got ${describe(value)}`);
      const input = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      let invalid = false;
      for (const key of keys) {
        const field = shape[key]!;
        const fieldPath = pointer(path, key);
        const fieldValue = Object.hasOwn(input, key) ? input[key] : undefined;
        if (fieldValue === undefined) {
          if (!field.isOptional) {
            fail(context, fieldPath, 'is required');
            invalid = true;
          }
          continue;
        }
        const parsed = field.parse(fieldValue, fieldPath, context);
        if (parsed === INVALID) invalid = true;
        else result[key] = parsed;
      }
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(shape, key) && !KNOWN_EVERYWHERE.has(key)) context.unknownFields.push(pointer(path, key));
      }
      return invalid ? INVALID : (result as ObjectOf<S>);
    },
    json: () =>
      withDoc(
        {
          type: 'object',
          properties: Object.fromEntries(keys.map((key) => [key, shape[key]!.json()])),
          required: keys.filter((key) => !shape[key]!.isOptional),
        },
        doc,
      ),
  };
};

/**
 * A schema with a further check on the value it accepted, for rules between
 * fields. `check` returns problems with paths relative to the value
 * ("/proportion"); any problem makes it invalid. `rules.json` states the same
 * rule in the JSON Schema (browser builds drop it, as they drop every writer).
 */
export const refine = <T>(schema: Schema<T>, check: (value: T) => ContentIssue[], rules: { json?: () => JsonSchema } = {}): Schema<T> => ({
  ...schema,
  parse(value, path, context) {
    const parsed = schema.parse(value, path, context);
    if (parsed === INVALID) return INVALID;
    const issues = check(parsed);
    for (const issue of issues) fail(context, path + issue.path, issue.message);
    return issues.length ? INVALID : parsed;
  },
  json: () => ({ ...schema.json(), ...rules.json?.() }),
});

/**
 * A schema whose valid values are noted for the check across the document in
 * `validate`: glossary entries and cited works, and the rich texts and
 * source ids that name them.
 */
export const collect = <T>(schema: Schema<T>, kind: Found[0]): Schema<T> => ({
  ...schema,
  parse(value, path, context) {
    const parsed = schema.parse(value, path, context);
    if (parsed !== INVALID) context.found.push([kind, parsed, path]);
    return parsed;
  },
});

/** Either of two schemas: the first that accepts the value wins. */
export const either = <A, B>(first: Schema<A>, second: Schema<B>, message: string, doc?: Doc): Schema<A | B> => ({
  parse(value, path, context) {
    for (const schema of [first, second] as Schema<A | B>[]) {
      const trial: Context = { errors: [], unknownFields: [], found: [] };
      const parsed = schema.parse(value, path, trial);
      if (parsed !== INVALID) {
        context.errors.push(...trial.errors);
        context.unknownFields.push(...trial.unknownFields);
        context.found.push(...trial.found);
        return parsed;
      }
    }
    return fail(context, path, message);
  },
  json: () => withDoc({ anyOf: [first.json(), second.json()] }, doc),
});

type Variants = Record<string, Schema<Record<string, unknown>>>;
export type TaggedOf<K extends string, V extends Variants> = {
  [T in keyof V & string]: Simplify<{ [P in K]: T } & Infer<V[T]>>;
}[keyof V & string];

/** A union told apart by a string field such as `type`. */
export const tagged = <K extends string, V extends Variants>(key: K, variants: V, doc?: Doc): Schema<TaggedOf<K, V>> => {
  const names = Object.keys(variants);
  return {
    parse(value, path, context) {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return fail(context, path, `expected an object, got ${describe(value)}`);
      const tag = (value as Record<string, unknown>)[key];
      const variant = typeof tag === 'string' && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
      if (!variant)
        return fail(
          context,
          pointer(path, key),
          `expected one of ${names.map((n) => `"${n}"`).join(', ')}, got ${show(tag)}`,
        );
      const { [key]: _tag, ...rest } = value as Record<string, unknown>;
      const parsed = variant.parse(rest, path, context);
      return parsed === INVALID ? INVALID : ({ [key]: tag, ...parsed } as TaggedOf<K, V>);
    },
    json: () =>
      withDoc(
        {
          oneOf: names.map((name) => {
            const json = variants[name]!.json();
            return {
              ...json,
              properties: { [key]: { const: name }, ...(json.properties as object) },
              required: [key, ...((json.required as string[]) ?? [])],
            };
          }),
        },
        doc,
      ),
  };
};

export interface ValidationResult<T> {
  /** The usable content, when there is any (invalid lenient items removed). */
  value?: T;
  /** Every problem found; with a value present they concern left-out items. */
  errors: ContentIssue[];
  /** JSON Pointers of fields the schema does not know, which were ignored. */
  unknownFields: string[];
  /** The glossary entries the document defines, and those it inherited, by lower-case term and id. */
  terms: Map<string, any>;
}

/**
 * Validates `input`. Every glossary term and citation marked in its rich
 * text, and every source named by id, must name an entry of the document or
 * of `inherited` (an enclosing article's); one that does not is an error at
 * its field, and shows as plain text. Cited works are kept under "^" and their id.
 */
export const validate = <T>(schema: Schema<T>, input: unknown, inherited?: Map<string, any>): ValidationResult<T> => {
  const context: Context = { errors: [], unknownFields: [], found: [] };
  const parsed = schema.parse(input, '', context);
  const terms = new Map(inherited);
  for (const [kind, value] of context.found) {
    if (kind === 'term') for (const key of [value.term, value.id]) if (key) terms.set(key.toLowerCase(), value);
    if (kind === 'source' && value.id) terms.set(`^${value.id}`, value);
  }
  const check = (path: string, key: string, what: string) => terms.has(key) || fail(context, path, `names no ${what}`);
  for (const [kind, value, path] of context.found) {
    if (kind === 'cites') check(path, `^${value}`, `source "${value}"`);
    if (kind === 'text')
      for (const { tag, key } of parseRichText(value).markers)
        tag === 'cite' ? check(path, `^${key}`, `source "${key}"`) : check(path, key.toLowerCase(), `glossary entry "${key}"`);
  }
  const { errors, unknownFields } = context;
  return parsed === INVALID ? { errors, unknownFields, terms } : { value: parsed, errors, unknownFields, terms };
};

/**
 * Documents the `$schema` key that every document may carry, so editors
 * offer it. No type: the elements ignore the key, so the schema accepts any value.
 */
const SCHEMA_KEY: JsonSchema = {
  title: 'Schema',
  description: 'URL or path of this JSON Schema (a string); editors use it to check and complete the document, and `care-elements validate` to pick the element.',
};

const KIND_NAMES: Record<string, string> = { string: 'text', array: 'a list', object: 'an object', number: 'a number', integer: 'a number', boolean: 'yes or no' };

/**
 * Docs for what a form builder needs a label for but the definitions leave
 * undocumented: list entries and union branches take the docs of the field
 * holding them ("One of “Results”", "How it works as text"), and the tag of
 * a `tagged` union says which kind it marks. Done here rather than in the
 * combinators, so browser builds do not carry the texts.
 */
const inheritDocs = (json: JsonSchema): JsonSchema => {
  const { title, description } = json as Doc;
  const adopt = (child: JsonSchema, childTitle: string | undefined): JsonSchema =>
    inheritDocs({ ...child, title: child.title ?? childTitle, description: child.description ?? description });
  const documentTag = (key: string, field: JsonSchema): JsonSchema =>
    field.const === undefined || field.title
      ? field
      : { title: key.charAt(0).toUpperCase() + key.slice(1), description: `Says which kind this is: "${String(field.const)}".`, ...field };
  const result: JsonSchema = { ...json };
  if (json.properties)
    result.properties = Object.fromEntries(
      Object.entries(json.properties as Record<string, JsonSchema>).map(([key, field]) => [key, inheritDocs(documentTag(key, field))]),
    );
  if (json.items) result.items = adopt(json.items as JsonSchema, title && `One of “${title}”`);
  for (const keyword of ['anyOf', 'oneOf'])
    if (json[keyword])
      result[keyword] = (json[keyword] as JsonSchema[]).map((branch) => adopt(branch, title && `${title} as ${KIND_NAMES[branch.type as string] ?? 'another form'}`));
  return result;
};

export const toJSONSchema = (schema: Schema<unknown>, id: string): JsonSchema => {
  const json = inheritDocs(schema.json());
  const properties = json.properties as Record<string, JsonSchema> | undefined;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    ...json,
    ...(properties ? { properties: { $schema: SCHEMA_KEY, ...properties } } : {}),
  };
};
