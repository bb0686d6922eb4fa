import { html, nothing, type PropertyValues } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { collapsedHidden } from '../core/disclosure.js';
import { heading, headingLevel } from '../core/heading.js';
import { coreTranslations } from '../core/labels.js';
import { renderInlineText, renderRichText } from '../core/rich-text.js';
import { figureCitation } from '../core/figure-source.js';
import { sourceTitle } from '../core/sources.js';
import type { StructuredDataBuilder } from '../core/structured-data-graphs.js';
import { therapyCardSchema, therapyCardTranslations, type TherapyCardContent } from './content.js';
import { therapyCardStyles } from './styles.js';

/**
 * One therapy explained to a patient: its name, category and status as text
 * badges and a summary, with how it works, who it is for, results, side
 * effects and sources behind a "Learn how it works" disclosure. The card
 * fills its container and switches to one column when narrower than 28rem,
 * so cards can sit side by side in a grid.
 *
 * @tagname care-therapy-card
 * @summary One therapy explained: what it is, how it works, who it is for, results, side effects, status, sources.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The card (an `<article>`).
 * @csspart header - The heading and the badges.
 * @csspart name - The heading with the therapy's name.
 * @csspart category - The category badge.
 * @csspart status - The status badge.
 * @csspart summary - The summary, always shown.
 * @csspart regulation - The status's agency, medicine and date, below the summary.
 * @csspart toggle - The button that shows and hides the details.
 * @csspart details - How it works, used for, results, side effects and sources.
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-therapy-accent=var(--care-accent)] - Colour of the top border, status badge, result values and button.
 * @cssprop [--care-therapy-background=transparent] - Background of the card.
 * @cssprop [--care-therapy-border=var(--care-border)] - Colour of the card's border.
 * @cssprop [--care-therapy-padding=1.25rem] - Padding of the card.
 *
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid or could not be loaded; `detail.errors` lists `{ path, message }`.
 */
export class CareTherapyCard extends CareElement<TherapyCardContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: TherapyCardContent | string | null;

  static override styles = [...CareElement.styles, therapyCardStyles];

  static override get properties() {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      expanded: { type: Boolean },
      structuredData: { type: Boolean, attribute: 'structured-data' },
      open: { state: true },
    };
  }

  /** Level of the therapy's heading, 1–6 (default 3); section headings sit one level below. */
  headingLevel = 3;

  /** Shows the details when the card first renders, or whenever this changes; the reader can still hide them. */
  expanded = false;

  /** Writes a schema.org `MedicalTherapy` JSON-LD script into the light DOM, unless an ancestor care element already does. */
  structuredData = false;

  /** Whether the details are shown; set from `expanded` before the first render. */
  declare private open: boolean;

  protected readonly schema = therapyCardSchema;

  protected override readonly placesReferences = true;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('expanded')) this.open = this.expanded;
  }

  protected override structuredDataGraph(): StructuredDataBuilder | undefined {
    const { data } = this;
    return this.structuredData && data ? (graphs) => graphs.medicalTherapy(data) : undefined;
  }

  protected renderContent({ name, category, summary, howItWorks, usedFor, results, sideEffects, status, sources, learnMore }: TherapyCardContent) {
    const labels = this.localize(therapyCardTranslations);
    const regulation = (['agency', 'medicine', 'date'] as const).flatMap((key) => (status?.[key] ? [`${labels[key]}: ${status[key]}`] : []));
    const level = headingLevel(this.headingLevel, 3);
    /** A titled section of the details; nothing when it has no items. */
    const section = <T extends { length: number }>(title: string, items: T | undefined, body: (items: T) => unknown) =>
      items?.length ? html`<section>${heading(level + 1, title, { className: 'section-title' })}${body(items)}</section>` : nothing;
    /** Named items (conditions, side effects), each with an optional note below its name. */
    const itemList = <K extends string>(title: string, items: (Record<K, string> & { note?: string })[] | undefined, key: K) =>
      section(
        title,
        items,
        (items) =>
          html`<ul>
            ${items.map((item) => html`<li><span class="item">${item[key]}</span>${item.note ? html`<div class="note">${renderInlineText(item.note)}</div>` : nothing}</li>`)}
          </ul>`,
      );
    const details = [
      section(labels.howItWorks, howItWorks, (how) =>
        typeof how === 'string'
          ? renderRichText(how)
          : html`<ol>
              ${how.map((step) => html`<li>${renderInlineText(step)}</li>`)}
            </ol>`,
      ),
      section(
        labels.results,
        results,
        (results) =>
          html`<ul class="results">
            ${results.map(
              ({ value, label, context, source }) =>
                html`<li class="result">
                  <span class="value">${value}</span>
                  <div>${renderInlineText(label)}${context ? html`<div class="note">${renderInlineText(context)}</div>` : nothing}${source ? html`<div class="note">${labels.source}: ${figureCitation(source)}</div>` : nothing}</div>
                </li>`,
            )}
          </ul>`,
      ),
      usedFor?.length || sideEffects?.length
        ? html`<div class="pair">${itemList(labels.usedFor, usedFor, 'condition')}${itemList(labels.sideEffects, sideEffects, 'name')}</div>`
        : nothing,
      section(this.localize(coreTranslations).sources, this.referenceList ? undefined : sources, () => html`<slot name="references"></slot>`),
    ];
    return html`<article part="base" aria-labelledby="name">
      <header part="header">
        ${heading(level, name, { id: 'name', part: 'name' })}${category || status
          ? html`<p class="badges">
              ${category ? html`<span part="category">${category}</span>` : nothing}
              ${status ? html`<span part="status" class="status"><span class="visually-hidden">${labels.status}: </span>${labels[status.kind]}${status.indication ? ` ${labels.for} ${status.indication}` : nothing}</span>` : nothing}
            </p>`
          : nothing}
      </header>
      <div part="summary">${renderRichText(summary)}</div>
      ${regulation.length ? html`<p part="regulation" class="note">${regulation.join(' · ')}</p>` : nothing}
      ${status?.note ? html`<div class="note">${renderRichText(status.note)}</div>` : nothing}${details.some((each) => each !== nothing)
        ? html`<button
              part="toggle"
              class="toggle script-only"
              aria-expanded=${this.open}
              aria-controls="details"
              @click=${() => (this.open = !this.open)}
            >
              ${this.open ? labels.hideDetails : labels.showDetails}<span class="visually-hidden">: ${name}</span>
            </button>
            <!-- @ts-ignore lit-analyzer: hidden takes "until-found" as well as a boolean -->
            <div part="details" id="details" hidden=${collapsedHidden(this.open)} @beforematch=${() => (this.open = true)}>${details}</div>`
        : nothing}${learnMore ? html`<p class="more">${sourceTitle({ title: learnMore.label, url: learnMore.href })}</p>` : nothing}
    </article>`;
  }
}

defineElement('care-therapy-card', CareTherapyCard);

declare global {
  interface HTMLElementTagNameMap {
    'care-therapy-card': CareTherapyCard;
  }
}
