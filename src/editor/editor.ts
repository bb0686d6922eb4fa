import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { defineElement } from '../core/define.js';
import { languageOf } from '../core/labels.js';
import { validate, type ContentIssue, type Schema } from '../core/schema.js';
import {
  anyOfBranch,
  getAt,
  initialValue,
  isObject,
  pathsTo,
  pointer,
  schemaAt,
  segments,
  setAt,
  tagKeyOf,
  taggedBranch,
  type Json,
  type JsonSchema,
} from './document.js';
import { contentSchemas } from './elements.js';
import { editorStyles } from './styles.js';
import { formats, type Selection } from './toolbar.js';
import { fill, labelsFor, loadLabels, type EditorLabels } from './translations.js';

const JSON_SCRIPT = ':scope > script[type="application/json"]';
/** Marks content given through the `value` property, which wins over a JSON script child. */
const FROM_VALUE = Symbol('value');
/** Keystrokes in one field within this many ms are one undo step. */
const COALESCE_MS = 1000;
const HISTORY_LIMIT = 200;
const AUTOSAVE_MS = 300;
const DEFAULT_SCRIPT = 'https://unpkg.com/care-elements/dist/care-elements.js';
/** The buttons that move a list's entry: the end of their id, the step, and their label. */
const MOVES = [
  ['up', -1, 'moveUp'],
  ['down', 1, 'moveDown'],
] as const;
const PREVIEW_LANGUAGES = [
  ['en', 'English'],
  ['es', 'Español'],
] as const;

type EditorialChecks = typeof import('../../bin/editorial-checks.js').editorialChecks;
/** The checks of `care-elements validate`, loaded apart from the form when an editor first checks content: they carry a syllable counter. */
let editorialChecks: EditorialChecks | undefined;
let checksLoading: Promise<unknown> | undefined;
const loadChecks = () =>
  (checksLoading ??= import('../../bin/editorial-checks.js').then(
    (module) => (editorialChecks = module.editorialChecks),
    (error: Error) => console.warn(`care-editor: the editorial checks did not load, so no warnings show (${error.message})`),
  ));

/** A title and description for a field, replacing the schema's English ones. */
export interface FieldLabel {
  title?: string;
  description?: string;
}

/** Where each shown problem is drawn: the JSON Pointer of the nearest field the form has. */
interface Placed extends ContentIssue {
  anchor: string;
}

/**
 * The id of the control (or group) for the field at a JSON Pointer: `f` and
 * the pointer, with every character that is not a letter, digit, "-" or "_"
 * written as `.` and its code. A list's add button is the list's id plus
 * `-add`; an entry's buttons add `-up`, `-down` and `-remove`.
 */
export const fieldId = (path: string) => `f${path.replace(/[^\w-]/g, (c) => `.${c.charCodeAt(0).toString(16)}`)}`;

/** `/items/3/question` → `/items/*\/question`, the key of `fieldLabels`. */
const patternOf = (path: string) => segments(path).reduce((pattern, key) => pointer(pattern, /^\d+$/.test(key) ? '*' : key), '');

const isRichText = (schema: JsonSchema) => schema.contentMediaType === 'text/markdown';
const isProportion = (schema: JsonSchema) => schema.type === 'number' && schema.minimum === 0 && schema.maximum === 1;

/** Numbers are typed as text so nothing typed is lost: what is not a number is kept as typed, and the schema reports it. */
const parseNumber = (text: string, scale = 1): Json => {
  const number = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(number) ? Math.round(number * 1e6) / 1e6 / scale : text;
};

/** JSON as the JSON view, a downloaded file and the embed code show it. */
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** JSON for inside a `<script>` element: `<` escaped so no text can close it. */
const scriptJson = (value: unknown) => pretty(value).replace(/</g, '\\u003c');

/**
 * A form for any care element's content, drawn from the element's content
 * schema, with the element itself as a live preview. Each problem shows at
 * its field, with a summary above the form after a submit attempt; editorial
 * warnings come from the same checks as `care-elements validate`. Edits can
 * be undone and are saved as a draft in the browser. Form-associated: inside
 * a `<form>` it submits its JSON under its `name`, reports its validity and
 * resets.
 *
 * @tagname care-editor
 * @summary Schema-driven content form with live preview, for any care element.
 *
 * @fires input - The author changed the content; read it from `value`.
 *
 * @cssprop [--care-editor-error=light-dark(#b3261e, #ffb4ab)] - Colour that marks fields with errors.
 * @cssprop [--care-editor-warning=light-dark(#8a5300, #ffcc80)] - Colour that marks editorial warnings.
 */
export class CareEditor extends LitElement {
  static formAssociated = true;
  static override styles = [editorStyles];

  static override get properties() {
    return {
      element: { reflect: true },
      name: { reflect: true },
      content: { converter: { fromAttribute: (value: string | null) => value } },
      fieldLabels: { attribute: false },
      scriptSrc: { attribute: 'script-src' },
      autosaveKey: { attribute: 'autosave-key' },
      noAutosave: { type: Boolean, attribute: 'no-autosave' },
      document: { state: true },
      view: { state: true },
      jsonText: { state: true },
      jsonError: { state: true },
      showSummary: { state: true },
      draft: { state: true },
      status: { state: true },
      previewLanguage: { state: true },
      previewDark: { state: true },
      previewRtl: { state: true },
      previewNarrow: { state: true },
      snippetOpen: { state: true },
    };
  }

  /** The tag of the element whose content is edited, such as `care-faq`. */
  element = 'care-faq';

  /** The name the JSON is submitted under in a form. */
  declare name?: string;

  /** Content to start from, as a JSON string (attribute) or an object; a child `<script type="application/json">` also works. */
  declare content?: string | object | null;

  /** Field titles and descriptions in another language, keyed by JSON Pointer with `*` for list positions: `{ "/items/*\/question": { title: "Pregunta" } }`. */
  fieldLabels: Record<string, FieldLabel> = {};

  /** The script the copied embed code loads. */
  scriptSrc = DEFAULT_SCRIPT;

  /** Names the draft kept in localStorage (with the element's tag); default: the page path and the editor's name or id. */
  declare autosaveKey?: string;

