import { html, isServer, noChange, nothing, type PropertyValues } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { collapsedHidden } from '../core/disclosure.js';
import { CareToggleEvent } from '../core/events.js';
import { citationLabel, referenceNumbering } from '../core/glossary.js';
import { heading, headingLevel } from '../core/heading.js';
import { hydrating } from '../core/hydrates.js';
import { fold } from '../core/ids.js';
import { coreTranslations } from '../core/labels.js';
import { renderRichText, toPlainText } from '../core/rich-text.js';
import { sourceList } from '../core/sources.js';
import type { StructuredDataBuilder } from '../core/structured-data-graphs.js';
import { faqSchema, faqTranslations, withIds, type FaqContent, type FaqItem } from './content.js';
import { faqStyles } from './styles.js';

/**
 * An item as shown: its final id, its folded search text (made on first
 * search), whether the filter shows it, and the state it was last drawn in.
 */
type Entry = FaqItem & { id: string; text?: string; shown?: boolean; drawn?: string };

/** Questions are h3 unless `heading-level` says otherwise. */
const DEFAULT_LEVEL = 3;
/** With more panels than this, landmark regions would crowd the screen reader's landmark list. */
const MAX_REGIONS = 6;
/** Items laid out, or skipped while off screen, together; the group's estimated height in styles.ts counts as many. */
const GROUP_SIZE = 50;

/**
 * Frequently asked questions as an accordion (the WAI-ARIA APG pattern):
 * each question a button in a real heading, each answer a panel. Answers can
 * be opened from the URL hash, found with the browser's find-in-page, printed
 * in full, narrowed with a search field, and described to search engines as
 * schema.org FAQPage data.
 *
 * @tagname care-faq
 * @summary FAQ accordion with find-in-page, print, filtering and FAQPage structured data.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The wrapper around everything.
 * @csspart title - The heading above the questions.
 * @csspart filter - The search field (with the `filter` attribute).
 * @csspart toggle-all - The Expand all / Collapse all button.
 * @csspart item - One question with its answer.
 * @csspart question - The button that opens and closes an answer.
 * @csspart answer - The answer panel.
 * @csspart sources - The list of an answer's sources.
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-faq-accent=var(--care-accent)] - Colour of the open/closed marker and the Expand all button.
 * @cssprop [--care-faq-border=var(--care-border)] - Border of each item.
 * @cssprop [--care-faq-background=transparent] - Background of each item.
 * @cssprop [--care-faq-radius=var(--care-radius)] - Corner radius of items and the search field.
 * @cssprop [--care-faq-gap=0.5rem] - Space between items.
 * @cssprop [--care-faq-padding=1rem] - Inline padding of questions and answers.
 *
 * @fires {CareToggleEvent} care-toggle - The reader opened or closed an answer; `detail` is `{ id, open }`.
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid, or some items were left out; `detail.errors` lists `{ path, message }`.
 */
