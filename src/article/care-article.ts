import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../callout/care-callout.js';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { figure, figureStyles } from '../core/figure.js';
import { heading, headingLevel } from '../core/heading.js';
import { hydrating } from '../core/hydrates.js';
import { slug, uniqueIds } from '../core/ids.js';
import { formatDate, personText } from '../core/people.js';
import { inherit, type Glossary } from '../core/glossary.js';
import { nextTurn } from '../core/next-turn.js';
import { renderInlineText, renderRichText } from '../core/rich-text.js';
import type { StructuredDataBuilder } from '../core/structured-data-graphs.js';
import '../faq/care-faq.js';
import '../feedback/care-feedback.js';
import '../quote/care-quote.js';
import '../stat/care-stat.js';
import '../takeaways/care-takeaways.js';
import '../therapy-card/care-therapy-card.js';
import type { TherapyCardContent } from '../therapy-card/content.js';
import { articleSchema, articleTranslations, type ArticleBlock, type ArticleContent } from './content.js';
import { articleStyles } from './styles.js';

/** Where each block sits in the outline: its heading level; for a section, its id, and its text when the contents list shows it. */
interface Placement {
  level: number;
  id?: string;
  text?: string;
}

/**
 * Heading levels follow the outline: the title is at `heading-level`; a
 * heading block of level n sits n − 1 below it but never more than one below
 * the heading before it (no level is skipped); a titled FAQ or takeaways block
 * starts a section of its own; other elements nest under the latest heading.
 */
const outline = (blocks: ArticleBlock[], top: number) => {
  const unique = uniqueIds();
  let depth = top;
  /** A section with an id unique in the article, listed in the contents when it is a top section. */
  const section = (text: string, level: number): Placement => ({
    level,
    id: unique(`section-${slug(text, 'section')}`),
    text: depth === top + 1 ? text : undefined,
  });
  return blocks.map((block): Placement => {
    if (block.type === 'heading') {
      depth = Math.min(top + (block.level ?? 2) - 1, depth + 1);
      return section(block.text, depth);
    }
    if ((block.type === 'faq' || block.type === 'takeaways') && block.title) {
      depth = top + 1;
      // A titled FAQ puts its title one level above its questions.
      return section(block.title, block.type === 'faq' ? depth + 1 : depth);
    }
    return { level: Math.min(depth + 1, 6) };
  });
};

const therapyCard = (level: number, content: TherapyCardContent) =>
  html`<care-therapy-card heading-level=${level} .content=${content}></care-therapy-card>`;

const renderBlock = (block: ArticleBlock, { level, id }: Placement, glossary: Glossary) => {
  const childContent = <B extends object>(block: B) => inherit(block, glossary);
  switch (block.type) {
    case 'heading':
      return heading(level, block.text, { id });
    case 'paragraph':
      return html`<div class="text">${renderRichText(block.text)}</div>`;
    case 'list':
      return html`<ul>
        ${block.items.map((item) => html`<li>${renderInlineText(item)}</li>`)}
      </ul>`;
    case 'therapies':
      return html`<div class="therapies">${block.items.map((item) => therapyCard(level, childContent(item)))}</div>`;
    case 'therapy':
      return therapyCard(level, childContent(block));
    case 'faq':
      return html`<care-faq id=${ifDefined(id)} heading-level=${level} .content=${childContent(block)}></care-faq>`;
    case 'takeaways':
      return html`<care-takeaways id=${ifDefined(id)} heading-level=${level} .content=${childContent(block)}></care-takeaways>`;
    case 'quote':
      return html`<care-quote .content=${childContent(block)}></care-quote>`;
    case 'callout':
      return html`<care-callout .content=${childContent(block)}></care-callout>`;
    case 'stat':
      return html`<care-stat .content=${childContent(block)}></care-stat>`;
    case 'image':
      return figure(block);
    // No default: with noImplicitReturns, a block type without a case does not compile.
  }
};

// The spaces are a binding: the template minifier trims text at the edges of an element.
const separator = html`<span aria-hidden="true">${' · '}</span>`;

/** The blocks' own content events stay inside: the page hears one load or error for the article's content. */
const keepInside = (event: Event) => event.stopPropagation();

/**
 * A whole patient-education article from one JSON document: title and
 * dates, a contents list, the body built from the other care elements,
 * sources, review dates, disclaimer and an optional feedback question.
 *
 * @tagname care-article
 * @summary A whole article from one JSON document.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The `<article>`.
 * @csspart header - Title, subtitle and dates.
 * @csspart title - The article's main heading.
 * @csspart meta - Author and publication date.
 * @csspart contents - The contents list.
 * @csspart body - The article body.
 * @csspart footer - Sources, review dates, disclaimer and feedback.
 * @csspart review - The reviewer, "Page last reviewed" and "Next review due".
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-article-gap=1.25rem] - Space between blocks.
 * @cssprop [--care-article-title-size=clamp(1.75rem, 1.2rem + 2.5vw, 2.5rem)] - Font size of the title.
 * @cssprop [--care-article-card-min=17rem] - Narrowest therapy card before the grid drops a column.
 *
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid (invalid blocks are listed and left out) or could not be loaded.
 */