  /** Keeps no draft in the browser. */
  noAutosave = false;

  private document: Json | undefined = undefined;
  private view: 'form' | 'json' = 'form';
  private jsonText = '';
  private jsonError?: string;
  private showSummary = false;
  private draft?: { time: number; value: Json };
  private status = '';
  private previewLanguage?: string;
  private previewDark = false;
  private previewRtl = false;
  private previewNarrow = false;
  /** The embed code is written out only while it is shown: for a long document it is large. */
  private snippetOpen = false;

  #internals: ElementInternals;
  #initial: Json | undefined;
  #history: (Json | undefined)[] = [];
  #historyIndex = -1;
  #lastEdit?: { path: string; time: number };
  #touched = new Set<string>();
  #schema?: Schema<unknown>;
  /** The element whose schema `#schema` is. */
  #schemaElement?: string;
  #jsonSchema: JsonSchema = {};
  #errors: Placed[] = [];
  #warnings: Placed[] = [];
  #previewValue?: unknown;
  #preview?: HTMLElement;
  #autosaveTimer?: ReturnType<typeof setTimeout>;
  #loadedFrom: unknown;
  #pendingFocus?: { id: string; select?: [number, number] };
  #childObserver?: MutationObserver;
  #errorsAt = new Map<string, Placed[]>();
  #warningsAt = new Map<string, Placed[]>();
  /** For every path, the problems shown inside it, as text: an entry of a list is drawn again only when its value or these change. */
  #shownInside = new Map<string, string>();
  /**
   * Blocks (entries of a list of block types) whose fields are drawn. The
   * others show their name and first words: an article opens as an outline,
   * fast, and a block opens when the author opens it, adds it or is sent to it.
   */
  #openBlocks = new Set<string>();

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.addEventListener('invalid', (event) => {
      // The editor shows its own summary instead of the browser's bubble. Scripts
      // that check validity while the author types must not take their focus, so
      // focus moves to the summary only from outside the editor (a submit button).
      event.preventDefault();
      this.#showProblems(!this.matches(':focus-within'));
    });
    this.addEventListener('keydown', (event) => this.#onKeydown(event));
  }

  /** The content as edited: plain JSON, possibly invalid while the author works. */
  get value(): Json | undefined {
    return this.document;
  }

  /** Nothing (`undefined` or `null`) starts a new, empty document. */
  set value(value: unknown) {
    this.#loadedFrom = FROM_VALUE;
    if (this.#schemaElement !== this.element) this.#useElement();
    this.#load(value == null ? initialValue(this.#jsonSchema) : (structuredClone(value) as Json));
  }

  /** The form the editor belongs to. */
  get form() {
    return this.#internals.form;
  }

  /** The problems that keep the content from being valid, each with its JSON Pointer. */
  get errors(): ContentIssue[] {
    return this.#errors.map(({ path, message }) => ({ path, message }));
  }

  /** Editorial warnings about valid content, each with its JSON Pointer. */
  get warnings(): ContentIssue[] {
    return this.#warnings.map(({ path, message }) => ({ path, message }));
  }

  checkValidity() {
    return this.#internals.checkValidity();
  }

  reportValidity() {
    return this.#internals.reportValidity();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#childObserver ??= new MutationObserver(() => this.#readSources());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  formResetCallback() {
    this.#load(structuredClone(this.#initial));
  }

  formStateRestoreCallback(state: string | File | FormData | null) {
    if (typeof state !== 'string') return;
    try {
      this.#load(JSON.parse(state) as Json, { keepInitial: true });
    } catch {
      // A state the browser kept is the editor's own JSON; anything else is ignored.
    }
  }

  /** On a page in another language, the editor first draws once its labels are loaded, rather than in English and then again. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadLabels(languageOf(this));
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.#schemaElement !== this.element) this.#useElement();
    if (changed.has('content') || this.#loadedFrom === undefined) this.#readSources();
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('document') || changed.has('element') || keys.has('previewLanguage')) this.#check();
    this.#collectShown();
  }

  /** Groups the problems by field, and notes which are shown inside each group. */
  #collectShown() {
    const byAnchor = (issues: Placed[]) => {
      const map = new Map<string, Placed[]>();
      for (const issue of issues) map.set(issue.anchor, [...(map.get(issue.anchor) ?? []), issue]);
      return map;
    };
    this.#errorsAt = byAnchor(this.#errors.filter((issue) => this.#shown(issue.anchor)));
    this.#warningsAt = byAnchor(this.#warnings);
    this.#shownInside = new Map();
    for (const [kind, map] of [
      ['e', this.#errorsAt],
      ['w', this.#warningsAt],
    ] as const)
      for (const [anchor, issues] of map) {
        const text = `${kind}${anchor}:${issues.map((issue) => issue.message).join(';')}\n`;
        for (const prefix of pathsTo(anchor)) this.#shownInside.set(prefix, (this.#shownInside.get(prefix) ?? '') + text);
      }
  }

  protected override updated(changed: PropertyValues<this>) {
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('document') || changed.has('element')) {
      const json = JSON.stringify(this.document ?? null);
      this.#internals.setFormValue(json, json);
      const first = this.#errors[0];
      if (first) {
        const anchor = this.#byId(fieldId(first.anchor)) ?? undefined;
        this.#internals.setValidity({ customError: true }, `${this.#trail(first.anchor)}: ${first.message}`, anchor);
      } else this.#internals.setValidity({});
      if (this.#preview && this.#previewValue !== undefined) (this.#preview as HTMLElement & { content: unknown }).content = this.#previewValue;
    }
    if (this.#pendingFocus) {
      const { id, select } = this.#pendingFocus;
      this.#pendingFocus = undefined;
      const target = this.#byId(id);
      target?.focus();
      if (select && target instanceof HTMLTextAreaElement) target.setSelectionRange(...select);
    }
  }

  /** The element of the editor's form with this id. */
  #byId<T extends HTMLElement = HTMLElement>(id: string) {
    return this.renderRoot.querySelector<T>(`#${CSS.escape(id)}`);
  }

  /** The editor's strings in the page's language. */
  get #labels(): EditorLabels {
    return labelsFor(languageOf(this));
  }

