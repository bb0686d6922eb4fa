import { pickLabels } from '../core/labels.js';

/** The editor's own controls and messages in English, the fallback; field titles come from the schemas (see `fieldLabels`). */
export const english = {
  editor: 'Content editor',
  form: 'Form',
  json: 'JSON',
  view: 'Edit as',
  undo: 'Undo',
  redo: 'Redo',
  open: 'Open a JSON file',
  download: 'Download JSON',
  copySnippet: 'Copy embed code',
  snippet: 'Embed code',
  copied: 'Embed code copied.',
  copyFailed: 'Could not copy: select the embed code and copy it yourself.',
  preview: 'Preview',
  language: 'Language',
  dark: 'Dark',
  rtl: 'Right to left',
  narrow: 'Narrow (320 px)',
  errorSummary: 'There is a problem',
  warning: 'Warning',
  error: 'Error',
  add: 'Add {name}',
  remove: 'Remove {name}',
  moveUp: 'Move {name} up',
  moveDown: 'Move {name} down',
  moved: '{name} moved to position {position}.',
  removed: '{name} removed.',
  added: '{name} added.',
  blockType: 'Type of block to add',
  addBlock: 'Add block',
  blockProblems: 'has problems',
  blockWarnings: 'has warnings',
  asText: 'As text',
  asList: 'As a list',
  asNumber: 'As a number',
  asDetails: 'With details',
  form_of: 'Form of {name}',
  percent: 'percent',
  optional: '(optional)',
  checkContent: 'Check content',
  noProblems: 'No problems found.',
  unknownBlock: 'This block has an unknown type; remove it or fix it in the JSON view.',
  jsonInvalid: 'The JSON has an error, so the form cannot show it yet: {message}',
  jsonKept: 'Fix the JSON error before going back to the form; your text is kept.',
  draftFound: 'An unsaved draft from {time} was found.',
  restore: 'Restore draft',
  discard: 'Discard draft',
  restored: 'Draft restored.',
  undone: 'Undone.',
  redone: 'Redone.',
  fileInvalid: 'The file {name} is not valid JSON; it is shown in the JSON view with its error.',
  formatHint: 'Press Alt+Arrow Up or Alt+Arrow Down in an entry to move it.',
  dateHint: 'For example 2025-03-31.',
  toolbar: 'Formatting for {name}',
  bold: 'Bold',
  emphasis: 'Emphasis',
  link: 'Link',
  list: 'Bulleted list',
  term: 'Glossary term',
  cite: 'Citation',
};

export type EditorLabels = Record<keyof typeof english, string>;

/**
 * The editor's labels in each other language, a file of its own that is
 * loaded only when a page in that language opens the editor: an author
 * works in one language, so the others cost a first open nothing.
 */
const otherLanguages: Record<string, () => Promise<{ labels: EditorLabels }>> = {
  es: () => import('./translations-es.js'),
};

/** The other languages' labels loaded so far; a language whose file could not load has none, and shows English. */
const loaded: Record<string, Partial<EditorLabels>> = {};
const loading: Record<string, Promise<void>> = {};
/** Labels picked per language tag, kept so that every field of a form gets the same object. */
const picked = new Map<string, EditorLabels>();

/**
 * Loads the labels of `language` the first time an editor shows in it;
 * undefined when there is nothing to wait for (English, a language without
 * labels, or one already loaded).
 */
export const loadLabels = (language: string): Promise<void> | undefined => {
  const primary = language.toLowerCase().split('-')[0]!;
  const load = otherLanguages[primary];
  if (!load || loaded[primary]) return undefined;
  return (loading[primary] ??= load().then(
    (module) => {
      loaded[primary] = module.labels;
      picked.clear();
    },
    (error: Error) => {
      loaded[primary] = {};
      console.warn(`care-editor: its ${primary} labels did not load, so it shows English (${error.message})`);
    },
  ));
};

/** The editor's labels in `language`, English for what it has not loaded. */
export const labelsFor = (language: string): EditorLabels => {
  let labels = picked.get(language);
  if (!labels) picked.set(language, (labels = pickLabels({ ...loaded, en: english }, language)));
  return labels;
};

/** A label with `{name}`-style slots filled in. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (slot, key: string) => String(values[key] ?? slot));
