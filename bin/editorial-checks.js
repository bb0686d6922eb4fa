// Every editorial check on content the schema accepts, in one call, so that
// `care-elements validate` and <care-editor> report the same problems.
import { contentWarnings } from './content-warnings.js';
import { plainLanguageChecks } from './plain-language.js';

/**
 * Errors (only a grade above `maxGrade`), warnings and the plain-language
 * summary for `document`, content of the element `tag` whose JSON Schema is `schema`.
 */
export const editorialChecks = (tag, schema, document, { lang, maxGrade, now } = {}) => {
  const plain = plainLanguageChecks(schema, document, { lang, maxGrade });
  return { errors: plain.errors, warnings: [...contentWarnings(tag, document, now), ...plain.warnings], summary: plain.summary };
};