export class CareFaq extends CareElement<FaqContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: FaqContent | string | null;

  static override styles = [...CareElement.styles, faqStyles];

  static override get properties() {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      open: {},
      single: { type: Boolean },
      filter: { type: Boolean },
      noExpandAll: { type: Boolean, attribute: 'no-expand-all' },
      structuredData: { type: Boolean, attribute: 'structured-data' },
      openIds: { state: true, attribute: false },
      query: { state: true, attribute: false },
    };
  }

  /** Heading level of the questions, 2–6 (default 3); the title is one level above. */
  headingLevel = DEFAULT_LEVEL;

  /** Ids of the items that start open, separated by spaces. */
  open = '';

  /** Opening one answer closes the others. */
  single = false;

  /** Shows a search field that narrows the questions as the reader types. */
  filter = false;

  /** Hides the Expand all / Collapse all button. */
  noExpandAll = false;

  /** Writes the questions as schema.org FAQPage JSON-LD into the light DOM, for search engines. */
  structuredData = false;

  /** Ids of the open items. */
  private openIds = new Set<string>();

  /** What the reader typed into the search field. */
  private query = '';

  protected readonly schema = faqSchema;

  #entries: Entry[] = [];
  #hashChecked = false;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.#openFromHash);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#openFromHash);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('open')) this.openIds = new Set(this.open.split(/\s+/));
    if ((changed as Map<PropertyKey, unknown>).has('data')) this.#entries = withIds(this.data?.items ?? []);
    // The page may have been opened at an item's #id before the content arrived. An update that hydrates a
    // server's rendering keeps the server's closed items whatever it renders, so then the item opens after it.
    if (!isServer && !this.#hashChecked && this.#entries.length) {
      this.#hashChecked = true;
      if (hydrating(this)) void this.updateComplete.then(this.#openFromHash);
      else this.#openFromHash();
    }
  }

  protected override structuredDataGraph(): StructuredDataBuilder | undefined {
    return this.structuredData && this.data ? (graphs) => graphs.faqPage(this.#entries) : undefined;
  }

  /** Opens the item that the URL hash names, and scrolls it into view once drawn. */
  #openFromHash = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed hash names no item.
    }
    if (!this.#toggle(id, true)) return;
    this.query = '';
    // At the next frame: Firefox ignores scrollIntoView on a question rendered but not yet laid out.
    this.updateComplete.then(() => requestAnimationFrame(() => (this.renderRoot as ShadowRoot).getElementById(`q-${id}`)?.scrollIntoView()));
  };

  /** Opens or closes one item; false (and no change) when no item has this id. */
  #toggle(id: string, force?: boolean, byReader?: boolean): boolean {
    if (!this.#entries.some((entry) => entry.id === id)) return false;
    const open = force ?? !this.openIds.has(id);
    const next = new Set(this.single && open ? [] : this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.#setOpen(next, byReader);
    return open;
  }

  /** Opens or closes every item. */
  #all(open: boolean, byReader?: boolean) {
    this.#setOpen(new Set(open ? this.#entries.map(({ id }) => id) : []), byReader);
  }

  /** Applies a new set of open items; the reader's own changes are announced with care-toggle. */
  #setOpen(next: Set<string>, byReader?: boolean) {
    const changed = this.#entries.filter(({ id }) => next.has(id) !== this.openIds.has(id));
    this.openIds = next;
    if (byReader) changed.forEach(({ id }) => this.dispatchEvent(new CareToggleEvent({ id, open: next.has(id) })));
  }

  /** Opens every answer (also under `single`). */
  expandAll() {
    this.#all(true);
  }

  /** Closes every answer. */
  collapseAll() {
    this.#all(false);
  }

  /** Opens or closes the item with this id (`force`: true opens, false closes); returns whether it is now open. */
  toggle(id: string, force?: boolean): boolean {
    return this.#toggle(id, force);
  }

  protected renderContent({ title }: FaqContent) {
    const labels = this.localize(faqTranslations);
    const sourcesLabel = this.localize(coreTranslations).sources;
    const level = headingLevel(this.headingLevel, DEFAULT_LEVEL, 2);
    const entries = this.#entries;
    const total = entries.length;
    const regions = total <= MAX_REGIONS;
    const allOpen = entries.every(({ id }) => this.openIds.has(id));
    const query = this.query.trim();
    const terms = fold(this.filter ? query : '').match(/\S+/g) ?? [];
    const shown = entries.filter((entry) =>
      (entry.shown = terms.every((term) => (entry.text ??= fold(`${entry.question}\n${toPlainText(entry.answer)}`)).includes(term))),
    ).length;
    const toggleAll = total > 2 && !this.noExpandAll && !this.single;
    // What an item's drawing depends on beyond its own state and content (new content brings new entries,
    // and with them a new glossary): an item drawn in the same state and context keeps its nodes (noChange),
    // so a tap on one of 1000 questions redraws that one, where lit would compare every item's values.
    const context = `${level} ${sourcesLabel} ${citationLabel} ${referenceNumbering}`;
    const item = (entry: Entry) => {
      const { id, question, answer, sources, shown } = entry;
      const open = this.openIds.has(id);
      const state = context + open + shown;
      if (entry.drawn === state) return noChange;
      entry.drawn = state;
      // Only an open answer is a region (the APG accordion): a collapsed one, rendered for find-in-page but
      // empty to assistive technology, would leave an empty landmark named after its question.
      const region = regions && open;
      // lit-analyzer knows "hidden" only as a boolean attribute (the '' cast lets it accept "until-found" too), and
      // no role but a literal one (the 'region' cast lets it accept nothing, which leaves the attribute out).
      return html`<div part="item" class="item" ?hidden=${!shown}>
        ${heading(
          level,
          html`<button part="question" id="q-${id}" aria-expanded=${open} aria-controls="a-${id}">${question}</button>`,
          { className: 'q' },
        )}
        <div
          part="answer"
          class="answer"
          id="a-${id}"
          role=${(region ? 'region' : nothing) as 'region'}
          aria-labelledby=${region ? `q-${id}` : nothing}
          hidden=${collapsedHidden(open) as ''}
        >
          ${renderRichText(answer)}${sources?.length ? html`<p class="sources-label">${sourcesLabel}</p>${sourceList(sources)}` : nothing}
        </div>
      </div>`;
    };
    // Full groups of GROUP_SIZE items, each skipped as a whole while off screen (content-visibility), so a
    // tap lays out and tracks a few dozen boxes rather than every item. The items past the last full group
    // stand on their own, so that every estimated height counts exactly the items it stands for.
    const grouped = total - (total % GROUP_SIZE);
    const groups = [];
    for (let start = 0; start < grouped; start += GROUP_SIZE) {
      const members = entries.slice(start, start + GROUP_SIZE);
      groups.push(html`<div class="group" ?hidden=${!members.some((entry) => entry.shown)}>${members.map(item)}</div>`);
    }
    // Listeners on the wrapper serve every question: a click on a question
    // toggles it (the Expand all button has no id, so it names no item), Up and
    // Down move between the visible questions (wrapping at the ends), Home and
    // End to the first and last, and the browser's find-in-page opens the
    // collapsed answer it found text in (beforematch).
    return html`<div
      part="base"
      class="faq"
      @click=${(event: Event) => this.#toggle((event.target as Element).closest('button')?.id.slice(2) as string, undefined, true)}
      @keydown=${(event: KeyboardEvent) => {
        const key = ['Home', 'ArrowUp', 'ArrowDown', 'End'].indexOf(event.key);
        if (key < 0) return;
        const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) button')];
        const index = buttons.indexOf(event.target as HTMLElement);
        if (index < 0) return;
        event.preventDefault();
        buttons.at([0, index - 1, (index + 1) % buttons.length, -1][key]!)!.focus();
      }}
      @beforematch=${(event: Event) => this.#toggle((event.target as Element).id.slice(2), true, true)}
    >
      ${title ? heading(level - 1, title, { part: 'title' }) : nothing}${this.filter || toggleAll
        ? html`<div class="tools script-only">
            ${this.filter
              ? html`<label
                  >${labels.filter}<input
                    part="filter"
                    type="search"
                    .value=${this.query}
                    @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
                /></label>`
              : nothing}${toggleAll
              ? html`<button part="toggle-all" class="toggle" @click=${() => this.#all(!allOpen, true)}>
                  ${allOpen ? labels.collapseAll : labels.expandAll}
                </button>`
              : nothing}
          </div>`
        : nothing}${this.filter
        ? html`<p role="status" class=${query ? (shown ? 'count' : 'count none') : 'visually-hidden'}>
            ${query && (shown ? labels.count.replace('{shown}', `${shown}`).replace('{total}', `${total}`) : labels.noMatches.replace('{query}', query))}
          </p>`
        : nothing}${groups}${entries.slice(grouped).map(item)}
    </div>`;
  }
}

defineElement('care-faq', CareFaq);

declare global {
  interface HTMLElementTagNameMap {
    'care-faq': CareFaq;
  }
}