export class CareArticle extends CareElement<ArticleContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: ArticleContent | string | null;

  static override styles = [...CareElement.styles, figureStyles, articleStyles];

  static override get properties() {
    return {
      headingLevel: { attribute: 'heading-level' },
      noContents: { type: Boolean, attribute: 'no-contents' },
      structuredData: { type: Boolean, attribute: 'structured-data' },
    };
  }

  /** Level of the article's title, 1–6 (default 1); every heading inside follows from it. */
  declare headingLevel?: string;

  /** Hides the contents list, which otherwise shows when the article has four or more sections. */
  noContents = false;

  /** Writes one schema.org MedicalWebPage JSON-LD graph into the light DOM. */
  structuredData = false;

  protected readonly schema = articleSchema;

  protected override readonly placesReferences = true;

  protected override structuredDataGraph(): StructuredDataBuilder | undefined {
    const { data } = this;
    return this.structuredData && data ? (graphs) => graphs.medicalWebPage(data) : undefined;
  }

  /** How many blocks are drawn: all, but fewer while #drawInTurns draws the first content. */
  #drawnBlocks = Infinity;
  #drawing?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Only the first content is drawn in parts; hydration keeps the server's blocks, and a server draws them all.
    if (this.data && !this.#drawing) this.#drawing = isServer || hydrating(this) ? Promise.resolve() : this.#drawInTurns();
  }

  /**
   * Draws the first content in parts, so that a long article blocks the page
   * for no long task: block by block until the first screen is full (all in
   * this task, so before the first paint, as a classic script in <head>
   * promises), then in tasks that stop once they have run 10 ms: the seed
   * article's therapy cards and its FAQ take about 40 ms each on a phone, and
   * a task per block would make a page of many articles wait a frame per block.
   */
  async #drawInTurns() {
    this.#drawnBlocks = 1;
    let firstScreenFull = false;
    let turnStart = performance.now();
    while (this.data && this.#drawnBlocks < this.data.blocks.length) {
      await super.getUpdateComplete();
      // The screen is full once the blocks' elements have drawn themselves too (WebKit may not have drawn them yet).
      if (!firstScreenFull) await Promise.all([...this.renderRoot.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>('.body *')].map((block) => block.updateComplete));
      firstScreenFull ||= this.renderRoot.querySelector('.body')!.getBoundingClientRect().bottom > innerHeight;
      if (firstScreenFull && performance.now() - turnStart > 10) {
        await nextTurn();
        turnStart = performance.now();
      }
      this.#drawnBlocks++;
      this.requestUpdate();
    }
    this.#drawnBlocks = Infinity;
  }

  protected override async getUpdateComplete() {
    await super.getUpdateComplete();
    await this.#drawing;
    return super.getUpdateComplete();
  }

  /** Focuses the section a contents link names; fragment links cannot reach into a shadow root. */
  #onContentsClick(event: MouseEvent) {
    const link = (event.target as Element).closest('a');
    const target = link && this.renderRoot.querySelector<HTMLElement>(link.hash);
    if (!target) return;
    event.preventDefault();
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    // Scrolls to the section's start (the default block alignment).
    target.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: no-preference)').matches ? 'smooth' : 'auto' });
  }

  protected renderContent(content: ArticleContent) {
    const { blocks, reviewedBy, lastReviewed, nextReview, disclaimer, feedback } = content;
    const labels = this.localize(articleTranslations);
    const lang = this.language;
    const top = headingLevel(this.headingLevel, 1);
    const placements = outline(blocks, top);
    const contents = placements.filter((placement): placement is Required<Placement> => !!placement.text);
    // Hydration keeps the server's dates: a phone spends about 90 ms loading a locale's date names before it formats the first.
    const keepDates = hydrating(this);
    const date = (iso: string) => html`<time datetime=${iso}>${keepDates ? nothing : formatDate(iso, lang)}</time>`;
    const review = (label: string, iso?: string) => (iso ? html`<p>${label}: ${date(iso)}</p>` : nothing);
    const meta = (
      [
        [labels.by, content.author && personText(content.author)],
        [labels.published, content.published && date(content.published)],
      ] as const
    ).filter(([, value]) => value);
    return html`<article part="base" @care-content-load=${keepInside} @care-content-error=${keepInside}>
      <header part="header">
        ${heading(top, content.title, { part: 'title' })}
        ${content.subtitle ? html`<div>${renderRichText(content.subtitle)}</div>` : nothing}
        ${meta.length
          ? html`<p part="meta">${meta.map(
              ([label, value], index) => html`${index ? separator : nothing}${label} ${value}`,
            )}</p>`
          : nothing}
      </header>
      ${contents.length >= 4 && !this.noContents
        ? html`<nav part="contents" aria-label=${labels.contents}>
            <p aria-hidden="true">${labels.contents}</p>
            <ol @click=${this.#onContentsClick}>
              ${contents.map(({ id, text }) => html`<li><a href="#${id}">${text}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      <div part="body" class="body">${blocks.slice(0, this.#drawnBlocks).map((block, index) => renderBlock(block, placements[index]!, this.glossary))}</div>
      <footer part="footer">
        ${this.referencesPlace(heading(top + 1, labels.sources, { id: 'references-title' }))}
        ${reviewedBy || lastReviewed || nextReview
          ? html`<div part="review">
              ${reviewedBy ? html`<p>${labels.reviewedBy} ${personText(reviewedBy)}</p>` : nothing}
              ${review(labels.lastReviewed, lastReviewed)} ${review(labels.nextReview, nextReview)}
            </div>`
          : nothing}
        ${disclaimer ? html`<care-callout .content=${inherit({ variant: 'disclaimer', body: disclaimer }, this.glossary)}></care-callout>` : nothing}
        ${feedback ? html`<care-feedback endpoint=${ifDefined(feedback.endpoint)} collect=${ifDefined(feedback.collect)}></care-feedback>` : nothing}
      </footer>
    </article>`;
  }
}

defineElement('care-article', CareArticle);

declare global {
  interface HTMLElementTagNameMap {
    'care-article': CareArticle;
  }
}
