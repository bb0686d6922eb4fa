export interface PlainLanguageSummary {
  lang: string;
  /** "Flesch–Kincaid" (English), "Crawford" (Spanish), or undefined for a language with no formula. */
  formula?: string;
  grade?: number;
  maxGrade: number;
  fields: number;
  words: number;
  sentences: number;
  aboveGrade: number;
  longSentences: number;
  termsBeforeDefinition: number;
}

/** Editorial errors and warnings for content of `tag`, each at its JSON Pointer, as `care-elements validate` reports them. */
export declare const editorialChecks: (
  tag: string,
  schema: object,
  document: unknown,
  options?: { lang?: string; maxGrade?: number; now?: string },
) => { errors: { path: string; message: string }[]; warnings: { path: string; message: string }[]; summary: PlainLanguageSummary };