  #useElement() {
    const schema = contentSchemas[this.element];
    this.#schemaElement = this.element;
    if (!schema) {
      console.warn(`care-editor: unknown element "${this.element}"; expected one of ${Object.keys(contentSchemas).join(', ')}`);
      return;
    }
    this.#schema = schema;
    this.#jsonSchema = schema.json() as JsonSchema;
    this.#preview = document.createElement(this.element);
    // The feedback widget shows only where something collects its answers; in a preview, the page (this editor) takes them.
    if (this.element === 'care-feedback') this.#preview.setAttribute('collect', 'event');
    this.#previewValue = undefined;
  }

  /** Content from the `content` property or attribute, else a JSON script child, else a new empty document. */
  #readSources() {
    if (!this.#schema) return;
    const script = this.querySelector(JSON_SCRIPT)?.textContent;
    if (this.#loadedFrom === FROM_VALUE && this.content == null) return;
    const source = this.content ?? (script?.trim() ? script : undefined);
    if (source === this.#loadedFrom && this.#loadedFrom !== undefined) return;
    this.#loadedFrom = source ?? null;
    if (typeof source === 'string') {
      try {
        this.#load(JSON.parse(source) as Json);
      } catch (error) {
        // Never discarded: the text goes to the JSON view with its error.
        this.#load(initialValue(this.#jsonSchema));
        this.#setJson(source, (error as Error).message);
      }
    } else this.#load(source !== undefined ? (structuredClone(source) as Json) : initialValue(this.#jsonSchema));
  }

  /** Starts over from `value`: a new undo history, and the value reset returns to. */
  #load(value: Json | undefined, { keepInitial = false } = {}) {
    if (!keepInitial) this.#initial = structuredClone(value);
    this.document = value;
    this.#history = [value];
    this.#historyIndex = 0;
    this.#lastEdit = undefined;
    this.#touched.clear();
    this.#openBlocks.clear();
    this.showSummary = false;
    this.#setJson();
    this.#offerDraft();
  }

  /** Validates the document, places each problem at its field, and picks what the preview shows. */
  #check() {
    if (!this.#schema) return;
    const { value, errors } = validate(this.#schema, this.document);
    const place = (issue: ContentIssue): Placed => ({ ...issue, anchor: this.#anchorOf(issue.path) });
    this.#errors = errors.map(place);
    let warnings: ContentIssue[] = [];
    if (editorialChecks)
      try {
        // The checks read the document as typed, as the CLI reads a file, so their pointers name the fields shown;
        // its language is the one it is previewed in.
        warnings = editorialChecks(this.element, this.#jsonSchema, this.document, { lang: this.previewLanguage ?? languageOf(this) }).warnings;
      } catch {
        // The checks read content the schema accepts; half-typed content may trip them, and is warned about once valid.
      }
    else
      void loadChecks().then(() => {
        if (!editorialChecks) return;
        this.#check();
        this.requestUpdate();
      });
    this.#warnings = warnings.map(place);
    if (value !== undefined) this.#previewValue = value;
  }

  /** The nearest field the form draws for a JSON Pointer: the path itself, or the closest enclosing group. */
  #anchorOf(path: string): string {
    return pathsTo(path)
      .reverse()
      .find((prefix) => prefix === '' || schemaAt(this.#jsonSchema, this.document, prefix))!;
  }

  /** A field's place in words: "Questions › 3 › Answer". */
  #trail(path: string): string {
    const names: string[] = [];
    let here = '';
    for (const key of segments(path)) {
      here = pointer(here, key);
      names.push(/^\d+$/.test(key) ? String(Number(key) + 1) : this.#doc(here, schemaAt(this.#jsonSchema, this.document, here) ?? {}).title ?? key);
    }
    return names.join(' › ') || this.#doc('', this.#jsonSchema).title || this.element;
  }

  /** The title and description of a field, from `fieldLabels` when given there. */
  #doc(path: string, schema: JsonSchema): FieldLabel {
    const translated = this.fieldLabels[patternOf(path)];
    return { title: translated?.title ?? schema.title, description: translated?.description ?? schema.description };
  }

  // ---- Editing ---------------------------------------------------------------

  /** Changes the value at `path`; typing in one field makes one undo step. */
  #edit(path: string, value: Json | undefined, { coalesce = false } = {}) {
    const now = Date.now();
    const merge = coalesce && this.#lastEdit?.path === path && now - this.#lastEdit.time < COALESCE_MS;
    this.document = setAt(this.document, path, value);
    this.#history = this.#history.slice(0, this.#historyIndex + 1);
    if (merge) this.#history[this.#historyIndex] = this.document;
    else {
      this.#history.push(this.document);
      if (this.#history.length > HISTORY_LIMIT) this.#history.shift();
      this.#historyIndex = this.#history.length - 1;
    }
    this.#lastEdit = coalesce ? { path, time: now } : undefined;
    this.#touched.add(path);
    // Typing's own input event already leaves the shadow root (it is composed); other changes announce themselves.
    this.#changed(!coalesce);
  }

  #changed(announce = true) {
    if (announce) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.#scheduleAutosave();
  }

  /** Shows a message in the status line, which screen readers announce. */
  #say(label: keyof EditorLabels, values: Record<string, string | number> = {}) {
    this.status = fill(this.#labels[label], values);
  }

  /** Undoes (`-1`) or redoes (`1`) one step. */
  #travel(step: -1 | 1) {
    const index = this.#historyIndex + step;
    if (index < 0 || index >= this.#history.length) return;
    this.#historyIndex = index;
    this.#lastEdit = undefined;
    this.document = this.#history[index];
    this.#setJson();
    this.#say(step < 0 ? 'undone' : 'redone');
    this.#changed();
  }

  #onKeydown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.#travel(-1);
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.#travel(1);
    else return;
    event.preventDefault();
  }

  // ---- Drafts ------------------------------------------------------------------

  get #draftKey() {
    const where = typeof location === 'undefined' ? '' : location.pathname;
    return `care-editor:${this.autosaveKey ?? `${where}#${this.name ?? this.id ?? ''}`}:${this.element}`;
  }

  #scheduleAutosave() {
    if (this.noAutosave) return;
    clearTimeout(this.#autosaveTimer);
    this.#autosaveTimer = setTimeout(() => {
      try {
        localStorage.setItem(this.#draftKey, JSON.stringify({ time: Date.now(), value: this.document }));
      } catch {
        // Storage may be full or blocked; the draft is a convenience, the editing goes on.
      }
    }, AUTOSAVE_MS);
  }

  /** Offers a kept draft that differs from the loaded content. */
  #offerDraft() {
    this.draft = undefined;
    if (this.noAutosave) return;
    try {
      const saved = JSON.parse(localStorage.getItem(this.#draftKey) ?? 'null') as { time: number; value: Json } | null;
      if (saved && JSON.stringify(saved.value) !== JSON.stringify(this.document)) this.draft = saved;
    } catch {
      // No storage or an unreadable draft: nothing to offer.
    }
  }

  #restoreDraft() {
    if (!this.draft) return;
    this.#edit('', this.draft.value);
    this.#setJson();
    this.draft = undefined;
    this.#say('restored');
    this.#pendingFocus = { id: 'status' };
  }

  #discardDraft() {
    localStorage.removeItem(this.#draftKey);
    this.draft = undefined;
    this.#pendingFocus = { id: 'editor-heading' };
  }

  // ---- Problems ----------------------------------------------------------------

  async #showProblems(moveFocus = true) {
    this.showSummary = true;
    this.status = this.#errors.length ? '' : this.#labels.noProblems;
    await this.updateComplete;
    if (moveFocus) this.renderRoot.querySelector<HTMLElement>(this.#errors.length ? '#summary' : '#status')?.focus();
  }

  /** Problems are shown at a field once it was changed, or everywhere after a submit attempt or check. */
  #shown(anchor: string) {
    if (this.showSummary) return true;
    for (const path of this.#touched) if (path === anchor || path.startsWith(`${anchor}/`)) return true;
    return false;
  }

  async #focusField(event: Event, anchor: string) {
    event.preventDefault();
    await this.#openBlocksAround(anchor);
    const field = this.#byId(fieldId(anchor));
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  }

  // ---- JSON view, files and snippet -------------------------------------------

  #showView(view: 'form' | 'json') {
    if (view === 'json') {
      this.#setJson();
      this.view = 'json';
      return;
    }
    if (this.jsonError) {
      this.#say('jsonKept');
      this.#pendingFocus = { id: 'json-error' };
      this.requestUpdate();
      return;
    }
    this.view = 'form';
  }

  /** The JSON view's text: the document's, or text that does not parse, kept in the JSON view with its error. */
  #setJson(text = pretty(this.document), error?: string) {
    this.jsonText = text;
    this.jsonError = error;
    if (error) this.view = 'json';
  }

  #onJsonInput(text: string) {
    try {
      const value = JSON.parse(text) as Json;
      this.#setJson(text);
      this.#edit('', value, { coalesce: true });
    } catch (error) {
      this.#setJson(text, (error as Error).message);
    }
  }

  async #openFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    try {
      this.#edit('', JSON.parse(text) as Json);
      this.#setJson();
    } catch (error) {
      this.#setJson(text, (error as Error).message);
      this.#say('fileInvalid', { name: file.name });
    }
  }

  #download() {
    const url = URL.createObjectURL(new Blob([`${pretty(this.document)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.element}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
  }

  /** The script tag and the element with its content: paste it into any page. */
  get snippet(): string {
    const json = scriptJson(this.document).replace(/\n/g, '\n    ');
    return `<script src="${this.scriptSrc}"></script>\n<${this.element}>\n  <script type="application/json">\n    ${json}\n  </script>\n</${this.element}>\n`;
  }

  async #copySnippet() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.#say('copied');
    } catch {
      this.#say('copyFailed');
      this.snippetOpen = true;
      this.#pendingFocus = { id: 'snippet' };
      this.requestUpdate();
    }
  }

  // ---- Rendering ---------------------------------------------------------------

  protected override render() {
    const labels = this.#labels;
    const title = this.#doc('', this.#jsonSchema).title ?? this.element;
    const errors = this.#errors;
    return html`
      <section class="editor" aria-labelledby="editor-heading">
        <h2 id="editor-heading" tabindex="-1" class="visually-hidden">${labels.editor}: ${title}</h2>
        <div class="bar">
          <div class="group" role="group" aria-label=${labels.view}>
            <button type="button" aria-pressed=${this.view === 'form'} @click=${() => this.#showView('form')}>${labels.form}</button>
            <button type="button" aria-pressed=${this.view === 'json'} @click=${() => this.#showView('json')}>${labels.json}</button>
          </div>
          <div class="group">
            <button type="button" id="undo" ?disabled=${this.#historyIndex <= 0} @click=${() => this.#travel(-1)} aria-keyshortcuts="Control+Z">${labels.undo}</button>
            <button
              type="button"
              id="redo"
              ?disabled=${this.#historyIndex >= this.#history.length - 1}
              @click=${() => this.#travel(1)}
              aria-keyshortcuts="Control+Shift+Z"
            >
              ${labels.redo}
            </button>
          </div>
          <div class="group">
            <label class="file-button"
              >${labels.open}<input
                class="visually-hidden"
                type="file"
                accept=".json,application/json"
                @change=${(event: Event) => this.#openFile(event.target as HTMLInputElement)}
            /></label>
            <button type="button" @click=${() => this.#download()}>${labels.download}</button>
            <button type="button" @click=${() => this.#copySnippet()}>${labels.copySnippet}</button>
            <button type="button" @click=${() => this.#showProblems()}>${labels.checkContent}</button>
          </div>
        </div>
        <p id="status" role="status" tabindex="-1">${this.status}</p>
        ${this.draft
          ? html`<div class="banner" role="group" aria-labelledby="draft-message">
              <p id="draft-message">${fill(labels.draftFound, { time: new Date(this.draft.time).toLocaleString(languageOf(this)) })}</p>
              <button type="button" @click=${() => this.#restoreDraft()}>${labels.restore}</button>
              <button type="button" @click=${() => this.#discardDraft()}>${labels.discard}</button>
            </div>`
          : nothing}
        ${this.showSummary && errors.length
          ? html`<div class="summary" id="summary" tabindex="-1" role="alert" aria-labelledby="summary-heading">
              <h2 id="summary-heading">${labels.errorSummary}</h2>
              <ul>
                ${errors.map(
                  ({ anchor, path, message }) =>
                    html`<li><a href="#${fieldId(anchor)}" @click=${(event: Event) => this.#focusField(event, anchor)}>${this.#trail(path)}: ${message}</a></li>`,
                )}
              </ul>
            </div>`
          : nothing}
        <div class="columns">
          <div class="form-pane">
            ${this.view === 'json' ? this.#renderJson() : html`<p class="hint">${labels.formatHint}</p>${this.#field(this.#jsonSchema, this.document, '', true)}`}
          </div>
          ${this.#renderPreview()}
        </div>
        <details class="snippet" ?open=${this.snippetOpen} @toggle=${(event: Event) => (this.snippetOpen = (event.target as HTMLDetailsElement).open)}>
          <summary id="snippet-heading">${labels.snippet}</summary>
          ${this.snippetOpen ? html`<textarea id="snippet" readonly aria-labelledby="snippet-heading" .value=${this.snippet}></textarea>` : nothing}
        </details>
      </section>
    `;
  }

  #renderJson() {
    const labels = this.#labels;
    return html`<div class="json field ${this.jsonError ? 'invalid' : ''}">
      <label for="json">${labels.json}</label>
      ${this.jsonError
        ? html`<p class="error" id="json-error" tabindex="-1">
            <span class="error-marker" aria-hidden="true">✖</span> ${fill(labels.jsonInvalid, { message: this.jsonError })}
          </p>`
        : nothing}
      <textarea
        id="json"
        spellcheck="false"
        aria-invalid=${this.jsonError ? 'true' : 'false'}
        aria-describedby=${this.jsonError ? 'json-error' : nothing}
        .value=${this.jsonText}
        @input=${(event: Event) => this.#onJsonInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  #renderPreview() {
    const labels = this.#labels;
    const language = this.previewLanguage ?? languageOf(this);
    return html`<section class="preview-pane" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${labels.preview}</h2>
      <div class="bar">
        <label class="choice"
          >${labels.language}
          <select @change=${(event: Event) => (this.previewLanguage = (event.target as HTMLSelectElement).value)}>
            ${PREVIEW_LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === language}>${name}</option>`)}
          </select></label
        >
        ${this.#switch(labels.dark, this.previewDark, (on) => (this.previewDark = on))}
        ${this.#switch(labels.rtl, this.previewRtl, (on) => (this.previewRtl = on))}
        ${this.#switch(labels.narrow, this.previewNarrow, (on) => (this.previewNarrow = on))}
      </div>
      <div
        class="frame ${this.previewDark ? 'dark' : ''} ${this.previewNarrow ? 'narrow' : ''}"
        part="preview"
        lang=${language}
        dir=${this.previewRtl ? 'rtl' : 'ltr'}
      >
        ${this.#preview}
      </div>
    </section>`;
  }

  #switch(label: string, on: boolean, set: (on: boolean) => void) {
    return html`<label class="choice"
      ><input type="checkbox" .checked=${on} @change=${(event: Event) => set((event.target as HTMLInputElement).checked)} />${label}</label
    >`;
  }

  /** The problems drawn at a field, and the ids that describe it. */
  #problems(path: string) {
    const errors = this.#errorsAt.get(path) ?? [];
    const warnings = this.#warningsAt.get(path) ?? [];
    const id = fieldId(path);
    const labels = this.#labels;
    const describedBy = [errors.length ? `${id}-error` : '', warnings.length ? `${id}-warning` : ''].filter(Boolean).join(' ');
    const messages = html`${errors.length
      ? html`<p class="error" id="${id}-error">
          <span class="error-marker" aria-hidden="true">✖</span><span class="visually-hidden">${labels.error}:</span> ${errors
            .map((issue) => issue.message)
            .join('; ')}
        </p>`
      : nothing}${warnings.length
      ? html`<p class="warning" id="${id}-warning">
          <span class="visually-hidden">${labels.warning}:</span> ${warnings.map((issue) => issue.message).join('; ')}
        </p>`
      : nothing}`;
    return { invalid: errors.length > 0, describedBy, messages };
  }

  /** The form for one value of a schema: a control, or a group of them. */
  #field(schema: JsonSchema, value: Json | undefined, path: string, required: boolean, name?: string): TemplateResult {
    if (schema.oneOf) return this.#tagged(schema, value, path, name);
    if (schema.anyOf) return this.#either(schema, value, path, required);
    if (schema.type === 'object') return this.#object(schema, value, path, required, name);
    if (schema.type === 'array') return this.#array(schema, value, path, required);
    if (schema.enum) return this.#choice(schema, value, path, required);
    if (schema.type === 'boolean') return this.#boolean(schema, value, path);
    return this.#text(schema, value, path, required, name);
  }

  #hint(id: string, description: string | undefined) {
    return description ? html`<p class="hint" id="${id}-hint">${description}</p>` : nothing;
  }

  #describedBy(id: string, description: string | undefined, problems: string, extra = '') {
    return [description ? `${id}-hint` : '', problems, extra].filter(Boolean).join(' ') || nothing;
  }

  #title(path: string, schema: JsonSchema, required: boolean, name?: string) {
    const title = name ?? this.#doc(path, schema).title ?? segments(path).at(-1) ?? this.element;
    return required ? title : `${title} ${this.#labels.optional}`;
  }

  /** A group of controls under its legend, with its hint and problems: a group field, a list, a value of several forms, or radio buttons. */
  #group(path: string, schema: JsonSchema, legend: string, content: unknown, radiogroup = false) {
    const id = fieldId(path);
    const { description } = this.#doc(path, schema);
    const { invalid, describedBy, messages } = this.#problems(path);
    return html`<fieldset
      id=${id}
      tabindex="-1"
      class=${invalid ? 'invalid' : ''}
      role=${(radiogroup ? 'radiogroup' : nothing) as 'radiogroup'}
      aria-invalid=${(radiogroup ? String(invalid) : nothing) as 'true' | 'false'}
      aria-describedby=${this.#describedBy(id, description, describedBy)}
    >
      <legend>${legend}</legend>
      ${this.#hint(id, description)} ${messages} ${content}
    </fieldset>`;
  }

  /** A text or number field; `nested` inside a group that shows its problems and holds its id. */
  #text(schema: JsonSchema, value: Json | undefined, path: string, required: boolean, name?: string, nested = false) {
    const id = nested ? `${fieldId(path)}-text` : fieldId(path);
    const description = nested ? undefined : this.#doc(path, schema).description;
    const { invalid, describedBy, messages } = nested ? { invalid: false, describedBy: '', messages: nothing } : this.#problems(path);
    const labels = this.#labels;
    const isNumber = schema.type === 'number' || schema.type === 'integer';
    const proportion = isProportion(schema);
    const shown =
      value === undefined || value === null ? '' : proportion && typeof value === 'number' ? String(Math.round(value * 1e6) / 1e4) : String(value);
    const onInput = (event: Event) => {
      const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      const next = text === '' && !required ? undefined : isNumber ? (text === '' ? undefined : parseNumber(text, proportion ? 100 : 1)) : text;
      this.#edit(path, next, { coalesce: true });
    };
    const date = schema.format === 'date';
    const described = this.#describedBy(id, description, describedBy, date ? `${id}-format` : '');
    const control = isRichText(schema)
      ? html`${this.#toolbar(id, path, this.#title(path, schema, true, name))}<textarea
            id=${id}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${described}
            .value=${shown}
            @input=${onInput}
            @keydown=${(event: KeyboardEvent) => this.#formatShortcut(event, path)}
          ></textarea>`
      : html`<input
          id=${id}
          type="text"
          inputmode=${isNumber ? 'decimal' : date ? 'numeric' : nothing}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${described}
          .value=${shown}
          @input=${onInput}
        />`;
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>${this.#title(path, schema, required, name)}</label>
      ${this.#hint(id, description)} ${date ? html`<p class="hint" id="${id}-format">${labels.dateHint}</p>` : nothing} ${messages}
      ${proportion ? html`<div class="percent">${control}<span aria-hidden="true">%</span><span class="visually-hidden">${labels.percent}</span></div>` : control}
    </div>`;
  }

  #toolbar(id: string, path: string, name: string) {
    const labels = this.#labels;
    return html`<div class="group" role="group" aria-label=${fill(labels.toolbar, { name })}>
      ${formats.map(
        (format) =>
          html`<button type="button" aria-label=${format.sign ? labels[format.label] : nothing} @click=${() => this.#format(id, path, format.apply)}>
            ${format.sign ? html`<span aria-hidden="true">${format.sign}</span>` : labels[format.label]}
          </button>`,
      )}
    </div>`;
  }

  #format(id: string, path: string, apply: (selection: Selection) => Selection) {
    const area = this.#byId<HTMLTextAreaElement>(id);
    if (!area) return;
    const result = apply({ text: area.value, start: area.selectionStart, end: area.selectionEnd });
    this.#edit(path, result.text);
    this.#pendingFocus = { id, select: [result.start, result.end] };
  }

  /** Ctrl+B and Ctrl+I in rich text, as in word processors. */
  #formatShortcut(event: KeyboardEvent, path: string) {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
    const format = formats.find((each) => each.shortcut === event.key.toLowerCase());
    if (!format) return;
    event.preventDefault();
    this.#format((event.target as HTMLElement).id, path, format.apply);
  }

  #choice(schema: JsonSchema, value: Json | undefined, path: string, required: boolean) {
    const id = fieldId(path);
    const { description } = this.#doc(path, schema);
    const { invalid, describedBy, messages } = this.#problems(path);
    const values = schema.enum!;
    const title = this.#title(path, schema, required);
    const pick = (next: string) => this.#edit(path, next === '' ? undefined : next);
    if (values.length <= 4)
      return this.#group(
        path,
        schema,
        title,
        html`${required ? nothing : html`<label class="choice"><input type="radio" name=${id} .checked=${value === undefined} @change=${() => pick('')} />—</label>`}
        ${values.map(
          (option) =>
            html`<label class="choice"><input type="radio" name=${id} .checked=${value === option} @change=${() => pick(option)} />${option}</label>`,
        )}`,
        true,
      );
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>${title}</label>
      ${this.#hint(id, description)} ${messages}
      <select
        id=${id}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(id, description, describedBy)}
        @change=${(event: Event) => pick((event.target as HTMLSelectElement).value)}
      >
        ${required ? nothing : html`<option value="" ?selected=${value === undefined}>—</option>`}
        ${values.map((option) => html`<option value=${option} ?selected=${value === option}>${option}</option>`)}
      </select>
    </div>`;
  }

  #boolean(schema: JsonSchema, value: Json | undefined, path: string) {
    const id = fieldId(path);
    const { description } = this.#doc(path, schema);
    const { invalid, describedBy, messages } = this.#problems(path);
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label class="choice"
        ><input
          id=${id}
          type="checkbox"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.#describedBy(id, description, describedBy)}
          .checked=${value === true}
          @change=${(event: Event) => this.#edit(path, (event.target as HTMLInputElement).checked)}
        />${this.#title(path, schema, true)}</label
      >
      ${this.#hint(id, description)} ${messages}
    </div>`;
  }

  #object(schema: JsonSchema, value: Json | undefined, path: string, required: boolean, name?: string): TemplateResult {
    const id = fieldId(path);
    const title = name ?? this.#doc(path, schema).title ?? segments(path).at(-1) ?? '';
    const labels = this.#labels;
    if (!required && value === undefined)
      return html`<div class="field">
        <button type="button" id=${id} @click=${() => this.#add(path, initialValue(schema), title)}>${fill(labels.add, { name: title })}</button>
      </div>`;
    const fields = Object.entries(schema.properties ?? {})
      .filter(([, field]) => field.const === undefined)
      .map(([key, field]) => this.#field(field, isObject(value) ? value[key] : undefined, pointer(path, key), (schema.required ?? []).includes(key)));
    if (path === '') {
      const { describedBy, messages } = this.#problems(path);
      return html`<div id=${id} tabindex="-1" aria-describedby=${describedBy || nothing}>${messages}${fields}</div>`;
    }
    return this.#group(
      path,
      schema,
      this.#title(path, schema, required, name),
      html`${fields}
      ${required
        ? nothing
        : html`<button type="button" @click=${() => this.#remove(path, title, id)}>${fill(labels.remove, { name: title })}</button>`}`,
    );
  }

  /** A value that may take more than one form (text or a list, a name or a person, a number or a fraction), with a switch between them. */
  #either(schema: JsonSchema, value: Json | undefined, path: string, required: boolean) {
    const id = fieldId(path);
    const labels = this.#labels;
    const branch = anyOfBranch(schema, value);
    const title = this.#title(path, schema, required);
    const switchTo = (next: JsonSchema) => {
      if (next !== branch) this.#edit(path, convertedTo(next, value));
    };
    const optionLabel = (option: JsonSchema) =>
      option.type === 'array' ? labels.asList : option.type === 'object' ? (option.title ?? labels.asDetails) : option.type === 'string' ? labels.asText : labels.asNumber;
    return this.#group(
      path,
      schema,
      title,
      html`<div role="radiogroup" aria-label=${fill(labels.form_of, { name: title })} class="group">
        ${schema.anyOf!.map(
          (option) =>
            html`<label class="choice"
              ><input type="radio" name="${id}-form" .checked=${option === branch} @change=${() => switchTo(option)} />${optionLabel(option)}</label
            >`,
        )}
      </div>
      ${branch.type === 'array'
        ? this.#array({ ...branch, title: schema.title }, value, path, true, false)
        : branch.type === 'object'
          ? this.#object({ ...branch, title: schema.title }, value, path, true)
          : this.#text(branch, value, path, true, schema.title, true)}`,
    );
  }

  /** The name of one entry: its own schema's title ("Question and answer 2"), else the list's ("Steps 2"). */
  #itemName(item: JsonSchema, list: JsonSchema, path: string, index: number) {
    const title = this.#doc(pointer(path, index), item).title ?? this.#doc(path, list).title ?? '';
    return `${title} ${index + 1}`;
  }

  #array(schema: JsonSchema, value: Json | undefined, path: string, required: boolean, grouped = true): TemplateResult {
    const id = fieldId(path);
    const labels = this.#labels;
    const items = Array.isArray(value) ? value : [];
    const itemSchema = schema.items ?? {};
    const listTitle = this.#doc(path, schema).title ?? '';
    const itemTitle = (this.#doc(pointer(path, 0), itemSchema).title ?? listTitle).toLowerCase();
    const entries = items.map((item, index) => {
      const itemPath = pointer(path, index);
      const itemId = fieldId(itemPath);
      const name = this.#itemName(oneOfBranchOrSelf(itemSchema, item), schema, path, index);
      // Typing in one entry of a long list draws only that entry again.
      const isBlock = Boolean(itemSchema.oneOf);
      const open = !isBlock || this.#openBlocks.has(itemPath);
      const drawnFrom = [item, index, items.length, this.#shownInside.get(itemPath), this.#labels, this.fieldLabels, name, open];
      return guard(drawnFrom, () => html`<li @keydown=${(event: KeyboardEvent) => this.#moveKey(event, path, index, name)}>
        ${isBlock ? this.#block(itemSchema, item, itemPath, name, open) : this.#field(itemSchema, item, itemPath, true, name)}
        <div class="item-controls">
          ${MOVES.map(
            ([direction, step, label]) =>
              html`<button
                type="button"
                id="${itemId}-${direction}"
                ?disabled=${index + step < 0 || index + step >= items.length}
                @click=${() => this.#move(path, index, index + step, name)}
              >
                ${fill(labels[label], { name })}
              </button>`,
          )}
          <button type="button" id="${itemId}-remove" @click=${() => this.#removeItem(path, index, name)}>${fill(labels.remove, { name })}</button>
        </div>
      </li>`);
    });
    const next = pointer(path, items.length);
    const adder = itemSchema.oneOf
      ? html`<div class="group">
          <label for="${id}-type">${labels.blockType}</label>
          <select id="${id}-type">
            ${itemSchema.oneOf.map((branch) => {
              const tag = branch.properties?.[tagKeyOf(itemSchema)]?.const ?? '';
              return html`<option value=${tag}>${this.#doc(next, branch).title ?? tag}</option>`;
            })}
          </select>
          <button type="button" @click=${() => this.#addBlock(path, itemSchema, items.length)}>${labels.addBlock}</button>
        </div>`
      : html`<button type="button" id="${id}-add" @click=${() => this.#add(next, initialValue(itemSchema), itemTitle)}>
          ${fill(labels.add, { name: itemTitle })}
        </button>`;
    const body = html`<ol class="items">
        ${entries}
      </ol>
      ${adder}`;
    return grouped ? this.#group(path, schema, this.#title(path, schema, required), body) : body;
  }

  /** A block as a disclosure: its name, first words and problems when closed, its fields when open. */
  #block(schema: JsonSchema, value: Json | undefined, path: string, name: string, open: boolean) {
    const labels = this.#labels;
    const inside = this.#shownInside.get(path) ?? '';
    const toggle = (event: Event) => {
      const { open: nowOpen } = event.target as HTMLDetailsElement;
      if (nowOpen === this.#openBlocks.has(path)) return;
      this.#openBlocks[nowOpen ? 'add' : 'delete'](path);
      this.requestUpdate();
    };
    return html`<details class="block" ?open=${open} @toggle=${toggle}>
      <summary id="${fieldId(path)}-summary">
        <strong>${name}</strong>
        ${/^e/m.test(inside) ? html`<span class="block-problems">(${labels.blockProblems})</span>` : nothing}
        ${/^w/m.test(inside) ? html`<span class="block-warnings">(${labels.blockWarnings})</span>` : nothing}
        <span class="excerpt">${firstWords(value)}</span>
      </summary>
      ${open ? this.#field(schema, value, path, true, name) : nothing}
    </details>`;
  }

  #add(path: string, value: Json | undefined, name: string) {
    this.#edit(path, value ?? null);
    this.#say('added', { name });
    this.#focusFirstControl(path);
  }

  #addBlock(path: string, itemSchema: JsonSchema, index: number) {
    const select = this.#byId<HTMLSelectElement>(`${fieldId(path)}-type`);
    const tag = select?.value ?? '';
    const branch = itemSchema.oneOf!.find((each) => each.properties?.[tagKeyOf(itemSchema)]?.const === tag);
    const next = pointer(path, index);
    this.#edit(next, initialValue(itemSchema, tag) ?? null);
    this.#say('added', { name: branch?.title ?? tag });
    this.#focusFirstControl(next);
  }

  /** Opens every block that holds `path` (and the block at `path`), so its fields are drawn. */
  async #openBlocksAround(path: string) {
    for (const each of pathsTo(path)) this.#openBlocks.add(each);
    this.requestUpdate();
    await this.updateComplete;
  }

  /** After the update, focus goes to the first control inside the new entry. */
  async #focusFirstControl(path: string) {
    this.#pendingFocus = undefined;
    await this.#openBlocksAround(path);
    const holder = this.#byId(fieldId(path));
    const control = holder?.matches('input, textarea, select, button')
      ? holder
      : holder?.querySelector<HTMLElement>('input, textarea, select, button:not([disabled])');
    (control ?? holder)?.focus();
  }

  #remove(path: string, name: string, id: string) {
    this.#edit(path, undefined);
    this.#say('removed', { name });
    this.#pendingFocus = { id };
  }

  #removeItem(path: string, index: number, name: string) {
    const items = (getAt(this.document, path) as Json[]).filter((_, position) => position !== index);
    // Entries after it move up one place, and their open state with them.
    for (let position = index; position <= items.length; position++)
      this.#openBlocks[this.#openBlocks.has(pointer(path, position + 1)) ? 'add' : 'delete'](pointer(path, position));
    this.#edit(path, items);
    this.#say('removed', { name });
    // Focus goes to the entry that took its place, else to the list.
    if (items.length) this.#pendingFocus = { id: `${fieldId(pointer(path, Math.min(index, items.length - 1)))}-remove` };
    else this.#focusFirstControl(path);
  }

  /** Moves an entry; focus follows it, to the control named `control` (the same as before, or the button still usable). */
  #move(path: string, from: number, to: number, name: string, control?: string) {
    const items = [...(getAt(this.document, path) as Json[])];
    if (to < 0 || to >= items.length) return;
    const [moved] = items.splice(from, 1);
    items.splice(to, 0, moved!);
    const [fromPath, toPath] = [pointer(path, from), pointer(path, to)];
    const [fromOpen, toOpen] = [this.#openBlocks.has(fromPath), this.#openBlocks.has(toPath)];
    this.#openBlocks[fromOpen ? 'add' : 'delete'](toPath);
    this.#openBlocks[toOpen ? 'add' : 'delete'](fromPath);
    this.#edit(path, items);
    this.#say('moved', { name, position: to + 1 });
    const button = to === 0 ? '-down' : to === items.length - 1 ? '-up' : to < from ? '-up' : '-down';
    this.#pendingFocus = { id: fieldId(pointer(path, to)) + (control ?? button) };
  }

  /** Alt+Arrow Up and Alt+Arrow Down move the entry that has focus. */
  #moveKey(event: KeyboardEvent, path: string, index: number, name: string) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // Only the innermost list moves.
    event.stopPropagation();
    event.preventDefault();
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    const prefix = fieldId(pointer(path, index));
    const rest = focused?.id.startsWith(prefix) ? focused.id.slice(prefix.length) : undefined;
    const control = rest !== undefined && (rest === '' || rest[0] === '.' || rest[0] === '-') ? rest : undefined;
    this.#move(path, index, event.key === 'ArrowUp' ? index - 1 : index + 1, name, control);
  }

  #tagged(schema: JsonSchema, value: Json | undefined, path: string, name?: string) {
    const branch = taggedBranch(schema, value);
    if (!branch) {
      const id = fieldId(path);
      const { messages, describedBy } = this.#problems(path);
      return html`<fieldset id=${id} tabindex="-1" class="invalid" aria-describedby=${describedBy || nothing}>
        <legend>${name ?? path}</legend>
        ${messages}
        <p>${this.#labels.unknownBlock}</p>
      </fieldset>`;
    }
    return this.#object(branch, value, path, true, name);
  }
}

/**
 * A value moved to another form of its field, losing nothing typed: text
 * becomes a list's entries (one per paragraph) or a group's first required
 * text field, a list becomes paragraphs, a group gives back its text, and a
 * fraction such as "1/3" becomes its number.
 */
const convertedTo = (next: JsonSchema, value: Json | undefined): Json | undefined => {
  const asText =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.filter((entry) => typeof entry === 'string').join('\n\n')
        : isObject(value)
          ? (Object.values(value).find((entry) => typeof entry === 'string') ?? '')
          : typeof value === 'number'
            ? String(value)
            : '';
  if (next.type === 'array') return asText ? asText.split(/\n\s*\n/) : [];
  if (next.type === 'object') {
    const key = (next.required ?? []).find((name) => next.properties?.[name]?.type === 'string');
    return key && asText ? { [key]: asText } : initialValue(next);
  }
  if (next.type === 'number') {
    const fraction = /^(\d+)\/(\d+)$/.exec(asText);
    return fraction ? Number(fraction[1]) / Number(fraction[2]) : undefined;
  }
  return asText;
};

/** A block's first text, without markup, for its closed summary (which shows only its first line). */
const firstWords = (value: Json | undefined) => {
  const text = isObject(value) ? Object.entries(value).find(([key, entry]) => key !== 'type' && typeof entry === 'string')?.[1] : '';
  return String(text ?? '').replace(/\]\([^)]*\)|[*_[#`>\\]/g, '');
};

/** A tagged union's entry is named by its branch ("Heading block 3"); other entries by their schema. */
const oneOfBranchOrSelf = (schema: JsonSchema, value: Json | undefined) => (schema.oneOf ? (taggedBranch(schema, value) ?? schema) : schema);

defineElement('care-editor', CareEditor);

declare global {
  interface HTMLElementTagNameMap {
    'care-editor': CareEditor;
  }
}
