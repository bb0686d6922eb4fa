// Which element a content file is for, decided the same way by `validate` and
// `render`: --element, else the file's "$schema", else the nearest folder
// named after an element, else the element that knows the most of its fields.
import { dirname, resolve, sep } from 'node:path';

/** The runtime schemas by tag and their `validate`, as the build writes them for Node. */
export const loadContentSchemas = () => import('../dist/node/content-schemas.js');

/** `faq` or `care-faq` → `care-faq`, when that is an element; else undefined. */
export const tagOf = (name, tags) => {
  const tag = name.startsWith('care-') ? name : `care-${name}`;
  return tags.includes(tag) ? tag : undefined;
};

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Keys any document may carry, which say nothing about its element. */
const ANY_ELEMENT = new Set(['$schema', '$comment']);

const fieldsOf = (document) => (isObject(document) ? Object.keys(document).filter((key) => !ANY_ELEMENT.has(key)) : []);

const pointer = (key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

const listed = (names) => (names.length > 4 ? [...names.slice(0, 4), '…'] : names).join(', ');

/**
 * How one element's schema takes a document: which of its top-level fields it
 * knows, its errors, and every field it would ignore.
 */
const fit = (tag, document, { contentSchemas, validate }) => {
  const { errors, unknownFields } = validate(contentSchemas[tag], document);
  const unknown = new Set(unknownFields);
  return { tag, known: fieldsOf(document).filter((key) => !unknown.has(pointer(key))), errors, unknownFields };
};

/** More known fields first, then fewer errors, then fewer ignored fields at any depth. */
const closeness = (a, b) => b.known.length - a.known.length || a.errors.length - b.errors.length || a.unknownFields.length - b.unknownFields.length;

/**
 * The element whose fields the document has: the one that knows the most of
 * its top-level fields (an article has `blocks`, a FAQ `items`), more than
 * half of them, with fewer errors and ignored fields breaking ties. Gives
 * `{ tag, by: 'closest' }`, or `{ error, path }` when no element fits or two fit equally.
 */
export const closestElement = (document, schemas) => {
  const cannotTell = (reason) => ({ error: `cannot tell which element it is for (${reason}); pass --element`, path: '' });
  if (!isObject(document)) return cannotTell(`content is a JSON object, and this is ${Array.isArray(document) ? 'an array' : document === null ? 'null' : `a ${typeof document}`}`);
  const fields = fieldsOf(document);
  const ranked = Object.keys(schemas.contentSchemas)
    .map((tag) => fit(tag, document, schemas))
    .sort(closeness);
  const [best] = ranked;
  if (!best.known.length && fields.length) return cannotTell(`no element has a field named ${listed(fields)}`);
  const tied = ranked.filter((each) => closeness(each, best) === 0);
  if (tied.length > 1) return cannotTell(`it fits ${tied.map((each) => each.tag).join(' and ')} equally`);
  if (fields.length && best.known.length * 2 <= fields.length)
    return cannotTell(`${best.tag}, the closest, knows only ${best.known.length} of its ${fields.length} fields: ${listed(best.known)}`);
  return { tag: best.tag, by: 'closest' };
};

/**
 * The element that --element, the document's "$schema" or its folder names:
 * `{ tag, by }`, `{ error, path }` for a "$schema" that names no element's schema,
 * or undefined when nothing names one.
 */
export const declaredElement = (document, file, { element, tags }) => {
  if (element) return { tag: element, by: '--element' };
  const declared = isObject(document) ? document.$schema : undefined;
  if (typeof declared === 'string') {
    const tag = /(?:^|[/\\])(care-[a-z0-9-]+)\.schema\.json(?:[?#].*)?$/.exec(declared)?.[1];
    return tag && tags.includes(tag) ? { tag, by: '$schema' } : { error: `"$schema" names no care-elements schema: ${declared}`, path: '/$schema' };
  }
  const fromFolder = dirname(resolve(file))
    .split(sep)
    .reverse()
    .map((folder) => tagOf(folder, tags))
    .find(Boolean);
  return fromFolder ? { tag: fromFolder, by: 'folder' } : undefined;
};

/** The element a parsed document is for: `{ tag, by }` or `{ error, path }`; see `declaredElement` and `closestElement`. */
export const chooseElement = (document, file, { element, schemas }) =>
  declaredElement(document, file, { element, tags: Object.keys(schemas.contentSchemas) }) ?? closestElement(document, schemas);

/**
 * Why a document is not `tag` content at all, when it has fields and `tag`
 * knows none of them (every one would be ignored), naming the element it
 * looks like; else undefined.
 */
export const strangerProblem = (document, tag, schemas) => {
  const fields = fieldsOf(document);
  if (!fields.length || fit(tag, document, schemas).known.length) return undefined;
  const closest = closestElement(document, schemas);
  const hint = closest.tag && closest.tag !== tag ? `; it looks like ${closest.tag} content` : '';
  return `none of its fields (${listed(fields)}) is a ${tag} field, so it is not ${tag} content${hint}`;
};
